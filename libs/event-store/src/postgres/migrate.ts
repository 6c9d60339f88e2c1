import { quoteIdent } from '../sql/pg.driver';
import { type SqlDriver } from '../sql/sql-driver';
import { migration0001 } from './migrations/0001-events';
import { migration0002 } from './migrations/0002-position-offset';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** In order; never edit one that has shipped: add the next. */
export const migrations: readonly Migration[] = [migration0001, migration0002];

/**
 * The advisory lock that serialises start-ups of several processes on one schema: one key per schema
 * (hashed from the name the connection's search path resolves to), so the tenants of a server migrate
 * side by side instead of one at a time behind a single database-wide key.
 */
export const MIGRATION_LOCK_SQL = `SELECT pg_advisory_xact_lock(hashtextextended('sparbar:event-store:' || current_schema(), 0))`;

/**
 * Applies the migrations not yet applied, in one transaction, under an advisory lock so two processes
 * starting at once on one schema do not both apply one; a failing migration leaves nothing half-applied.
 */
export async function migrate(driver: SqlDriver, schema?: string): Promise<number[]> {
  if (schema) await driver.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
  return driver.transaction(async (tx) => {
    await tx.query(MIGRATION_LOCK_SQL);
    await tx.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version int PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const done = new Set(
      (await tx.query<{ version: number }>('SELECT version FROM schema_migrations')).map((r) => r.version),
    );
    const applied: number[] = [];
    for (const m of migrations) {
      if (done.has(m.version)) continue;
      await tx.exec(m.sql);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      applied.push(m.version);
    }
    return applied;
  });
}
