/**
 * Removing an organisation whose log is in the installation's EventStoreDB cluster (issue 22: a platform
 * administrator "removes one", and nothing of it stays readable): the tenant directory and the read
 * models' schemas on the machine's PostgreSQL, the cluster an in-process stand-in of EventStoreDB's
 * gRPC streams service (test/support/eventstoredb-stand-in.ts; no EventStoreDB server can run here)
 * holding two organisations' streams, the second's id beginning with the first's. The stand-in ignores
 * read filters, so which streams are deleted is decided by our code alone. With a real server:
 * apps/api/test/tenant-eventstoredb.e2e.spec.ts and libs/event-store/test/eventstoredb-remove-streams.
 */
import { randomBytes } from 'node:crypto';
import { EventStoreDbStandIn } from '../../../test/support/eventstoredb-stand-in';
import { TEST_DATABASE_URL, withClient } from '../../../test/support/postgres';
import { runPlatformCli } from '../src/cli';
import { defineTenant, PostgresTenantDirectory, provisionTenant, removeTenant, type Tenant } from '../src';

const run = randomBytes(3).toString('hex');
const platformSchema = `plattform_esrm_${run}`;
const NOW = new Date('2026-03-02T09:00:00Z');
const A = `umea-${run}`;
const B = `umea-${run}2`;
const C = `skelleftea-${run}`;
const D = `lycksele-${run}`;
const schemaOf = (id: string) => `tenant_${id.replace(/-/g, '_')}`;
const STREAMS = ['organ-kf', 'person-anna', 'uppdrag-1'];

