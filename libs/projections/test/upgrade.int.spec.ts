/**
 * Read models upgraded without downtime: a worker whose code has another shape for a projection than
 * the live version's rebuilds it beside, switches when caught up and drops the old one, while readers
 * are served throughout; two workers build it once; an installation from before fingerprints adopts
 * the versions whose tables are as this code makes them and rebuilds the others, on PostgreSQL and on
 * the embedded store.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type TestSchema } from '../../../test/support/postgres';
import { PROJECTIONS } from '../src/catalogue';
import { openProjectionEnvironment, type ProjectionEnvironment } from '../src/environment';
import { type Projection } from '../src/projection';
import { catchUpLive } from '../src/runner/catch-up';
import { fingerprintOf } from '../src/runner/fingerprint';
import { ProjectionWorker } from '../src/runner/projection-worker';
import { migrateProjections } from '../src/schema/migrate-projections';
import { findUppdragNow } from '../src/uppdrag-now/uppdrag-now.queries';
import { uppdragNowProjection } from '../src/uppdrag-now/uppdrag-now.projection';
import { eventsSeenProjection } from './support/events-seen';
import { lastPosition, openEmbeddedEnv, openEnv, testSchema, waitFor } from './support/projection-env';
import { appendLog, realisticLog } from './support/realistic-log';

const log = (seed: number) =>
  realisticLog({
    firstYear: 2021,
    years: 2,
    uppdragPerYear: 60,
    delmalPerYear: 15,
    indikatorerPerDelmal: 3,
    seed,
  });

const OLD = [...PROJECTIONS, eventsSeenProjection()];
/** The next release: uppdrag_now's fold changed, events_seen gained a column. */
const NEXT: Projection[] = [
  ...PROJECTIONS.map((p) => (p === uppdragNowProjection ? { ...p, foldVersion: 2 } : p)),
  eventsSeenProjection({ withStream: true }),
];

interface VersionRow {
  projection: string;
  version: number;
  state: string;
  events_applied: string;
  fingerprint: string | null;
}
const versions = (env: ProjectionEnvironment) =>
  env.db.query<VersionRow>(
    'SELECT projection, version, state, events_applied, fingerprint FROM projection_versions ORDER BY projection, version',
  );
const tableExists = async (env: ProjectionEnvironment, name: string) =>
  (await env.db.query<{ t: string | null }>('SELECT to_regclass($1)::text AS t', [name]))[0].t !== null;

/** Reads as the API does, without pause, until stopped: every failure and every empty answer is kept. */
function readContinuously(env: ProjectionEnvironment, expected: number) {
  const failures: string[] = [];
  let reads = 0;
  let stopped = false;
  const done = (async () => {
    while (!stopped) {
      try {
        const rows = await findUppdragNow(env.db, { limit: 10_000 });
        if (rows.length !== expected) failures.push(`${rows.length} rows`);
        const seen = await env.db.query<{ n: string }>('SELECT count(*) AS n FROM events_seen');
        if (Number(seen[0].n) === 0) failures.push('events_seen empty');
      } catch (error) {
        failures.push((error as Error).message);
      }
      reads++;
      await new Promise((r) => setImmediate(r));
    }
  })();
  return {
    get reads() {
      return reads;
    },
    stop: async () => {
      stopped = true;
      await done;
      return failures;
    },
  };
}

/** Waits until every projection of `code` is live in this code's shape at the end of the log. */
async function untilUpgraded(env: ProjectionEnvironment, code: readonly Projection[]) {
  const end = await lastPosition(env);
  await waitFor('the upgrade', async () => {
    const rows = await env.db.query<{ projection: string; fingerprint: string; checkpoint: string }>(
      `SELECT projection, fingerprint, checkpoint FROM projection_versions WHERE state = 'live'`,
    );
    return code.every((p) =>
      rows.some(
        (r) => r.projection === p.name && r.fingerprint === fingerprintOf(p) && Number(r.checkpoint) === end,
      ),
    );
  });
}

/** What an installation from before fingerprints looks like: migration 2 not applied yet. */
async function beforeFingerprints(env: ProjectionEnvironment) {
  await env.db.query('ALTER TABLE projection_versions DROP COLUMN fingerprint');
  await env.db.query('DELETE FROM projection_migrations WHERE version = 2');
}

