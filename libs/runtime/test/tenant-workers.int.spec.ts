/**
 * Workers serving all tenants (issue 22): two worker instances, six tenants on two PostgreSQL servers
 * the test starts (the machine's is shared by other runs, whose long transactions hold back what a
 * tenant's log may read; the directory stays there), real Redis. Each tenant is served by exactly one worker, its projections applied once, its reminders
 * delivered once in its own log and queue; stopping one worker hands its tenants to the other; a tenant
 * provisioned meanwhile is taken up, a removed one let go.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { type AppConfig, loadConfig } from '@sparbar/config';
import { type EventStore, openEventStore } from '@sparbar/event-store';
import { getUppdragNow, PgProjectionDb, versionStatus } from '@sparbar/projections';
import {
  PostgresTenantDirectory,
  provisionTenant,
  type ProvisionTenantInput,
  removeTenant,
  type Tenant,
} from '@sparbar/tenancy';
import { startSecondPostgres, type SecondPostgres } from '../../../test/support/second-postgres';
import { TEST_DATABASE_URL, withClient } from '../../../test/support/postgres';
import { testClock } from '../../../test/support/clock';
import { append, person, uppdrag, waitFor } from '../../reminders/test/support/reminder-log';
import { WORKER_PROJECTIONS } from '../src/app/worker/projection-runner';
import { TenantWorkers } from '../src/tenants/tenant-workers';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const run = randomBytes(3).toString('hex');
const platformSchema = `plattform_tw_${run}`;
const ids = ['a', 'b', 'c', 'd', 'e', 'f'].map((x) => `tw-${x}-${run}`);
const late = `tw-g-${run}`;
const projectionNames = WORKER_PROJECTIONS.map((p) => p.name).sort();

let second: SecondPostgres;
let third: SecondPostgres;
let directory: PostgresTenantDirectory;
let config: AppConfig;
const workers: TenantWorkers[] = [];

const kommun = (tenantId: string, serverUrl: string): ProvisionTenantInput => ({
  tenantId,
  namn: `Kommunen ${tenantId}`,
  kind: 'kommun',
  hosts: [`${tenantId}.sparbar.test`],
  serverUrl,
  organs: [{ organId: 'kf', namn: 'Kommunfullmäktige', kortnamn: 'KF', typ: 'kommunfullmaktige' }],
});

async function withStore<T>(tenant: Tenant, work: (store: EventStore) => Promise<T>): Promise<T> {
  const { store } = await openEventStore({
    kind: 'postgres',
    url: tenant.serverUrl as string,
    schema: tenant.schema,
  });
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

async function withReadModels<T>(tenant: Tenant, work: (db: PgProjectionDb) => Promise<T>): Promise<T> {
  const db = new PgProjectionDb({ connectionString: tenant.serverUrl as string, schema: tenant.schema }, 1);
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

/** An uppdrag of the tenant's own, whose 14-day reminder for T1 2023 is due when the workers start. */
async function seed(tenant: Tenant): Promise<void> {
  await withStore(tenant, async (store) => {
    await person(store, 'person-johan', ['officer'], 'kf');
    await uppdrag(store, `u-${tenant.tenantId}`, { ansvarig: 'person-johan', riktasTill: ['kf'] });
  });
}

const tenant = async (tenantId: string) => (await directory.byId(tenantId))!;
const servedBy = (tenantId: string) => workers.filter((w) => w.tenants.includes(tenantId));
const deliveredIn = (t: Tenant) =>
  withStore(t, async (store) =>
    (await store.readAll({ maxCount: 10_000 }))
      .filter((e) => e.type === 'PaminnelseSent')
      .map((e) => `${e.stream} ${(e.data as { channel: string }).channel}`),
  );

async function caughtUp(t: Tenant): Promise<boolean> {
  const head = await withStore(t, (store) => store.headPosition());
  const versions = await withReadModels(t, (db) => versionStatus(db));
  return versions.length === projectionNames.length && versions.every((v) => v.checkpoint === head);
}

beforeAll(async () => {
  [second, third] = await Promise.all([startSecondPostgres(), startSecondPostgres()]);
  directory = await PostgresTenantDirectory.open(TEST_DATABASE_URL, platformSchema);
  const platform = { directory, clock: testClock };
  for (const [i, tenantId] of ids.entries()) {
    await provisionTenant(platform, kommun(tenantId, i % 2 === 0 ? third.url : second.url), 'test');
    await seed(await tenant(tenantId));
  }
  // The 14-day reminder of T1 2023 is due 1 May 2023 06:00Z: just past it, each tenant's is due at once.
  config = loadConfig({
    PLATFORM_DATABASE_URL: TEST_DATABASE_URL,
    PLATFORM_SCHEMA: platformSchema,
    DATABASE_URL: TEST_DATABASE_URL,
    REDIS_URL,
    QUEUE_PREFIX: `tw-${run}`,
    CLOCK_START: '2023-05-01T06:00:02Z',
    WITNESS_DIR: mkdtempSync(join(tmpdir(), 'sparbar-tw-')),
    NODE_ENV: 'test',
  });
});