describe('removing an organisation whose log is in EventStoreDB', () => {
  const standIn = new EventStoreDbStandIn();
  let directory: PostgresTenantDirectory;
  let stores: { eventStoreDbUrl: string };

  const schemaExists = (id: string) =>
    withClient(
      async (c) =>
        (await c.query(`SELECT 1 FROM pg_namespace WHERE nspname = $1`, [schemaOf(id)])).rowCount === 1,
    );
  /** An organisation in the cluster as a provisioning leaves it: active, streams, read models' schema. */
  const provisioned = async (id: string): Promise<Tenant> => {
    const tenant = defineTenant(
      {
        tenantId: id,
        namn: `Kommunen ${id}`,
        kind: 'kommun',
        hosts: [`${id}.sparbar.test`],
        logStore: 'eventstoredb',
        serverUrl: TEST_DATABASE_URL,
      },
      NOW,
    );
    await directory.add(tenant);
    await withClient(async (c) => {
      await c.query(`CREATE SCHEMA "${schemaOf(id)}"`);
      await c.query(`CREATE TABLE "${schemaOf(id)}".organ_view (organ_id text)`);
    });
    for (const stream of STREAMS) standIn.add(`${id}:${stream}`);
    await directory.setState(id, 'active');
    return tenant;
  };
  const recordsOf = (id: string) => standIn.records.filter((r) => r.stream.startsWith(`${id}:`));

  beforeAll(async () => {
    stores = { eventStoreDbUrl: await standIn.start() };
    directory = await PostgresTenantDirectory.open(TEST_DATABASE_URL, platformSchema);
    standIn.add('$epoch-information', '$epoch');
    await provisioned(A);
    await provisioned(B);
    standIn.add(`${A}:uppdrag-1`, 'UppdragStatusReported');
    standIn.add('uppdrag-1'); // a single organisation's stream, unprefixed
  });
  afterAll(async () => {
    await directory?.close();
    standIn.stop();
    await withClient(async (c) => {
      await c.query(`DROP SCHEMA IF EXISTS "${platformSchema}" CASCADE`);
      for (const id of [A, B, C, D]) await c.query(`DROP SCHEMA IF EXISTS "${schemaOf(id)}" CASCADE`);
    });
  });

  it("deletes every stream of that organisation for good and nothing of the other's", async () => {
    const othersBefore = standIn.records.filter((r) => !r.stream.startsWith(`${A}:`));
    const removed = await removeTenant({ directory, stores }, A);

    expect(removed.streams).toEqual({ removed: STREAMS.length, alreadyRemoved: 0 });
    expect(standIn.tombstoneRequests.sort()).toEqual(STREAMS.map((s) => `${A}:${s}`));
    expect(standIn.deleteRequests).toEqual([]);
    expect(standIn.records.filter((r) => !r.stream.startsWith(`${A}:`))).toEqual(othersBefore);
    for (const stream of STREAMS) {
      expect(standIn.tombstoned(`${A}:${stream}`)).toBe(true);
      expect(standIn.tombstoned(`${B}:${stream}`)).toBe(false);
    }
    expect(await directory.byId(A)).toBeNull();
    expect(await schemaExists(A)).toBe(false);
    expect(await directory.byId(B)).toMatchObject({ state: 'active' });
    expect(await schemaExists(B)).toBe(true);
  });

  it('refuses the id again (409 LOG_TAKEN), saying why, and makes nothing', async () => {
    const before = [...standIn.records];
    const refused = await provisionTenant(
      { directory, clock: () => NOW, stores },
      {
        tenantId: A,
        namn: 'Umeå igen',
        kind: 'kommun',
        hosts: [`${A}-igen.sparbar.test`],
        logStore: 'eventstoredb',
        serverUrl: TEST_DATABASE_URL,
        organs: [{ organId: 'kf', namn: 'Kommunfullmäktige', kortnamn: 'KF', typ: 'kommunfullmaktige' }],
      },
      'driftansvarig',
    ).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'LOG_TAKEN', field: 'tenantId' });
    expect((refused as Error).message).toMatch(/raderade för gott.*aldrig namnen skrivas igen.*\$all/);
    expect(await directory.byId(A)).toBeNull();
    expect(await directory.byHost(`${A}-igen.sparbar.test`)).toBeNull();
    expect(await schemaExists(A)).toBe(false);
    expect(standIn.records).toEqual(before);
  });

  it('refuses a prefix with streams no organisation of the directory has (409 LOG_TAKEN)', async () => {
    const E = `vindeln-${run}`;
    standIn.add(`${E}:organ-kf`, 'OrganRegistered');
    const refused = await provisionTenant(
      { directory, clock: () => NOW, stores },
      {
        tenantId: E,
        namn: 'Vindeln',
        kind: 'kommun',
        hosts: [`${E}.sparbar.test`],
        logStore: 'eventstoredb',
        serverUrl: TEST_DATABASE_URL,
        organs: [{ organId: 'kf', namn: 'Kommunfullmäktige', kortnamn: 'KF', typ: 'kommunfullmaktige' }],
      },
      'driftansvarig',
    ).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'LOG_TAKEN', field: 'tenantId' });
    expect((refused as Error).message).toMatch(/redan 1 strömmar med prefixet vindeln-/);
    expect(await directory.byId(E)).toBeNull();
    expect(standIn.tombstoned(`${E}:organ-kf`)).toBe(false);
  });

  it('finishes a removal cut short half-way when run again, counting what went before', async () => {
    await provisioned(C);
    standIn.tombstoneRequests.length = 0;
    standIn.tombstonesBeforeFailure = 1;
    await expect(removeTenant({ directory, stores }, C)).rejects.toThrow();
    standIn.tombstonesBeforeFailure = undefined;
    const cut = STREAMS.filter((s) => standIn.tombstoned(`${C}:${s}`));
    expect(cut).toHaveLength(1);
    // Unreachable meanwhile (its hosts answer as unknown), its read models still there.
    expect(await directory.byId(C)).toMatchObject({ state: 'removing' });
    expect(await schemaExists(C)).toBe(true);

    standIn.tombstoneRequests.length = 0;
    const again = await removeTenant({ directory, stores }, C);
    expect(again.streams).toEqual({ removed: STREAMS.length - 1, alreadyRemoved: 1 });
    expect(standIn.tombstoneRequests.sort()).toEqual(
      STREAMS.filter((s) => !cut.includes(s)).map((s) => `${C}:${s}`),
    );
    for (const stream of STREAMS) expect(standIn.tombstoned(`${C}:${stream}`)).toBe(true);
    expect(await directory.byId(C)).toBeNull();
    expect(await schemaExists(C)).toBe(false);
    expect(recordsOf(B).every((r) => !r.type.startsWith('$'))).toBe(true);
  });

  it('changes nothing while the cluster does not answer (409 SERVER_UNREACHABLE)', async () => {
    const unreachable = { eventStoreDbUrl: 'esdb://127.0.0.1:1?tls=false' };
    await expect(removeTenant({ directory, stores: unreachable }, B)).rejects.toMatchObject({
      code: 'SERVER_UNREACHABLE',
    });
    await expect(removeTenant({ directory }, B)).rejects.toMatchObject({ code: 'SERVER_UNREACHABLE' });
    expect(await directory.byId(B)).toMatchObject({ state: 'active' });
    expect(await schemaExists(B)).toBe(true);
  });

  it('says how many streams it deleted when removed by the CLI', async () => {
    await provisioned(D);
    const env = {
      ...process.env,
      PLATFORM_DATABASE_URL: TEST_DATABASE_URL,
      PLATFORM_SCHEMA: platformSchema,
      PLATFORM_EVENTSTOREDB_URL: stores.eventStoreDbUrl,
    };
    expect(await runPlatformCli(['ta-bort', D], env)).toEqual([
      `${D} borttagen (3 strömmar med prefixet ${D}: raderade för gott i EventStoreDB; schemat ${schemaOf(D)} är raderat)`,
    ]);
    for (const stream of STREAMS) expect(standIn.tombstoned(`${D}:${stream}`)).toBe(true);
    expect(recordsOf(B).filter((r) => r.type === '$streamDeleted')).toEqual([]);
  });
});
