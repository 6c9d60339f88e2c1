/**
 * SIGKILL at any point: the CLI is run as a child process (as a worker container would run it) and
 * killed without warning once the checkpoint table shows it half-way. After a restart the read models
 * must equal, digest for digest, a clean rebuild of the same log.
 */
import { type TestSchema } from '../../../test/support/postgres';
import { PROJECTIONS } from './support/witnessed';
import { checksum } from '../src/checksum';
import { type ProjectionEnvironment } from '../src/environment';
import { catchUpLive } from '../src/runner/catch-up';
import { rebuild } from '../src/runner/rebuild';
import { versionStatus } from '../src/runner/versions';
import {
  cliEnv,
  duplicationReport,
  lastPosition,
  openEnv,
  testSchema,
  waitFor,
} from './support/projection-env';
import { appendLog, realisticLog } from './support/realistic-log';
import { spawnCli } from './support/spawn-cli';

let schema: TestSchema;
let env: ProjectionEnvironment;
let end: number;
let events: number;

beforeAll(async () => {
  schema = await testSchema('proj_crash');
  env = await openEnv(schema);
  const log = realisticLog({
    firstYear: 2021,
    years: 1,
    uppdragPerYear: 400,
    delmalPerYear: 250,
    indikatorerPerDelmal: 5,
  });
  events = await appendLog(env.store, log);
  end = await lastPosition(env);
});
afterAll(async () => {
  await env.close();
  await schema.drop();
});

const digests = async () =>
  (await Promise.all(PROJECTIONS.map((p) => checksum(env.db, p)))).map((d) => d.sha256);
const slowly = () => ({ ...cliEnv(schema), PROJECTION_BATCH_SIZE: '100' });

async function killWhen(child: ReturnType<typeof spawnCli>, halfway: () => Promise<boolean>): Promise<void> {
  await waitFor('the child to get half-way', halfway, 60_000);
  child.child.kill('SIGKILL');
  await child.exited;
}

describe('killed with SIGKILL', () => {
  let clean: string[];

  it('during live projection: restarted, it resumes from the checkpoint and equals a clean rebuild', async () => {
    const worker = spawnCli(['run', 'all'], slowly());
    await killWhen(worker, async () =>
      (await versionStatus(env.db)).some((v) => v.state === 'live' && v.checkpoint > 0),
    );
    const atDeath = await versionStatus(env.db);
    expect(atDeath.some((v) => v.checkpoint < end)).toBe(true);

    const restarted = spawnCli(['run', 'all'], slowly());
    await waitFor('the restarted worker to catch up', async () => {
      const versions = await versionStatus(env.db);
      return versions.length === PROJECTIONS.length && versions.every((v) => v.checkpoint === end);
    });
    restarted.child.kill('SIGTERM');
    expect(await restarted.exited).toBe(0);

    const afterRestart = await digests();
    expect((await versionStatus(env.db)).map((v) => v.eventsApplied)).toEqual(PROJECTIONS.map(() => events));
    const report = await duplicationReport(env);
    expect(report.eventsSeenRows).toBe(report.eventsInLog);
    expect(report.uppdragRowsWithWrongCount).toBe(0);

    await rebuild(env, PROJECTIONS, { until: end });
    clean = await digests();
    expect(afterRestart).toEqual(clean);
  });

  it('during a rebuild: the next rebuild resumes the same version and gives the clean digest', async () => {
    const first = spawnCli(['rebuild', 'all'], slowly());
    await killWhen(first, async () =>
      (await versionStatus(env.db)).some((v) => v.state === 'building' && v.checkpoint > 0),
    );
    const building = (await versionStatus(env.db)).filter((v) => v.state === 'building');
    expect(building.length).toBeGreaterThan(0);
    expect(building.every((v) => v.checkpoint < end)).toBe(true);

    const second = spawnCli(['rebuild', 'all'], slowly());
    expect(await second.exited).toBe(0);
    // The child switched once nothing more was readable; another test's open transaction may have
    // held back the last events, which the live side then applies.
    await catchUpLive(env, PROJECTIONS, { until: end });
    const live = await versionStatus(env.db);
    expect(live.every((v) => v.state === 'live' && v.checkpoint === end)).toBe(true);
    // Resumed, not restarted: the version killed half-way is the one that went live.
    for (const b of building)
      expect(live.find((v) => v.projection === b.projection)?.version).toBe(b.version);
    expect(await digests()).toEqual(clean);
  });
});
