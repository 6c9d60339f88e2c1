/**
 * The tenant directory and provisioning on two PostgreSQL servers: the machine's (TEST_DATABASE_URL) and
 * a second one the test starts (test/support/second-postgres.ts), with one organisation on each.
 */
import { randomBytes } from 'node:crypto';
import { openEventStore } from '@sparbar/event-store';
import { Client } from 'pg';
import { startSecondPostgres, type SecondPostgres } from '../../../test/support/second-postgres';
import { TEST_DATABASE_URL, withClient } from '../../../test/support/postgres';
import { testClock } from '../../../test/support/clock';
import {
  listTenants,
  PostgresTenantDirectory,
  provisionTenant,
  type ProvisionTenantInput,
  removeTenant,
} from '../src';

const run = randomBytes(3).toString('hex');
const clock = testClock;

let second: SecondPostgres;
let directory: PostgresTenantDirectory;
const platformSchema = `plattform_${run}`;

function kommun(id: string, serverUrl: string, host = `${id}.sparbar.test`): ProvisionTenantInput {
  return {
    tenantId: id,
    namn: `Kommunen ${id}`,
    kind: 'kommun',
    hosts: [host],
    serverUrl,
    organs: [
      {
        organId: 'kf',
        namn: 'Kommunfullmäktige',
        kortnamn: 'KF',
        typ: 'kommunfullmaktige',
        parentOrganId: null,
      },
      { organId: 'ks', namn: 'Kommunstyrelsen', kortnamn: 'KS', typ: 'kommunstyrelse', parentOrganId: 'kf' },
    ],
  };
}

async function schemasOn(url: string): Promise<string[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ nspname: string }>(
      `SELECT nspname FROM pg_namespace WHERE nspname LIKE $1 ORDER BY 1`,
      [`tenant_%${run}`],
    );
    return rows.map((r) => r.nspname);
  } finally {
    await client.end();
  }
}

/**
 * The organs registered in a schema's log, with their types: the log up to its head, read as a range
 * (every append before has returned), since `readAll` stops below any transaction still open on the
 * server, in any schema, and another suite's may be.
 */
async function registeredIn(url: string, schema: string): Promise<[string, string][]> {
  const { store } = await openEventStore({ kind: 'postgres', url, schema });
  try {
    const organs: [string, string][] = [];
    for await (const e of store.readRange({ upTo: await store.headPosition() })) {
      if (e.type !== 'OrganRegistered') continue;
      const data = e.data as { organId: string; typ: string };
      organs.push([data.organId, data.typ]);
    }
    return organs;
  } finally {
    await store.close();
  }
}

async function organsIn(url: string, schema: string): Promise<string[]> {
  return (await registeredIn(url, schema)).map(([organId]) => organId);
}

beforeAll(async () => {
  second = await startSecondPostgres();
  directory = await PostgresTenantDirectory.open(TEST_DATABASE_URL, platformSchema);
});

afterAll(async () => {
  for (const tenant of (await directory?.list()) ?? []) await removeTenant({ directory }, tenant.tenantId);
  await directory?.close();
  await withClient((c) => c.query(`DROP SCHEMA IF EXISTS "${platformSchema}" CASCADE`));
  await second?.stop();
});

