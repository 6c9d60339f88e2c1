import { PROJECTIONS } from './support/witnessed';
import { checksum } from '../src/checksum';
import { type ProjectionEnvironment } from '../src/environment';
import { catchUpLive } from '../src/runner/catch-up';
import { ProjectionWorker } from '../src/runner/projection-worker';
import { rebuild } from '../src/runner/rebuild';
import { findUppdragNow } from '../src/uppdrag-now/uppdrag-now.queries';
import { duplicationReport, lastPosition, openEmbeddedEnv, waitFor } from './support/projection-env';
import { appendLog, realisticLog } from './support/realistic-log';

let env: ProjectionEnvironment;
beforeAll(async () => {
  env = await openEmbeddedEnv();
  await appendLog(
    env.store,
    realisticLog({
      firstYear: 2021,
      years: 1,
      uppdragPerYear: 40,
      delmalPerYear: 10,
      indikatorerPerDelmal: 3,
    }),
  );
});
afterAll(() => env.close());

describe('on the embedded store (PGlite)', () => {
  it('projects, rebuilds to the same digest, and bulk-loads without COPY', async () => {
    await catchUpLive(env, PROJECTIONS, { batchSize: 300, until: await lastPosition(env) });
    const live = await Promise.all(PROJECTIONS.map((p) => checksum(env.db, p)));
    expect(await findUppdragNow(env.db, { limit: 1000 })).toHaveLength(40);
    await rebuild(env, PROJECTIONS, { batchSize: 300, until: await lastPosition(env) });
    const rebuilt = await Promise.all(PROJECTIONS.map((p) => checksum(env.db, p)));
    expect(rebuilt.map((c) => [c.version, c.sha256])).toEqual(live.map((c) => [2, c.sha256]));
    const report = await duplicationReport(env);
    expect(report.eventsSeenRows).toBe(report.eventsInLog);
  });

  it('grants each lease to one worker in the process only', async () => {
    const first = new ProjectionWorker(env, PROJECTIONS, { idleMs: 10, leaseRetryMs: 50 }).start();
    const second = new ProjectionWorker(env, PROJECTIONS, { idleMs: 10, leaseRetryMs: 50 }).start();
    await waitFor(
      'a worker to hold the leases',
      async () => first.applying.length + second.applying.length === PROJECTIONS.length,
    );
    // Each projection by exactly one of them (which one is a race).
    expect([...first.applying, ...second.applying].sort()).toEqual(PROJECTIONS.map((p) => p.name).sort());
    await first.stop();
    await second.stop();
  });
});