describe('upgrading read models on PostgreSQL', () => {
  let schema: TestSchema;
  let a: ProjectionEnvironment;
  let b: ProjectionEnvironment;
  let events: number;
  beforeAll(async () => {
    schema = await testSchema('proj_upgrade');
    [a, b] = [await openEnv(schema), await openEnv(schema)];
    events = await appendLog(a.store, log(1));
    await catchUpLive(a, OLD, { until: await lastPosition(a) });
  });
  afterAll(async () => {
    await a.close();
    await b.close();
    await schema.drop();
  });

  it('two workers of the next release rebuild what changed once, beside the old versions, while reads never fail', async () => {
    const before = await versions(a);
    const reader = readContinuously(a, 120);
    await waitFor('reads before the upgrade', async () => reader.reads > 5);
    const upgraded: string[] = [];
    let readsAtFirstSwitch = 0;
    const workers = [a, b].map((env) =>
      new ProjectionWorker(env, NEXT, {
        batchSize: 200,
        upgradeBatchSize: 150,
        idleMs: 10,
        leaseRetryMs: 50,
        onUpgraded: (u) => {
          upgraded.push(`${u.projection} v${u.version} (v${u.retiredVersion} dropped)`);
          readsAtFirstSwitch ||= reader.reads;
        },
      }).start(),
    );
    await untilUpgraded(a, NEXT);
    const readsAtEnd = reader.reads;
    await waitFor('reads after the switch', async () => reader.reads > readsAtEnd + 5);
    const failures = await reader.stop();
    for (const w of workers) await w.stop();

    expect(failures).toEqual([]);
    expect(readsAtFirstSwitch).toBeGreaterThan(5);
    // Each changed projection rebuilt once, by one of the two; the unchanged ones kept their version 1.
    expect(upgraded.sort()).toEqual(['events_seen v2 (v1 dropped)', 'uppdrag_now v2 (v1 dropped)']);
    const after = await versions(a);
    const row = (name: string, version: number) =>
      after.find((v) => v.projection === name && v.version === version);
    expect(row('uppdrag_now', 2)).toMatchObject({ state: 'live', events_applied: String(events) });
    expect(row('events_seen', 2)).toMatchObject({ state: 'live', events_applied: String(events) });
    expect(after.filter((v) => v.version > 2)).toEqual([]);
    for (const p of PROJECTIONS.filter((p) => p !== uppdragNowProjection)) {
      expect(row(p.name, 1)).toEqual(before.find((v) => v.projection === p.name));
    }
    expect(await tableExists(a, 'uppdrag_now_v1')).toBe(false);
    expect(await tableExists(a, 'events_seen_v1')).toBe(false);
    // The new column, filled for every event: each exactly once.
    const [seen] = await a.db.query<{ n: string; streams: string }>(
      'SELECT count(*) AS n, count(DISTINCT stream) AS streams FROM events_seen',
    );
    expect(Number(seen.n)).toBe(events);
    expect(Number(seen.streams)).toBeGreaterThan(100);
  });
});

describe('an installation from before fingerprints', () => {
  async function startsAndUpgrades(
    env: ProjectionEnvironment,
    expectedUppdrag: number,
    { migrated = false } = {},
  ) {
    if (!migrated) {
      await beforeFingerprints(env);
      expect(await migrateProjections(env.db)).toEqual([2]);
    }
    expect((await versions(env)).every((v) => v.fingerprint === null)).toBe(true);

    const reader = readContinuously(env, expectedUppdrag);
    const worker = new ProjectionWorker(env, NEXT, { batchSize: 200, idleMs: 10, leaseRetryMs: 50 }).start();
    await untilUpgraded(env, NEXT);
    await worker.stop();
    const failures = await reader.stop();
    expect(failures).toEqual([]);
    // Tables as this code makes them and the first fold: adopted as they are. The others: rebuilt.
    const live = (await versions(env)).filter((v) => v.state === 'live');
    expect(live.map((v) => `${v.projection} v${v.version}`)).toEqual(
      NEXT.map((p) => `${p.name} v${['uppdrag_now', 'events_seen'].includes(p.name) ? 2 : 1}`).sort(),
    );
    expect(live.every((v) => v.fingerprint !== null)).toBe(true);
  }

  it('on PostgreSQL, adopts the versions whose tables match and rebuilds the others on start', async () => {
    const schema = await testSchema('proj_legacy');
    const env = await openEnv(schema);
    try {
      await appendLog(env.store, log(2));
      await catchUpLive(env, OLD, { until: await lastPosition(env) });
      await startsAndUpgrades(env, 120);
    } finally {
      await env.close();
      await schema.drop();
    }
  });

  it('on the embedded data folder (PGlite), closed after the old release and opened by the next', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'proj-upgrade-'));
    try {
      const old = await openProjectionEnvironment({ kind: 'embedded', dataDir });
      try {
        await appendLog(old.store, log(3));
        await catchUpLive(old, OLD, { until: await lastPosition(old) });
        await beforeFingerprints(old);
      } finally {
        await old.close();
      }
      // The next release opens the folder: migration 2 runs on opening, the worker does the rest.
      const env = await openProjectionEnvironment({ kind: 'embedded', dataDir });
      try {
        await startsAndUpgrades(env, 120, { migrated: true });
      } finally {
        await env.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('rebuilds a version whose tables differ even when its fold is the first', async () => {
    const env = await openEmbeddedEnv();
    try {
      await appendLog(env.store, log(4));
      await catchUpLive(env, [eventsSeenProjection()], { until: await lastPosition(env) });
      await env.db.query('ALTER TABLE events_seen_v1 ALTER COLUMN event_type DROP NOT NULL');
      await beforeFingerprints(env);
      await migrateProjections(env.db);
      // A tool catching up in this process does not apply this code's fold to it either.
      await expect(catchUpLive(env, [eventsSeenProjection()])).rejects.toThrow('code of another shape');
      const worker = new ProjectionWorker(env, [eventsSeenProjection()], { idleMs: 10 }).start();
      await untilUpgraded(env, [eventsSeenProjection()]);
      await worker.stop();
      expect((await versions(env)).map((v) => `v${v.version} ${v.state}`)).toEqual(['v1 retired', 'v2 live']);
    } finally {
      await env.close();
    }
  });
});