afterAll(async () => {
  for (const worker of workers) await worker.stop();
  for (const t of (await directory?.list()) ?? []) await removeTenant({ directory }, t.tenantId);
  await directory?.close();
  await withClient((c) => c.query(`DROP SCHEMA IF EXISTS "${platformSchema}" CASCADE`));
  await second?.stop();
  await third?.stop();
});

const start = async () => {
  const worker = new TenantWorkers({
    config,
    directory,
    lookMs: 300,
    log: (level, message) => level === 'warn' && console.warn(message),
  });
  workers.push(worker);
  return worker.start();
};

describe('workers serving all tenants', () => {
  it('splits the tenants between two workers, each served by one, its projections applied once', async () => {
    const [a, b] = [await start(), await start()];
    await waitFor('every tenant served, three each', async () => {
      await Promise.all([a.lookNow(), b.lookNow()]);
      return a.tenants.length === 3 && b.tenants.length === 3;
    });
    for (const tenantId of ids) {
      const [server] = servedBy(tenantId);
      expect(servedBy(tenantId)).toHaveLength(1);
      await waitFor(
        `${tenantId}'s leases`,
        () => server.applying(tenantId).length === projectionNames.length,
      );
      expect(server.applying(tenantId).sort()).toEqual(projectionNames);
    }
    // A status report in one tenant shows in its read model, applied once.
    const first = await tenant(ids[0]);
    await withStore(first, (store) =>
      append(store, `uppdrag-u-${ids[0]}`, 'UppdragStatusReported', {
        uppdragId: `u-${ids[0]}`,
        period: '2023-T1',
        status: 'pagaende_enligt_plan',
        kommentar: 'Enligt plan.',
      }),
    );
    const reported = await waitFor('the report in the read model', () =>
      withReadModels(first, (db) => getUppdragNow(db, `u-${ids[0]}`)).then((u) => u?.latestReport),
    );
    expect(reported).toMatchObject({ period: '2023-T1', status: 'pagaende_enligt_plan' });
    for (const tenantId of ids) {
      const t = await tenant(tenantId);
      await waitFor(`${tenantId}'s read models at its head`, () => caughtUp(t));
      const head = await withStore(t, (store) => store.readAll({ maxCount: 10_000 }));
      const versions = await withReadModels(t, (db) => versionStatus(db));
      // Every event applied exactly once by each projection: no worker applied one twice.
      expect(versions.map((v) => v.eventsApplied)).toEqual(versions.map(() => head.length));
    }
  });

  it("delivers each tenant's due reminder once, in its own log only", async () => {
    for (const tenantId of ids) {
      const t = await tenant(tenantId);
      const own = [`paminnelse-u-${tenantId} inkorg`];
      await waitFor(`${tenantId}'s reminder`, async () => (await deliveredIn(t)).length > 0);
      expect(await deliveredIn(t)).toEqual(own);
    }
  });

  it('hands a stopped worker’s tenants to the other, takes up a new tenant and lets a removed one go', async () => {
    const [a, b] = workers;
    const handed = a.tenants;
    await a.stop();
    workers.splice(0, 1);
    await waitFor('all six served by the survivor', async () => {
      await b.lookNow();
      return b.tenants.length === 6;
    });
    expect(b.tenants).toEqual(expect.arrayContaining(handed));

    await provisionTenant({ directory, clock: testClock }, kommun(late, second.url), 'test');
    await waitFor('the new tenant served', () => b.tenants.includes(late), 10_000);
    await waitFor("the new tenant's read models", async () => caughtUp(await tenant(late)));

    await removeTenant({ directory }, ids[5]);
    await waitFor('the removed tenant let go', () => !b.tenants.includes(ids[5]), 10_000);
    expect(b.tenants).toEqual([...ids.slice(0, 5), late].sort());
  });

  it('a worker whose platform connection dies stops its tenants at once; each is then served by one worker', async () => {
    const [b] = workers;
    const c = await start();
    await waitFor('the tenants split again', async () => {
      await Promise.all([b.lookNow(), c.lookNow()]);
      return c.tenants.length === 3 && b.tenants.length === 3;
    });
    const held = c.tenants;
    // The server ends the session that holds c's tenant locks, as when its process dies.
    await withClient((client) =>
      client.query(
        `SELECT pg_terminate_backend(pid) FROM pg_locks
          WHERE locktype = 'advisory' AND classid = 7246034::oid AND objid = hashtext($1)::oid`,
        [`${platformSchema}/${held[0]}`],
      ),
    );
    await waitFor(
      'c to let its tenants go',
      () => c.tenants.length === 0 || !held.every((t) => c.tenants.includes(t)),
    );
    const all = [...ids.slice(0, 5), late].sort();
    await waitFor('every tenant served by exactly one worker again', async () => {
      await Promise.all([b.lookNow(), c.lookNow()]);
      return all.every((t) => servedBy(t).length === 1);
    });
    expect([...b.tenants, ...c.tenants].sort()).toEqual(all);
  });
});
