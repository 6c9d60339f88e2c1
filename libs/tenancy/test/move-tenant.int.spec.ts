/**
 * `moveTenant` between the machine's PostgreSQL server and a second one: a failure after the old log
 * was sealed leaves the tenant active on its server, open to appends, with nothing made on the target;
 * a move that goes through copies the log event for event and leaves the old copy sealed (an append
 * there is refused as the store being unavailable, so nothing can land after the copy); of two moves
 * at once only one can begin its switch.
 */
import { randomBytes } from 'node:crypto';
import {
  type EventStore,
  EventStoreUnavailableError,
  openEventStore,
  type StoredEvent,
} from '@sparbar/event-store';
import { Client } from 'pg';
import { startSecondPostgres, type SecondPostgres } from '../../../test/support/second-postgres';
import { TEST_DATABASE_URL, withClient } from '../../../test/support/postgres';
import { testClock } from '../../../test/support/clock';
import { runPlattform as runPlatformCli } from '@sparbar/runtime/plattform-cli';
import { moveTenant, PostgresTenantDirectory, provisionTenant, type TenantStoreSettings } from '../src';

const run = randomBytes(3).toString('hex');
const platformSchema = `plattform_${run}`;
const id = `kommun-flytt-${run}`;
const schema = `tenant_kommun_flytt_${run}`;
const meta = { actor: 'anna.berg', occurredAt: '2025-06-18T08:00:00.000Z' };

let second: SecondPostgres;
let directory: PostgresTenantDirectory;

async function withStore<T>(url: string, work: (store: EventStore) => Promise<T>): Promise<T> {
  const { store } = await openEventStore({ kind: 'postgres', url, schema });
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

const logOn = (url: string) =>
  withStore(url, async (store) => {
    const all: StoredEvent[] = [];
    for await (const e of store.readRange({ upTo: await store.headPosition() })) all.push(e);
    return all;
  });

async function schemaOnSecond(): Promise<boolean> {
  const client = new Client({ connectionString: second.url });
  await client.connect();
  try {
    return (await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema])).rowCount === 1;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  second = await startSecondPostgres();
  directory = await PostgresTenantDirectory.open(TEST_DATABASE_URL, platformSchema);
  await provisionTenant(
    { directory, clock: testClock },
    {
      tenantId: id,
      namn: 'Flyttkommunen',
      kind: 'kommun',
      hosts: [`${id}.sparbar.test`],
      serverUrl: TEST_DATABASE_URL,
      organs: [
        {
          organId: 'kf',
          namn: 'Kommunfullmäktige',
          kortnamn: 'KF',
          typ: 'kommunfullmaktige',
          parentOrganId: null,
        },
      ],
    },
    'driftansvarig',
  );
  await withStore(TEST_DATABASE_URL, (store) =>
    store.appendToStream(`uppdrag-${run}`, [{ type: 'Before', data: {}, metadata: meta }]),
  );
});

afterAll(async () => {
  await directory?.close();
  await withClient(async (c) => {
    await c.query(`DROP SCHEMA IF EXISTS "${platformSchema}" CASCADE`);
    await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  });
  await second?.stop();
});

it('a failure after the seal leaves the tenant active on its server, writable, nothing on the target', async () => {
  const built: TenantStoreSettings[] = [];
  const failing = async (settings: TenantStoreSettings) => {
    built.push(settings);
    // The first build is before the switch begins; the second comes after the seal and the last copy.
    if (built.length === 2) throw new Error('the read models could not be built');
  };
  await expect(moveTenant({ directory, buildReadModels: failing }, id, second.url)).rejects.toThrow(
    'could not be built',
  );
  expect(built).toEqual([
    { kind: 'postgres', url: second.url, schema },
    { kind: 'postgres', url: second.url, schema },
  ]);
  expect(await directory.byId(id)).toMatchObject({ state: 'active', serverUrl: TEST_DATABASE_URL });
  expect(await schemaOnSecond()).toBe(false);
  const appended = await withStore(TEST_DATABASE_URL, (store) =>
    store.appendToStream(`uppdrag-${run}`, [{ type: 'AfterFailedMove', data: {}, metadata: meta }]),
  );
  expect(appended.nextExpectedRevision).toBe(1);
});

it('copies the log event for event, switches the directory, and keeps the old copy sealed', async () => {
  const before = await logOn(TEST_DATABASE_URL);
  // By the CLI, which also builds the read models on the new server as a worker would.
  const env = {
    ...process.env,
    PLATFORM_DATABASE_URL: TEST_DATABASE_URL,
    PLATFORM_SCHEMA: platformSchema,
    PLATFORM_SECRET: 'platform-secret-for-the-tests-0123456789abcdef',
  };
  const [said] = await runPlatformCli(['flytta', id, second.url], env);
  const last = before[before.length - 1].position;
  expect(said).toContain(`${id} flyttad till ${second.url}: ${before.length} händelser`);
  expect(said).toContain(`på position ${last} på båda servrarna`);
  expect(said).toContain(`Schemat ${schema} finns kvar på ${TEST_DATABASE_URL}, låst för skrivning.`);
  const readModels = new Client({ connectionString: second.url });
  await readModels.connect();
  try {
    const { rows } = await readModels.query<{ n: string }>(
      `SELECT count(*) AS n FROM "${schema}".event_chain WHERE position = $1`,
      [last],
    );
    expect(rows[0].n).toBe('1');
  } finally {
    await readModels.end();
  }
  expect(await directory.byId(id)).toMatchObject({ state: 'active', serverUrl: second.url });
  expect(await logOn(second.url)).toEqual(before);

  const refused = await withStore(TEST_DATABASE_URL, (store) =>
    store.appendToStream(`uppdrag-${run}`, [{ type: 'OnTheOldServer', data: {}, metadata: meta }]),
  ).catch((e: unknown) => e);
  expect(refused).toBeInstanceOf(EventStoreUnavailableError);
  expect(await logOn(TEST_DATABASE_URL)).toEqual(before);

  // Written on the new server, after every copied event.
  const next = await withStore(second.url, (store) =>
    store.appendToStream(`uppdrag-${run}`, [{ type: 'OnTheNewServer', data: {}, metadata: meta }], {
      expectedRevision: 1,
    }),
  );
  expect(next.position).toBeGreaterThan(last);
  await expect(moveTenant({ directory }, id, second.url)).rejects.toMatchObject({ code: 'INVALID_TENANT' });
});

it('lets only one of two moves at once begin its switch: `moving` only from active on the server it read', async () => {
  // Now on the second server: a move that read the old server finds it moved.
  expect(await directory.beginMove(id, TEST_DATABASE_URL)).toBe(false);
  expect(await directory.beginMove(id, second.url)).toBe(true);
  expect(await directory.beginMove(id, second.url)).toBe(false);
  expect(await directory.byId(id)).toMatchObject({ state: 'moving', serverUrl: second.url });
  await directory.setState(id, 'active');
});
