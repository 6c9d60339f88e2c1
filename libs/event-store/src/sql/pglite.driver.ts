import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { type SqlDriver, type SqlExecutor } from './sql-driver';

/**
 * PostgreSQL compiled to WebAssembly, kept in a local folder: the zero-setup store. One process owns
 * the folder; PGlite queues concurrent queries on its single connection.
 */
export class PgliteDriver implements SqlDriver {
  readonly kind = 'embedded' as const;

  private constructor(private readonly db: PGlite) {}

  /** `dataDir` undefined: in memory (tests). */
  static async open(dataDir?: string): Promise<PgliteDriver> {
    if (dataDir) mkdirSync(dataDir, { recursive: true });
    const db = dataDir ? new PGlite(dataDir) : new PGlite();
    await db.waitReady;
    return new PgliteDriver(db);
  }

  async query<Row>(sql: string, params: readonly unknown[] = []): Promise<Row[]> {
    const result = await this.db.query<Row>(sql, params as unknown[]);
    return result.rows;
  }

  async exec(sql: string): Promise<void> {
    await this.db.exec(sql);
  }

  async transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    return this.db.transaction(async (tx) =>
      work({
        query: async <Row>(sql: string, params: readonly unknown[] = []) =>
          (await tx.query<Row>(sql, params as unknown[])).rows,
        exec: async (sql: string) => {
          await tx.exec(sql);
        },
      }),
    );
  }

  async close(): Promise<void> {
    if (!this.db.closed) await this.db.close();
  }
}
