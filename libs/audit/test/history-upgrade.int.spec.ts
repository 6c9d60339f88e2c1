/**
 * An installation from before the history moved to the audit trail: its `item_history` read model
 * (projection `history`), an `audit_log` without the history's columns, and no fingerprints. On
 * start a worker of this code rebuilds `audit_log` beside the old one, adopts what did not change,
 * and once the new `audit_log` is live drops `item_history`. The history is read without pause
 * throughout and never fails, never comes back empty, never changes: first from `item_history`,
 * then from `audit_log`. On PostgreSQL and on the embedded store.
 */
import { PROJECTIONS, RETIRED_PROJECTIONS } from '@sparbar/projections/catalogue';
import { type ProjectionEnvironment } from '@sparbar/projections/environment';
import { catchUpLive } from '@sparbar/projections/runner/catch-up';
import { ProjectionWorker } from '@sparbar/projections/runner/projection-worker';
import { liveTarget, isCurrent } from '@sparbar/projections/runner/versions';
import { migrateProjections } from '@sparbar/projections/schema/migrate-projections';
import {
  lastPosition,
  openEmbeddedEnv,
  openEnv,
  testSchema,
  waitFor,
} from '../../projections/test/support/projection-env';
import { INKOP, KLIMAT, playYear2023, Scenario } from '../../projections/test/support/scenario';
import { AUDIT_PROJECTIONS } from '../src/projections';
import { auditLogProjection } from '../src/trail/audit-log.projection';
import { delmalHistory, uppdragHistory } from '../src/trail/item-history.queries';

const CODE = [...PROJECTIONS, ...AUDIT_PROJECTIONS];
const regclass = async (env: ProjectionEnvironment, name: string) =>
  (await env.db.query<{ t: string | null }>('SELECT to_regclass($1)::text AS t', [name]))[0].t;

/** Turns a fresh build into what the previous release left behind. */
async function asBeforeTheMove(env: ProjectionEnvironment): Promise<void> {
  const head = await lastPosition(env);
  await env.db.transaction(async (tx) => {
    // The history's own read model, one row per event of an uppdrag or delmål.
    await tx.exec(`
      CREATE TABLE item_history_v1 AS
        SELECT position, item_kind, item_id, item_revision AS revision, event_id, event_type, actor,
               occurred_at, recorded_at, period, indikator_id, reason, changes
          FROM audit_log_v1 WHERE item_revision IS NOT NULL;
      CREATE VIEW item_history AS SELECT * FROM item_history_v1;
      DROP VIEW audit_log;
      ALTER TABLE audit_log_v1 DROP COLUMN item_revision, DROP COLUMN indikator_id;
      CREATE VIEW audit_log AS SELECT * FROM audit_log_v1;
      ALTER TABLE projection_versions DROP COLUMN fingerprint;
      DELETE FROM projection_migrations WHERE version = 2;`);
    await tx.query(
      `INSERT INTO projection_versions (projection, version, state, checkpoint, live_since) VALUES ('history', 1, 'live', $1, now())`,
      [head],
    );
    await tx.query(`INSERT INTO projection_registry (projection, live_version) VALUES ('history', 1)`);
  });
  await migrateProjections(env.db);
}

async function upgradesWithoutPause(env: ProjectionEnvironment): Promise<void> {
  await playYear2023(new Scenario(env.store));
  await catchUpLive(env, CODE, { until: await lastPosition(env) });
  const expected = [await uppdragHistory(env.db, INKOP), await delmalHistory(env.db, KLIMAT)];
  expect(expected[0].length).toBeGreaterThan(3);
  await asBeforeTheMove(env);

  const failures: string[] = [];
  let reads = 0;
  let readsBeforeSwitch = 0;
  let stopped = false;
  const reader = (async () => {
    while (!stopped) {
      try {
        const answer = [await uppdragHistory(env.db, INKOP), await delmalHistory(env.db, KLIMAT)];
        if (JSON.stringify(answer) !== JSON.stringify(expected)) failures.push('another answer');
      } catch (error) {
        failures.push((error as Error).message);
      }
      reads++;
      await new Promise((r) => setImmediate(r));
    }
  })();
  await waitFor('reads from item_history', async () => reads > 3);
  const worker = new ProjectionWorker(env, CODE, {
    idleMs: 10,
    leaseRetryMs: 50,
    upgradeBatchSize: 50,
    retired: RETIRED_PROJECTIONS,
    onUpgraded: () => (readsBeforeSwitch ||= reads),
  }).start();
  await waitFor('item_history dropped', async () => (await regclass(env, 'item_history_v1')) === null);
  const readsAtDrop = reads;
  await waitFor('reads from audit_log', async () => reads > readsAtDrop + 3);
  stopped = true;
  await reader;
  await worker.stop();

  expect(failures).toEqual([]);
  expect(readsBeforeSwitch).toBeGreaterThan(3);
  expect(await regclass(env, 'item_history')).toBeNull();
  const live = await liveTarget(env.db, auditLogProjection);
  expect(live && [live.version, isCurrent(live)]).toEqual([2, true]);
  const versions = await env.db.query<{ projection: string; version: number; state: string }>(
    `SELECT projection, version, state FROM projection_versions WHERE projection IN ('history', 'event_chain', 'uppdrag_now') ORDER BY 1, 2`,
  );
  // Only audit_log changed shape: the others were adopted as they were.
  expect(versions.map((v) => `${v.projection} v${v.version} ${v.state}`)).toEqual([
    'event_chain v1 live',
    'history v1 retired',
    'uppdrag_now v1 live',
  ]);
  expect(await env.db.query(`SELECT 1 FROM projection_registry WHERE projection = 'history'`)).toEqual([]);
}

describe('the history moving to the audit trail on an existing installation', () => {
  it('on PostgreSQL', async () => {
    const schema = await testSchema('audit_history_upgrade');
    const env = await openEnv(schema);
    try {
      await upgradesWithoutPause(env);
    } finally {
      await env.close();
      await schema.drop();
    }
  });

  it('on the embedded store (PGlite)', async () => {
    const env = await openEmbeddedEnv();
    try {
      await upgradesWithoutPause(env);
    } finally {
      await env.close();
    }
  });
});
