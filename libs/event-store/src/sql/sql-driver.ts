/**
 * The little the PostgreSQL event store needs from a database connection. Two drivers provide it:
 * `pg` (a server) and PGlite (embedded), so both run the very same SQL.
 */
export interface SqlExecutor {
  /**
   * `name` asks for a prepared statement kept on each connection: for hot statements whose planning
   * costs more than their execution (the append). Drivers without them ignore it.
   */
  query<Row = Record<string, unknown>>(
    sql: string,
    params?: readonly unknown[],
    options?: { name?: string },
  ): Promise<Row[]>;
  /** Runs a script of several statements, without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface SqlDriver extends SqlExecutor {
  /** Runs `work` in one transaction on one connection: committed if it resolves, rolled back if not. */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  readonly kind: 'postgres' | 'embedded';
}

/** pg returns bigint as a string, PGlite as a number; positions and revisions fit a JS number. */
export function toNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string') return Number(value);
  throw new TypeError(`Expected a number from the database, got ${typeof value}`);
}
