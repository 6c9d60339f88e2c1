/**
 * A worker in one process, writers in another (here: stores of their own, on connections of their
 * own): the worker hears their appends through PostgreSQL's LISTEN/NOTIFY and projects them long
 * before its next poll, also after its listening connection was cut.
 */
import { type TestSchema } from '../../../test/support/postgres';
import { PROJECTIONS } from './support/witnessed';
import { type ProjectionEnvironment } from '../src/environment';
import { ProjectionWorker } from '../src/runner/projection-worker';
import { versionStatus } from '../src/runner/versions';
import { duplicationReport, openEnv, testSchema, waitFor, withClient } from './support/projection-env';
import { appendLog, realisticLog } from './support/realistic-log';

/** Polls so rare that a test seeing an event within WAKE_WITHIN_MS was woken, not polled. */
const POLL_MS = 30_000;
const WAKE_WITHIN_MS = 3_000;

let schema: TestSchema;
let worker: ProjectionWorker | undefined;
const envs: ProjectionEnvironment[] = [];

beforeAll(async () => (schema = await testSchema('proj_wake')));
afterEach(async () => {
  await worker?.stop();
  worker = undefined;
  for (const env of envs.splice(0)) await env.close();
});
afterAll(() => schema.drop());

const log = (firstYear: number, seed: number) =>
  realisticLog({ firstYear, years: 1, uppdragPerYear: 10, delmalPerYear: 3, indikatorerPerDelmal: 2, seed });

async function open(): Promise<ProjectionEnvironment> {
  const env = await openEnv(schema);
  envs.push(env);
  return env;
}

async function allAt(env: ProjectionEnvironment, position: number): Promise<boolean> {
  const versions = await versionStatus(env.db);
  return versions.length === PROJECTIONS.length && versions.every((v) => v.checkpoint >= position);
}

function startWorker(env: ProjectionEnvironment, wakeOnAppend = true): ProjectionWorker {
  // The lease retry as rare as the poll: the pump leaves only once caught up, so nothing else reads.
  worker = new ProjectionWorker(env, PROJECTIONS, {
    idleMs: POLL_MS,
    watchedIdleMs: POLL_MS,
    leaseRetryMs: POLL_MS,
    wakeOnAppend,
  });
  return worker.start();
}

/** The backend of the worker's LISTEN connection, once it listens on this schema's channel. */
async function listenerPid(): Promise<number | undefined> {
  return withClient(async (client) => {
    const { rows } = await client.query<{ pid: number }>(
      `SELECT pid FROM pg_stat_activity
        WHERE application_name = 'sparbar-listen' AND query LIKE 'LISTEN %' AND strpos(query, $1) > 0`,
      [schema.schema],
    );
    return rows[0]?.pid;
  });
}

describe('a worker woken by appends in another process', () => {
  it('projects them long before its next poll', async () => {
    const writer = await open();
    await appendLog(writer.store, log(2021, 1));
    const reader = await open();
    startWorker(reader);
    await waitFor('the first catch-up', async () => allAt(reader, await writer.store.headPosition()));
    await waitFor('the listener', listenerPid);

    await appendLog(writer.store, log(2022, 2));
    const head = await writer.store.headPosition();
    await waitFor('the new events', () => allAt(reader, head), WAKE_WITHIN_MS);
  });

  it('polls only when told not to listen (the same appends wait for the poll)', async () => {
    const writer = await open();
    // New events before it starts, so the catch-up below is this worker's own.
    await appendLog(writer.store, log(2023, 3));
    const reader = await open();
    startWorker(reader, false);
    await waitFor('the first catch-up', async () => allAt(reader, await writer.store.headPosition()));

    await appendLog(writer.store, log(2025, 5));
    const head = await writer.store.headPosition();
    await new Promise((resolve) => setTimeout(resolve, WAKE_WITHIN_MS));
    expect(await allAt(reader, head)).toBe(false);
    expect(await listenerPid()).toBeUndefined();
  });

  it('listens again after its connection was terminated', async () => {
    const writer = await open();
    const reader = await open();
    startWorker(reader);
    await waitFor('the first catch-up', async () => allAt(reader, await writer.store.headPosition()));
    const first = await waitFor('the listener', listenerPid);

    await withClient((client) => client.query('SELECT pg_terminate_backend($1)', [first]));
    const second = await waitFor('a new listener', async () => {
      const pid = await listenerPid();
      return pid !== undefined && pid !== first && pid;
    });
    expect(second).not.toBe(first);

    await appendLog(writer.store, log(2024, 4));
    const head = await writer.store.headPosition();
    await waitFor('the events appended after the reconnect', () => allAt(reader, head), WAKE_WITHIN_MS);
  });

  it('applies every event of concurrent writers once, in order', async () => {
    const writers = [await open(), await open(), await open()];
    const reader = await open();
    startWorker(reader);
    await waitFor('the listener', listenerPid);

    await Promise.all(writers.map((w, i) => appendLog(w.store, log(2030 + i, 10 + i), { writers: 4 })));
    const head = await writers[0].store.headPosition();
    await waitFor('every event', () => allAt(reader, head), WAKE_WITHIN_MS * 5);
    const report = await duplicationReport(reader);
    expect(report.eventsSeenRows).toBe(report.eventsInLog);
    expect(report.uppdragRowsWithWrongCount).toBe(0);
  });
});
