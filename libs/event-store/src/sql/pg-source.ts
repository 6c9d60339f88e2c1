/**
 * Where a PostgreSQL driver gets its connections: a pool of its own (one organisation, as always), or
 * a pool shared by every tenant on one server (pg-server-pools.ts), each checkout put in the tenant's
 * schema first. Both the event store's driver and the read models' database take one.
 */
import { DatabaseError, Pool, type PoolClient, type QueryConfig } from 'pg';

export interface PgSource {
  /** The schema every statement runs in, when one was named. */
  readonly schema: string | undefined;
  /** A connection in the schema, for a transaction; give it back with `release`. */
  connect(): Promise<PoolClient>;
  /** `broken`: the connection's state is not known (a failed ROLLBACK): closed, never reused. */
  release(client: PoolClient, broken?: boolean): void;
  query(config: QueryConfig): Promise<{ rows: unknown[] }>;
  /** Ends the pool when it is the source's own; a shared pool is left to its registry. */
  end(): Promise<void>;
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** The search_path a schema is entered with: its own tables first, extensions from public. */
export function searchPathOf(schema: string): string {
  return `${quoteIdent(schema)}, public`;
}

/** A pool of its own, the schema set once per connection when it opens (as before the shared pools). */
export class OwnPool implements PgSource {
  readonly pool: Pool;

  constructor(
    connectionString: string,
    readonly schema: string | undefined,
    max: number,
  ) {
    this.pool = new Pool({
      connectionString,
      connectionTimeoutMillis: 5_000,
      max,
      ...(schema ? { options: `-c search_path=${quoteIdent(schema)},public` } : {}),
    });
    // An idle client losing its server must not crash the process; the next query reports it.
    this.pool.on('error', () => undefined);
  }

  connect(): Promise<PoolClient> {
    return this.pool.connect();
  }

  release(client: PoolClient, broken = false): void {
    client.release(broken);
  }

  query(config: QueryConfig): Promise<{ rows: unknown[] }> {
    return this.pool.query(config);
  }

  end(): Promise<void> {
    return this.pool.end();
  }
}

/**
 * The search_path each connection of a shared pool was last given here. A connection whose entry is
 * missing is in an unknown schema and is set again before anything runs on it.
 */
const searchPaths = new WeakMap<PoolClient, string>();

/**
 * One tenant's view of a pool shared by many: every checkout is first put in the tenant's schema,
 * with one `SET search_path` only when the connection was last used in another one (or its state is
 * not known). The SET runs outside any transaction, so a later ROLLBACK cannot undo it; a failed SET,
 * a failed ROLLBACK or a lost connection closes the connection rather than handing it on.
 */
export class SchemaPool implements PgSource {
  private readonly path: string;

  constructor(
    readonly pool: Pool,
    readonly schema: string,
  ) {
    this.path = searchPathOf(schema);
  }

  async connect(): Promise<PoolClient> {
    const client = await this.pool.connect();
    if (searchPaths.get(client) === this.path) return client;
    searchPaths.delete(client);
    try {
      await client.query(`SET search_path TO ${this.path}`);
    } catch (error) {
      client.release(true);
      throw error;
    }
    searchPaths.set(client, this.path);
    return client;
  }

  release(client: PoolClient, broken = false): void {
    if (broken) searchPaths.delete(client);
    client.release(broken);
  }

  async query(config: QueryConfig): Promise<{ rows: unknown[] }> {
    // A statement that may change the session (SET, RESET, DISCARD, a script): the schema is set
    // again on the next checkout instead of trusting what this one left.
    const changesSession = !config.name && /^\s*(set|reset|discard)\b|;\s*\S/i.test(config.text);
    const client = await this.connect();
    try {
      const result = await client.query(config);
      if (changesSession) searchPaths.delete(client);
      this.release(client);
      return result;
    } catch (error) {
      if (changesSession) searchPaths.delete(client);
      // An error the server answered leaves the session as it was; anything else (a lost
      // connection, a protocol error) leaves it unknown.
      this.release(client, !(error instanceof DatabaseError) || error.severity === 'FATAL');
      throw error;
    }
  }

  /** The pool is its registry's: closing one tenant leaves it open for the others. */
  end(): Promise<void> {
    return Promise.resolve();
  }
}

/** A connection ran a script (it may have changed the session): its schema is set again next time. */
export function forgetSearchPath(client: PoolClient): void {
  searchPaths.delete(client);
}
