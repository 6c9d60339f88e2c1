/**
 * The tenant directory records where each tenant's log lives (issue 22): a schema on a PostgreSQL
 * server, the installation's EventStoreDB cluster under the tenant's prefix (read models in its schema),
 * or a data folder of its own; and a directory made before log stores existed reads its tenants as on
 * PostgreSQL.
 */
import { randomBytes } from 'node:crypto';
import { TEST_DATABASE_URL, withClient } from '../../../test/support/postgres';
import { defineTenant, PostgresTenantDirectory, type Tenant } from '../src';

const run = randomBytes(3).toString('hex');
const NOW = new Date('2026-03-02T09:00:00Z');
const base = { namn: 'Kommunen', kind: 'kommun' as const };

describe('the tenant directory and log stores', () => {
  const schemas: string[] = [];
  afterAll(async () => {
    await withClient(async (c) => {
      for (const schema of schemas) await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    });
  });

  it('records each kind with its server, prefix or folder, and finds it by id, host and in the list', async () => {
    const schema = `plattform_${run}`;
    schemas.push(schema);
    const directory = await PostgresTenantDirectory.open(TEST_DATABASE_URL, schema);
    try {
      const made: Tenant[] = [
        defineTenant(
          { ...base, tenantId: 'pg-kommun', hosts: ['pg.test'], serverUrl: TEST_DATABASE_URL },
          NOW,
        ),
        defineTenant(
          {
            ...base,
            tenantId: 'es-kommun',
            hosts: ['es.test'],
            logStore: 'eventstoredb',
            serverUrl: TEST_DATABASE_URL,
          },
          NOW,
        ),
        defineTenant(
          {
            ...base,
            tenantId: 'fil-kommun',
            hosts: ['fil.test'],
            logStore: 'embedded',
            dataDir: '/srv/p/tenants/fil-kommun',
          },
          NOW,
        ),
      ];
      for (const tenant of made) await directory.add(tenant);
      const listed = await directory.list();
      expect(listed.map((t) => [t.tenantId, t.logStore, t.serverUrl, t.streamPrefix, t.dataDir])).toEqual([
        ['es-kommun', 'eventstoredb', TEST_DATABASE_URL, 'es-kommun:', null],
        ['fil-kommun', 'embedded', null, null, '/srv/p/tenants/fil-kommun'],
        ['pg-kommun', 'postgres', TEST_DATABASE_URL, null, null],
      ]);
      for (const tenant of made) {
        expect(await directory.byId(tenant.tenantId)).toEqual(tenant);
        expect(await directory.byHost(tenant.hosts[0] as string)).toEqual(tenant);
      }
      // A move's compare-and-set never takes an embedded tenant (it has no server).
      await directory.setState('fil-kommun', 'active');
      expect(await directory.beginMove('fil-kommun', TEST_DATABASE_URL)).toBe(false);
    } finally {
      await directory.close();
    }
  });

  it('reads the tenants of a directory made before log stores existed as on PostgreSQL', async () => {
    const schema = `plattform_old_${run}`;
    schemas.push(schema);
    await withClient(async (c) => {
      await c.query(`CREATE SCHEMA "${schema}"`);
      await c.query(`CREATE TABLE "${schema}".tenants (
        tenant_id text PRIMARY KEY, namn text NOT NULL, server_url text NOT NULL, schema_name text NOT NULL,
        state text NOT NULL, created_at timestamptz NOT NULL, administrators text[] NOT NULL DEFAULT '{}')`);
      await c.query(
        `INSERT INTO "${schema}".tenants VALUES ('gammal', 'Gammal', $1, 'tenant_gammal', 'active', now(), '{}')`,
        [TEST_DATABASE_URL],
      );
    });
    const directory = await PostgresTenantDirectory.open(TEST_DATABASE_URL, schema);
    try {
      expect(await directory.byId('gammal')).toMatchObject({
        logStore: 'postgres',
        serverUrl: TEST_DATABASE_URL,
        streamPrefix: null,
        dataDir: null,
      });
    } finally {
      await directory.close();
    }
  });
});
