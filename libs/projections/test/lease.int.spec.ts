import { type TestSchema } from '../../../test/support/postgres';
import { PROJECTIONS } from './support/witnessed';
import { type ProjectionEnvironment } from '../src/environment';
import { AdvisoryLeaseProvider } from '../src/lease/advisory-lease';
import { ProjectionWorker } from '../src/runner/projection-worker';
import { versionStatus } from '../src/runner/versions';
import {
  cliEnv,
  duplicationReport,
  lastPosition,
  openEnv,
  testSchema,
  waitFor,
  withClient,
} from './support/projection-env';
import { appendLog, realisticLog } from './support/realistic-log';
import { spawnCli } from './support/spawn-cli';

let schema: TestSchema;
let env: ProjectionEnvironment;

beforeAll(async () => {
  schema = await testSchema('proj_lease');
  env = await openEnv(schema);
});
afterAll(async () => {
  await env.close();
  await schema.drop();
});

const settings = () => ({ connectionString: schema.connectionString, schema: schema.schema });

describe('leases', () => {
  it('are exclusive across connections and released when the holder’s connection dies', async () => {
    const first = new AdvisoryLeaseProvider(settings(), 100);
    const second = new AdvisoryLeaseProvider(settings(), 100);
    const lease = await first.tryAcquire('projection:x');
    expect(lease).not.toBeNull();
    expect(await second.tryAcquire('projection:x')).toBeNull();
    expect(await first.tryAcquire('projection:x')).toBeNull(); // not re-entrant within a process either

    // The holder's connection dies (as when its process is killed): the server drops its locks.
    await withClient((c) =>
      c.query(
        `SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND classid = 7246032 AND granted`,
      ),
    );
    await waitFor('the holder to notice', async () => lease!.lost);
    expect(await second.tryAcquire('projection:x')).not.toBeNull();
    await first.close();
    await second.close();
  });

  it("are granted to many tenants' workers asking at once on one connection, each once", async () => {
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.message);
    process.on('warning', onWarning);
    const provider = new AdvisoryLeaseProvider(settings(), 100);
    try {
      const tenants = Array.from({ length: 40 }, (_, i) => provider.forSchema(`${schema.schema}_t${i}`));
      // Every tenant asks for two projections at once, one of them twice.
      const asked = await Promise.all(
        tenants.flatMap((t) => [
          t.tryAcquire('projection:a'),
          t.tryAcquire('projection:a'),
          t.tryAcquire('projection:b'),
        ]),
      );
      const granted = asked.filter((lease) => lease !== null);
      expect(granted).toHaveLength(80);
      expect(granted.filter((l) => l!.name === 'projection:a')).toHaveLength(40);
      // pg's "client is already executing a query" (refused by pg 9) was never said.
      expect(warnings.filter((m) => m.includes('already executing'))).toEqual([]);
    } finally {
      process.off('warning', onWarning);
      await provider.close();
    }
  });

  it('a standby worker takes over when the worker holding the leases is killed', async () => {
    await appendLog(
      env.store,
      realisticLog({
        firstYear: 2021,
        years: 1,
        uppdragPerYear: 50,
        delmalPerYear: 10,
        indikatorerPerDelmal: 3,
      }),
    );
    const holder = spawnCli(['run', 'all'], cliEnv(schema));
    await waitFor(
      'the holder to apply',
      async () => (await versionStatus(env.db)).length === PROJECTIONS.length,
    );

    const standby = new ProjectionWorker(env, PROJECTIONS, { leaseRetryMs: 100, idleMs: 20 }).start();
    await new Promise((r) => setTimeout(r, 500));
    expect(standby.applying).toEqual([]);

    holder.child.kill('SIGKILL');
    await holder.exited;
    await appendLog(
      env.store,
      realisticLog({
        firstYear: 2023,
        years: 1,
        uppdragPerYear: 20,
        delmalPerYear: 5,
        indikatorerPerDelmal: 3,
        seed: 3,
      }),
    );
    await waitFor(
      'the standby to take over',
      async () => standby.applying.length === PROJECTIONS.length,
      10_000,
    );
    const end = await lastPosition(env);
    await waitFor('the standby to catch up', async () =>
      (await versionStatus(env.db)).every((v) => v.checkpoint === end),
    );
    await standby.stop();
    const report = await duplicationReport(env);
    expect(report.eventsSeenRows).toBe(report.eventsInLog);
    expect(report.uppdragRowsWithWrongCount).toBe(0);
  });
});
