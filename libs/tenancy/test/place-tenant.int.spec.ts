/**
 * Provisioning without a server: the tenant goes to the installation's server with room (the fewest
 * tenants, under the limit, answering), on two PostgreSQL servers; none with room refuses and makes nothing.
 */
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { startSecondPostgres, type SecondPostgres } from '../../../test/support/second-postgres';
import { TEST_DATABASE_URL, withClient } from '../../../test/support/postgres';
import { testClock } from '../../../test/support/clock';
import {
  type Placement,
  PostgresTenantDirectory,
  provisionTenant,
  type ProvisionTenantInput,
  removeTenant,
  TenancyError,
} from '../src';

const run = randomBytes(3).toString('hex');
const platformSchema = `plattform_place_${run}`;
let second: SecondPostgres;
let directory: PostgresTenantDirectory;

function kommun(id: string): ProvisionTenantInput {
  return {
    tenantId: `${id}-${run}`,
    namn: `Kommunen ${id}`,
    kind: 'kommun',
    hosts: [`${id}-${run}.sparbar.test`],
    organs: [
      {
        organId: 'kf',
        namn: 'Kommunfullmäktige',
        kortnamn: 'KF',
        typ: 'kommunfullmaktige',
        parentOrganId: null,
      },
    ],
  };
}

async function hasSchema(url: string, schema: string): Promise<boolean> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
    return rows.length === 1;
  } finally {
    await client.end();
  }
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

it('places tenants on the emptiest server in turn, and refuses one when no server has room', async () => {
  const placement: Placement = { servers: [TEST_DATABASE_URL, second.url], perServer: 1 };
  const deps = { directory, clock: testClock, placement };

  const first = await provisionTenant(deps, kommun('umea'), 'anna');
  expect(first.serverUrl).toBe(TEST_DATABASE_URL);
  const next = await provisionTenant(deps, kommun('lulea'), 'anna');
  expect(next.serverUrl).toBe(second.url);
  expect(await hasSchema(second.url, next.schema)).toBe(true);

  const refused = await provisionTenant(deps, kommun('pitea'), 'anna').catch((e: unknown) => e);
  expect(refused).toBeInstanceOf(TenancyError);
  expect(refused).toMatchObject({ code: 'NO_ROOM', field: 'serverUrl' });
  expect((await directory.list()).map((t) => t.tenantId).sort()).toEqual(
    [first.tenantId, next.tenantId].sort(),
  );
  expect(await hasSchema(TEST_DATABASE_URL, `tenant_pitea_${run}`)).toBe(false);
  expect(await hasSchema(second.url, `tenant_pitea_${run}`)).toBe(false);

  // A tenant that names its server goes there whatever the limit.
  const named = await provisionTenant(deps, { ...kommun('kiruna'), serverUrl: second.url }, 'anna');
  expect(named.serverUrl).toBe(second.url);
});

it('passes over a server with room that does not answer', async () => {
  const down = 'postgres://postgres@127.0.0.1:1/test';
  const placement: Placement = { servers: [down, second.url] };
  const tenant = await provisionTenant({ directory, clock: testClock, placement }, kommun('boden'), 'anna');
  expect(tenant.serverUrl).toBe(second.url);
});