describe('the tenant directory on two servers', () => {
  const a = `umea-${run}`;
  const b = `lycksele-${run}`;

  it('provisions one organisation on each server, each schema holding only its own organs', async () => {
    const deps = { directory, clock };
    const umea = await provisionTenant(deps, kommun(a, TEST_DATABASE_URL), 'driftansvarig');
    const lycksele = await provisionTenant(deps, kommun(b, second.url), 'driftansvarig');
    expect(umea).toMatchObject({ tenantId: a, state: 'active', schema: `tenant_umea_${run}` });
    expect(await schemasOn(TEST_DATABASE_URL)).toEqual([umea.schema]);
    expect(await schemasOn(second.url)).toEqual([lycksele.schema]);
    expect(await organsIn(TEST_DATABASE_URL, umea.schema)).toEqual(['kf', 'ks']);
    expect(await organsIn(second.url, lycksele.schema)).toEqual(['kf', 'ks']);

    expect(await directory.byHost(`${b}.sparbar.test`)).toMatchObject({ tenantId: b, serverUrl: second.url });
    expect(await directory.byHost('okand.sparbar.test')).toBeNull();
    const listed = await listTenants({ directory });
    expect(listed.map((t) => [t.tenantId, t.events, t.health])).toEqual([
      [b, 2, 'ok'],
      [a, 2, 'ok'],
    ]);
  });

  it('refuses a taken id or host, leaving the directory and the servers as they were', async () => {
    const deps = { directory, clock };
    await expect(provisionTenant(deps, kommun(a, second.url, 'ny.sparbar.test'), 'x')).rejects.toMatchObject({
      code: 'TENANT_EXISTS',
    });
    await expect(
      provisionTenant(deps, kommun(`ny-${run}`, second.url, `${a}.sparbar.test`), 'x'),
    ).rejects.toMatchObject({ code: 'HOST_TAKEN' });
    expect((await directory.list()).map((t) => t.tenantId)).toEqual([b, a]);
    expect(await schemasOn(second.url)).toEqual([`tenant_lycksele_${run}`]);
  });

  it('undoes a provisioning its organ structure refuses: no row, no host, no schema', async () => {
    const broken = kommun(`trasig-${run}`, second.url);
    // Three organs written, the fourth (the same id again) refused by the organ's decider.
    const bun = { organId: 'bun', namn: 'BUN', kortnamn: 'BUN', typ: 'namnd' as const, parentOrganId: 'kf' };
    broken.organs = [...broken.organs, bun, bun];
    await expect(provisionTenant({ directory, clock }, broken, 'x')).rejects.toMatchObject({
      code: 'ORGAN_ALREADY_REGISTERED',
    });
    expect(await directory.byId(broken.tenantId)).toBeNull();
    expect(await directory.byHost(broken.hosts[0]!)).toBeNull();
    expect(await schemasOn(second.url)).toEqual([`tenant_lycksele_${run}`]);
  });

  it("provisions a kommun with a kommun's organ types, and refuses a region's for it before making anything", async () => {
    const deps = { directory, clock };
    const id = `vindeln-${run}`;
    const vindeln = kommun(id, TEST_DATABASE_URL);
    vindeln.organs = [
      ...vindeln.organs,
      {
        organId: 'bun',
        namn: 'Barn- och utbildningsnämnden',
        kortnamn: 'BUN',
        typ: 'namnd',
        parentOrganId: 'kf',
      },
      { organId: 'bostader', namn: 'Vindelnbostäder AB', kortnamn: 'VB', typ: 'bolag', parentOrganId: 'ks' },
    ];
    const provisioned = await provisionTenant(deps, vindeln, 'driftansvarig');
    expect(provisioned).toMatchObject({ kind: 'kommun', state: 'active' });
    expect(await directory.byId(id)).toMatchObject({ kind: 'kommun' });
    expect(await registeredIn(TEST_DATABASE_URL, provisioned.schema)).toEqual([
      ['kf', 'kommunfullmaktige'],
      ['ks', 'kommunstyrelse'],
      ['bun', 'namnd'],
      ['bostader', 'bolag'],
    ]);
    await removeTenant({ directory }, id);

    const asRegion = { ...kommun(`storuman-${run}`, second.url), kind: 'region' as const };
    await expect(provisionTenant(deps, asRegion, 'x')).rejects.toMatchObject({
      code: 'INVALID_TENANT',
      field: 'organs[0].typ',
      message: expect.stringContaining('kommunfullmäktige, som en region inte har'),
    });
    const regionTypes = kommun(`sorsele-${run}`, second.url);
    regionTypes.organs = regionTypes.organs.map((o, i) => ({
      ...o,
      typ: i === 0 ? 'regionfullmaktige' : 'regionstyrelse',
    }));
    await expect(provisionTenant(deps, regionTypes, 'x')).rejects.toMatchObject({
      code: 'INVALID_TENANT',
      field: 'organs[0].typ',
    });
    expect((await directory.list()).map((t) => t.tenantId)).toEqual([b, a]);
    expect(await schemasOn(second.url)).toEqual([`tenant_lycksele_${run}`]);
  });

  it('removes an organisation with its schema, its hosts free again; the other is untouched', async () => {
    await removeTenant({ directory }, b);
    expect(await schemasOn(second.url)).toEqual([]);
    expect(await directory.byHost(`${b}.sparbar.test`)).toBeNull();
    expect(await organsIn(TEST_DATABASE_URL, `tenant_umea_${run}`)).toEqual(['kf', 'ks']);
    await expect(removeTenant({ directory }, b)).rejects.toMatchObject({ code: 'TENANT_NOT_FOUND' });
  });

  it('shows a tenant whose server does not answer as unreachable', async () => {
    const gone = await startSecondPostgres();
    await provisionTenant({ directory, clock }, kommun(`borta-${run}`, gone.url), 'x');
    await gone.stop();
    const listed = await listTenants({ directory });
    expect(listed.find((t) => t.tenantId === `borta-${run}`)).toMatchObject({
      health: 'unreachable',
      events: null,
    });
    await directory.delete(`borta-${run}`);
  });
});
