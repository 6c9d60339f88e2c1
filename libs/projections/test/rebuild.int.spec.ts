import { type TestSchema } from '../../../test/support/postgres';
import { PROJECTIONS } from './support/witnessed';
import { checksum } from '../src/checksum';
import { type ProjectionEnvironment } from '../src/environment';
import { catchUpLive } from '../src/runner/catch-up';
import { ProjectionWorker } from '../src/runner/projection-worker';
import { rebuild } from '../src/runner/rebuild';
import { versionStatus } from '../src/runner/versions';
import { findUppdragNow } from '../src/uppdrag-now/uppdrag-now.queries';
import { duplicationReport, lastPosition, openEnv, testSchema, waitFor } from './support/projection-env';
import { appendLog, realisticLog } from './support/realistic-log';

let schema: TestSchema;
let env: ProjectionEnvironment;

beforeAll(async () => {
  schema = await testSchema('proj_rebuild');
  env = await openEnv(schema);
  await appendLog(
    env.store,
    realisticLog({
      firstYear: 2021,
      years: 1,
      uppdragPerYear: 80,
      delmalPerYear: 20,
      indikatorerPerDelmal: 3,
    }),
  );
  await catchUpLive(env, PROJECTIONS, { until: await lastPosition(env) });
});
afterAll(async () => {
  await env.close();
  await schema.drop();
});

const digests = async () => Promise.all(PROJECTIONS.map((p) => checksum(env.db, p)));
const tableExists = async (name: string) =>
  (await env.db.query<{ t: string | null }>('SELECT to_regclass($1)::text AS t', [name]))[0].t !== null;

describe('rebuild', () => {
  it('builds a new version while the old one serves, switches, drops the old one, and gives the same digest', async () => {
    const before = await digests();
    const duringBuild: unknown[] = [];
    const results = await rebuild(env, PROJECTIONS, {
      until: await lastPosition(env),
      batchSize: 200,
      onPhase: async (phase, projection) => {
        if (phase !== 'loaded' || projection !== 'uppdrag_now') return;
        // Loaded but not switched: readers are still served from version 1.
        const versions = await versionStatus(env.db);
        duringBuild.push(
          versions.map((v) => `${v.projection} v${v.version} ${v.state}`),
          (await findUppdragNow(env.db, { limit: 10_000 })).length,
          await tableExists('uppdrag_now_v1'),
        );
      },
    });
    expect(duringBuild).toEqual([
      [
        'events_seen v1 live',
        'events_seen v2 building',
        'faststallelser v1 live',
        'faststallelser v2 building',
        'periods v1 live',
        'periods v2 building',
        'uppdrag_now v1 live',
        'uppdrag_now v2 building',
        'uppdrag_parts v1 live',
        'uppdrag_parts v2 building',
      ],
      80,
      true,
    ]);
    expect(results.map((r) => [r.projection, r.version, r.retiredVersion])).toEqual([
      ['uppdrag_now', 2, 1],
      ['periods', 2, 1],
      ['uppdrag_parts', 2, 1],
      ['faststallelser', 2, 1],
      ['events_seen', 2, 1],
    ]);
    expect(await tableExists('uppdrag_now_v1')).toBe(false);
    expect(await tableExists('events_seen_v1')).toBe(false);
    expect(await tableExists('uppdrag_timeline_v1')).toBe(false);
    expect((await findUppdragNow(env.db, { limit: 10_000 })).length).toBe(80);

    const after = await digests();
    expect(after.map((d) => [d.version, d.sha256, d.rows])).toEqual(before.map((d) => [2, d.sha256, d.rows]));

    // And a second rebuild gives the same digest again.
    await rebuild(env, PROJECTIONS, { until: await lastPosition(env) });
    expect((await digests()).map((d) => [d.version, d.sha256])).toEqual(before.map((d) => [3, d.sha256]));
  });

  it('a live worker keeps applying during a rebuild and carries on with the new version', async () => {
    const worker = new ProjectionWorker(env, PROJECTIONS, {
      batchSize: 100,
      idleMs: 20,
      leaseRetryMs: 100,
    }).start();
    let appended = false;
    const results = await rebuild(env, PROJECTIONS, {
      batchSize: 100,
      onBatch: async () => {
        if (appended) return;
        appended = true;
        await appendLog(
          env.store,
          realisticLog({
            firstYear: 2023,
            years: 1,
            uppdragPerYear: 10,
            delmalPerYear: 2,
            indikatorerPerDelmal: 2,
            seed: 9,
          }),
        );
      },
    });
    await appendLog(
      env.store,
      realisticLog({
        firstYear: 2025,
        years: 1,
        uppdragPerYear: 10,
        delmalPerYear: 2,
        indikatorerPerDelmal: 2,
        seed: 10,
      }),
    );
    const end = await lastPosition(env);
    await waitFor('the worker to apply to the new version', async () =>
      (await versionStatus(env.db)).every((v) => v.state === 'live' && v.checkpoint === end),
    );
    await worker.stop();
    expect((await versionStatus(env.db)).map((v) => v.version)).toEqual(results.map(() => 4));
    const report = await duplicationReport(env);
    expect(report.eventsSeenRows).toBe(report.eventsInLog);
    expect(report.uppdragRows).toBe(100);
    expect(report.uppdragRowsWithWrongCount).toBe(0);

    const live = await digests();
    await rebuild(env, PROJECTIONS, { until: end });
    expect((await digests()).map((d) => d.sha256)).toEqual(live.map((d) => d.sha256));
  });
  it('loads with autovacuum off, then turns it back on and hands over analysed tables', async () => {
    const uppdragNow = PROJECTIONS.find((p) => p.name === 'uppdrag_now')!;
    const optionsOf = async (table: string) =>
      (
        await env.db.query<{ options: string[] | null }>(
          `SELECT reloptions AS options FROM pg_class WHERE oid = to_regclass($1)`,
          [table],
        )
      )[0].options;
    const statistics = async (table: string) =>
      Number(
        (
          await env.db.query<{ n: string }>(
            `SELECT count(*) AS n FROM pg_stats WHERE schemaname = current_schema() AND tablename = $1`,
            [table],
          )
        )[0].n,
      );
    let loading: unknown;
    const [result] = await rebuild(env, [uppdragNow], {
      until: await lastPosition(env),
      onPhase: async (phase) => {
        if (phase !== 'loaded') return;
        const [building] = (await versionStatus(env.db, 'uppdrag_now')).filter((v) => v.state === 'building');
        loading = await optionsOf(`uppdrag_now_v${building.version}`);
      },
    });
    expect(loading).toEqual(['autovacuum_enabled=false']);
    const table = `uppdrag_now_v${result.version}`;
    expect(await optionsOf(table)).toBeNull();
    expect(await statistics(table)).toBeGreaterThan(0);
  });
});
