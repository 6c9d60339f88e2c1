/**
 * The witness of a log that does not grow rests (issue 22: an idle tenant of the many a worker serves
 * must cost almost nothing): where every append is heard, it stops asking the database whether the
 * chain moved a few looks after the last append, and an append wakes it, so the new head is still
 * witnessed at the next look. On the embedded store (PGlite in memory), its appends heard in-process.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WitnessFolder } from '@sparbar/audit';
import { loadConfig } from '@sparbar/config';
import { migrate, PgliteDriver, PostgresEventStore, type SqlDriver } from '@sparbar/event-store';
import {
  EmbeddedProjectionDb,
  LocalLeaseProvider,
  migrateProjections,
  type ProjectionEnvironment,
  ProjectionWorker,
} from '@sparbar/projections';
import { person } from '../../reminders/test/support/reminder-log';
import { WORKER_PROJECTIONS } from '../src';
import { WitnessRunner } from '../src/app/worker/witness-runner';

const INTERVAL_S = 0.05;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function eventually<T>(read: () => T | undefined, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('not within time');
    await sleep(20);
  }
}

let sql: SqlDriver;
let env: ProjectionEnvironment;
let projections: ProjectionWorker;
let dir: string;

beforeEach(async () => {
  sql = await PgliteDriver.open();
  await migrate(sql);
  const store = new PostgresEventStore(sql);
  const db = new EmbeddedProjectionDb(sql);
  await migrateProjections(db);
  env = { store, db, leases: new LocalLeaseProvider(), close: () => store.close() };
  projections = new ProjectionWorker(env, WORKER_PROJECTIONS, { wakeOnAppend: true }).start();
  dir = mkdtempSync(join(tmpdir(), 'sparbar-witness-rest-'));
});

afterEach(async () => {
  await projections.stop();
  await env.close();
  rmSync(dir, { recursive: true, force: true });
});

it('stops asking whether the chain moved while nothing is appended, and witnesses the next append', async () => {
  let queries = 0;
  const counted = new Proxy(sql, {
    get: (target, name, receiver) =>
      name === 'query'
        ? (...args: Parameters<SqlDriver['query']>) => {
            queries++;
            return target.query(...args);
          }
        : Reflect.get(target, name, receiver),
  });
  const config = loadConfig({ WITNESS_DIR: dir, WITNESS_INTERVAL_SECONDS: String(INTERVAL_S) });
  const folder = new WitnessFolder(dir);
  const witness = new WitnessRunner(config, env.store, counted, folder);
  await person(env.store, 'person-johan', ['officer'], 'rs');
  const first = await env.store.headPosition();
  witness.onApplicationBootstrap();
  try {
    expect((await eventually(() => folder.latest()?.position === first || undefined)) && first).toBe(first);

    // Quiet: after a few looks it rests, asking the database nothing for many intervals.
    await sleep(INTERVAL_S * 1000 * 10);
    const resting = queries;
    await sleep(INTERVAL_S * 1000 * 20);
    expect(queries).toBe(resting);

    await person(env.store, 'person-sara', ['officer'], 'hsn');
    const second = await env.store.headPosition();
    expect(second).toBeGreaterThan(first);
    await eventually(() => (folder.latest()?.position === second ? true : undefined));
    expect(queries).toBeGreaterThan(resting);
  } finally {
    await witness.beforeApplicationShutdown();
  }
});
