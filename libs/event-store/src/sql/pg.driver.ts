import { Client, type ClientConfig, Pool, type PoolConfig } from 'pg';
import { type SqlDriver, type SqlExecutor } from './sql-driver';

export interface PgDriverOptions {
  connectionString: string;
  /** Schema holding the store's tables; created by the migrations. Lets test runs stay apart. */
  schema?: string;
  maxConnections?: number;
  /** How long an idle pooled connection is kept (pg's default 10 s); a worker of many tenants keeps less. */
  idleTimeoutMillis?: number;
}

export class PgDriver implements SqlDriver {
  readonly kind = 'postgres' as const;
  private readonly pool: Pool;
  private readonly connection: ClientConfig;

  constructor(private readonly settings: PgDriverOptions) {
    this.connection = { connectionString: settings.connectionString, connectionTimeoutMillis: 5_000 };
    if (settings.schema) this.connection.options = `-c search_path=${quoteIdent(settings.schema)},public`;
    const config: PoolConfig = {
      ...this.connection,
      max: settings.maxConnections ?? 20,
      idleTimeoutMillis: settings.idleTimeoutMillis,
    };
    this.pool = new Pool(config);
    // An idle client losing its server must not crash the process; the next query reports it.
    this.pool.on('error', () => undefined);
  }

  /** The schema the store's tables live in, when one was named. */
  get schema(): string | undefined {
    return this.settings.schema;
  }

  /**
   * A connection of its own, outside the pool, with the same settings: for a session that must stay
   * (LISTEN). The caller connects and ends it.
   */
  dedicatedClient(applicationName: string): Client {
    return new Client({ ...this.connection, application_name: applicationName });
  }

  async query<Row>(
    sql: string,
    params: readonly unknown[] = [],
    options: { name?: string } = {},
  ): Promise<Row[]> {
    const result = await this.pool.query({ text: sql, values: params as unknown[], name: options.name });
    return result.rows as Row[];
  }

  async exec(sql: string): Promise<void> {
    await this.pool.query(sql);
  }

  async transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work({
        query: async <Row>(sql: string, params: readonly unknown[] = []) =>
          (await client.query(sql, params as unknown[])).rows as Row[],
        exec: async (sql: string) => {
          await client.query(sql);
        },
      });
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

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
