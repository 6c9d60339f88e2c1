import { type TestSchema } from '../../../test/support/postgres';
import { PROJECTIONS } from './support/witnessed';
import { checksum } from '../src/checksum';
import { type ProjectionEnvironment } from '../src/environment';
import { pump } from '../src/runner/pump';
import { ProjectionWorker } from '../src/runner/projection-worker';
import { rebuild } from '../src/runner/rebuild';
import { ensureLive, liveTarget, type Target, versionStatus } from '../src/runner/versions';
import { duplicationReport, lastPosition, openEnv, testSchema, waitFor } from './support/projection-env';
import { appendLog, realisticLog } from './support/realistic-log';

const log = (firstYear: number, seed: number) =>
  realisticLog({
    firstYear,
    years: 1,
    uppdragPerYear: 150,
    delmalPerYear: 60,
    indikatorerPerDelmal: 4,
    seed,
  });

async function expectCleanAndEqualToRebuild(env: ProjectionEnvironment, events: number): Promise<void> {
  expect((await versionStatus(env.db)).map((v) => v.eventsApplied)).toEqual(PROJECTIONS.map(() => events));
  const report = await duplicationReport(env);
  expect(report.eventsSeenRows).toBe(report.eventsInLog);
  expect(report.uppdragRowsWithWrongCount).toBe(0);
  const live = await Promise.all(PROJECTIONS.map((p) => checksum(env.db, p)));
  await rebuild(env, PROJECTIONS, { until: await lastPosition(env) });
  const clean = await Promise.all(PROJECTIONS.map((p) => checksum(env.db, p)));
  expect(clean.map((c) => c.sha256)).toEqual(live.map((c) => c.sha256));
}

describe('two runners at once', () => {
  let schema: TestSchema;
  let a: ProjectionEnvironment;
  let b: ProjectionEnvironment;
  beforeEach(async () => {
    schema = await testSchema('proj_two');
    [a, b] = [await openEnv(schema), await openEnv(schema)];
  });
  afterEach(async () => {
    await a.close();
    await b.close();
    await schema.drop();
  });

  it('two workers while the log grows: each projection applied by one, nothing twice, the digest of a clean rebuild', async () => {
    const workers = [a, b].map((env) =>
      new ProjectionWorker(env, PROJECTIONS, { batchSize: 150, idleMs: 10, leaseRetryMs: 50 }).start(),
    );
    let events = 0;
    for (let year = 2021; year < 2024; year++) events += await appendLog(a.store, log(year, year));
    const end = await lastPosition(a);
    await waitFor('both projections to catch up', async () => {
      const versions = await versionStatus(a.db);
      return versions.length === PROJECTIONS.length && versions.every((v) => v.checkpoint === end);
    });
    const applying = workers.map((w) => w.applying);
    expect([...applying[0], ...applying[1]].sort()).toEqual(PROJECTIONS.map((p) => p.name).sort());
    for (const w of workers) await w.stop();
    await expectCleanAndEqualToRebuild(a, events);
  });

  it('a worker resting long between hints still takes over a stopped worker’s projections within seconds', async () => {
    await appendLog(a.store, log(2021, 11));
    const first = PROJECTIONS.slice(0, 1);
    const other = new ProjectionWorker(b, first, { leaseRetryMs: 50 }).start();
    await waitFor('the other worker to hold its lease', async () => other.applying.length === 1);
    // Ten minutes between looks while hints are heard: only a fallback, but no excuse for a slow takeover.
    const resting = new ProjectionWorker(a, PROJECTIONS, {
      watchedIdleMs: 600_000,
      leaseRetryMs: 50,
    }).start();
    try {
      const end = await lastPosition(a);
      await waitFor('both to catch up', async () => {
        const versions = await versionStatus(a.db);
        return versions.length === PROJECTIONS.length && versions.every((v) => v.checkpoint === end);
      });
      expect(resting.applying).toHaveLength(PROJECTIONS.length - 1);
      await other.stop();
      const stopped = Date.now();
      await waitFor('the resting worker to take the lease over', async () => {
        return resting.applying.length === PROJECTIONS.length;
      });
      expect(Date.now() - stopped).toBeLessThan(15_000);
    } finally {
      await other.stop();
      await resting.stop();
    }
  });

  it('without leases, the checkpoint fence alone keeps two runners from applying a batch twice', async () => {
    const events = await appendLog(a.store, log(2021, 7));
    let fencedBatches = 0;
    const run = async (env: ProjectionEnvironment) => {
      let targets: Target[] = [];
      for (const p of PROJECTIONS) targets.push(await ensureLive(env.db, p));
      for (;;) {
        const result = await pump(env.store, env.db, targets, { batchSize: 50 });
        if (result.outcome === 'caught-up') return;
        fencedBatches++;
        targets = await Promise.all(PROJECTIONS.map(async (p) => (await liveTarget(env.db, p))!));
      }
    };
    await Promise.all([run(a), run(b)]);
    expect(fencedBatches).toBeGreaterThan(0);
    await expectCleanAndEqualToRebuild(a, events);
  });
});
