import { forgetSearchPath, OwnPool, type PgSource } from '@sparbar/event-store';
import { type PoolClient } from 'pg';
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
 * own so that a transaction can COPY; or, for a tenant of a process serving many, through its server's
 * shared pool in the tenant's schema (a `PgSource`, see PgServerPools).
 */
export class PgProjectionDb implements ProjectionDb {
  readonly kind = 'postgres' as const;
  private readonly source: PgSource;

  // Enough for a batch's transactions, one per projection (see runner/apply.ts), beside a read.
  constructor(settings: PgConnectionSettings | PgSource, maxConnections = 8) {
    this.source =
      'connectionString' in settings
        ? new OwnPool(settings.connectionString, settings.schema, maxConnections)
        : settings;
  }

  async query<Row>(sql: string, params: readonly unknown[] = []): Promise<Row[]> {
    return (await this.source.query({ text: sql, values: params as unknown[] })).rows as Row[];
  }

  async transaction<T>(work: (tx: ProjectionTx) => Promise<T>): Promise<T> {
    const client = await this.source.connect();
    let broken = false;
    try {
      await client.query('BEGIN');
      const result = await work(txOf(client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      // A connection that cannot roll back is in a state no one knows: closed, not reused.
      await client.query('ROLLBACK').catch(() => (broken = true));
      throw error;
    } finally {
      this.source.release(client, broken);
    }
  }

  async close(): Promise<void> {
    await this.source.end();
  }
}

function txOf(client: PoolClient): ProjectionTx {
  return {
    query: async <Row>(sql: string, params: readonly unknown[] = []) =>
      (await client.query(sql, params as unknown[])).rows as Row[],
    exec: async (sql: string) => {
      // A script may change the session: the schema is set again on the next checkout.
      forgetSearchPath(client);
      await client.query(sql);
    },
    bulkInsert: (table, columns, rows) => copyRows(client, table, columns, rows),
  };
}
