import { Client, type ClientConfig } from 'pg';
import { type ChannelHub } from '../postgres/channel-hub';
import { type NotifyConnection } from '../postgres/append-notifications';
import { forgetSearchPath, OwnPool, type PgSource, quoteIdent } from './pg-source';
import { type SqlDriver, type SqlExecutor } from './sql-driver';

export { quoteIdent } from './pg-source';

export interface PgDriverOptions {
  connectionString: string;
  /** Schema holding the store's tables; created by the migrations. Lets test runs stay apart. */
  schema?: string;
  maxConnections?: number;
}

/**
 * What a tenant's driver shares with every other tenant on its server (pg-server-pools.ts): the pool
 * its connections come from, the one LISTEN connection and the one notifying connection.
 */
export interface SharedPgServer {
  source: PgSource;
  listener: ChannelHub;
  notifications: NotifyConnection;
}

export class PgDriver implements SqlDriver {
  readonly kind = 'postgres' as const;
  private readonly source: PgSource;
  private readonly connection: ClientConfig;
  /** Set when the driver is a tenant's on a shared pool; its LISTEN and NOTIFY are the server's too. */
  readonly shared: Omit<SharedPgServer, 'source'> | undefined;

  constructor(settings: PgDriverOptions, shared?: SharedPgServer) {
    this.connection = { connectionString: settings.connectionString, connectionTimeoutMillis: 5_000 };
    if (settings.schema) this.connection.options = `-c search_path=${quoteIdent(settings.schema)},public`;
    this.source =
      shared?.source ??
      new OwnPool(settings.connectionString, settings.schema, settings.maxConnections ?? 20);
    this.shared = shared && { listener: shared.listener, notifications: shared.notifications };
  }

  /** The schema the store's tables live in, when one was named. */
  get schema(): string | undefined {
    return this.source.schema;
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
    const result = await this.source.query({ text: sql, values: params as unknown[], name: options.name });
    return result.rows as Row[];
  }

  async exec(sql: string): Promise<void> {
    await this.source.query({ text: sql });
  }

  async transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    const client = await this.source.connect();
    let broken = false;
    try {
      await client.query('BEGIN');
      const result = await work({
        query: async <Row>(sql: string, params: readonly unknown[] = []) =>
          (await client.query(sql, params as unknown[])).rows as Row[],
        exec: async (sql: string) => {
          forgetSearchPath(client);
          await client.query(sql);
        },
      });
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
