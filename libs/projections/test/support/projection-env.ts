/**
 * Test environments: each test file gets its own schema on the local PostgreSQL (or an in-memory
 * PGlite), with the store, the read-model database and the leases opened exactly as the CLI opens them.
 */
import { PgliteDriver, PostgresEventStore } from '@sparbar/event-store';
import { createTestSchema, type TestSchema, withClient } from '../../../../test/support/postgres';
import { EmbeddedProjectionDb } from '../../src/db/projection-db';
import { openProjectionEnvironment, type ProjectionEnvironment } from '../../src/environment';
import { LocalLeaseProvider } from '../../src/lease/lease';
import { migrateProjections } from '../../src/schema/migrate-projections';
import { migrate } from '@sparbar/event-store';

export { withClient };

export async function testSchema(prefix: string): Promise<TestSchema> {
  return createTestSchema(prefix);
}

export function openEnv(schema: TestSchema): Promise<ProjectionEnvironment> {
  return openProjectionEnvironment({ kind: 'postgres', url: schema.connectionString, schema: schema.schema });
}

/** The environment the CLI builds from these variables. */
export function cliEnv(schema: TestSchema): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: schema.connectionString,
    DATABASE_SCHEMA: schema.schema,
    LOG_LEVEL: 'silent',
  };
}

/** In-memory PGlite: the embedded store, without the seconds a file-backed initdb takes. */
export async function openEmbeddedEnv(): Promise<ProjectionEnvironment> {
  const driver = await PgliteDriver.open();
  await migrate(driver);
  const store = new PostgresEventStore(driver);
  const db = new EmbeddedProjectionDb(driver);
  await migrateProjections(db);
  const leases = new LocalLeaseProvider();
  return { store, db, leases, close: () => store.close() };
}

/** The position of the last event in the log (what a caught-up checkpoint equals). */
export async function lastPosition(env: ProjectionEnvironment): Promise<number> {
  return env.store.headPosition();
}

/** Counts that show an event applied twice or skipped, whatever the digest says. */
export async function duplicationReport(env: ProjectionEnvironment) {
  const [h] = await env.db.query<{ rows: string }>('SELECT count(*) AS rows FROM events_seen');
  let expected = 0;
  const upTo = await env.store.headPosition();
  for await (const _ of env.store.readRange({ upTo })) expected++;
  const [u] = await env.db.query<{ bad: string; rows: string }>(
    `SELECT count(*) FILTER (WHERE events_applied <> revision + 1) AS bad, count(*) AS rows FROM uppdrag_now`,
  );
  return {
    /** The witness (support/events-seen.ts): one row per event of the log. */
    eventsSeenRows: Number(h.rows),
    eventsInLog: expected,
    uppdragRows: Number(u.rows),
    uppdragRowsWithWrongCount: Number(u.bad),
  };
}

export async function checkpoints(env: ProjectionEnvironment): Promise<Record<string, number>> {
  const rows = await env.db.query<{ projection: string; version: number; state: string; checkpoint: string }>(
    `SELECT projection, version, state, checkpoint FROM projection_versions WHERE state <> 'retired'`,
  );
  return Object.fromEntries(rows.map((r) => [`${r.projection}:${r.state}`, Number(r.checkpoint)]));
}

export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined | false>,
  timeoutMs = 60_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
