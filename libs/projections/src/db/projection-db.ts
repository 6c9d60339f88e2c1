/**
 * The read-model database as the runner needs it: transactions, plus a bulk load. On a server the bulk
 * load is COPY (about three times cheaper for PostgreSQL than INSERT … SELECT FROM unnest/json), which
 * the event store's `SqlDriver` does not expose; embedded it is one INSERT from a JSON array.
 */
import { type SqlDriver, type SqlExecutor } from '@sparbar/event-store';

/** A column value for a bulk load; objects and arrays go into jsonb columns. */
export type BulkValue = string | number | boolean | null | object;

export interface ProjectionTx extends SqlExecutor {
  /** Inserts rows into `table`, values in the order of `columns`. */
  bulkInsert(table: string, columns: readonly string[], rows: readonly BulkValue[][]): Promise<void>;
}

export interface ProjectionDb {
  readonly kind: 'postgres' | 'embedded';
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  transaction<T>(work: (tx: ProjectionTx) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Over the store's own PGlite: one process, one connection, so it simply shares it. */
export class EmbeddedProjectionDb implements ProjectionDb {
  readonly kind = 'embedded' as const;

  constructor(private readonly driver: SqlDriver) {}

  query<Row>(sql: string, params?: readonly unknown[]): Promise<Row[]> {
    return this.driver.query<Row>(sql, params);
  }

  transaction<T>(work: (tx: ProjectionTx) => Promise<T>): Promise<T> {
    return this.driver.transaction((tx) => work({ ...bind(tx), bulkInsert: jsonBulkInsert(tx) }));
  }

  /** The driver belongs to the event store, which closes it. */
  async close(): Promise<void> {}
}

function bind(tx: SqlExecutor): SqlExecutor {
  return { query: (sql, params) => tx.query(sql, params), exec: (sql) => tx.exec(sql) };
}

/** INSERT … SELECT from a JSON array of objects: one statement, types taken from the table itself. */
export function jsonBulkInsert(tx: SqlExecutor): ProjectionTx['bulkInsert'] {
  return async (table, columns, rows) => {
    if (rows.length === 0) return;
    const objects = rows.map((row) => Object.fromEntries(columns.map((c, i) => [c, row[i]])));
    const list = columns.join(', ');
    await tx.query(
      `INSERT INTO ${table} (${list}) SELECT ${list} FROM jsonb_populate_recordset(null::${table}, $1::jsonb)`,
      [JSON.stringify(objects)],
    );
  };
}
