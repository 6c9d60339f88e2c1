import { Pool, type PoolClient } from 'pg';
import { type ProjectionDb, type ProjectionTx } from './projection-db';
import { copyRows } from './copy-from';

export interface PgConnectionSettings {
  connectionString: string;
  /** The schema of the event store and its read models (tests and parallel deployments keep apart). */
  schema?: string;
}

export function pgClientOptions(settings: PgConnectionSettings): {
  connectionString: string;
  options?: string;
} {
  return {
    connectionString: settings.connectionString,
    ...(settings.schema ? { options: `-c search_path=${quoteIdent(settings.schema)},public` } : {}),
  };
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * The read models on a PostgreSQL server: the same database as the store, through a small pool of its
 * own so that a transaction can COPY.
 */
export class PgProjectionDb implements ProjectionDb {
  readonly kind = 'postgres' as const;
  private readonly pool: Pool;

  // Enough for a batch's transactions, one per projection (see runner/apply.ts), beside a read.
  constructor(settings: PgConnectionSettings, maxConnections = 8, idleTimeoutMillis?: number) {
    this.pool = new Pool({
      ...pgClientOptions(settings),
      max: maxConnections,
      idleTimeoutMillis,
      connectionTimeoutMillis: 5_000,
    });
    this.pool.on('error', () => undefined);
  }

  async query<Row>(sql: string, params: readonly unknown[] = []): Promise<Row[]> {
    return (await this.pool.query(sql, params as unknown[])).rows as Row[];
  }

  async transaction<T>(work: (tx: ProjectionTx) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(txOf(client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

function txOf(client: PoolClient): ProjectionTx {
  return {
    query: async <Row>(sql: string, params: readonly unknown[] = []) =>
      (await client.query(sql, params as unknown[])).rows as Row[],
    exec: async (sql: string) => {
      await client.query(sql);
    },
    bulkInsert: (table, columns, rows) => copyRows(client, table, columns, rows),
  };
}
