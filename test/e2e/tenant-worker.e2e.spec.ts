/**
 * apps/worker in an installation of many organisations: started like any worker, with
 * PLATFORM_DATABASE_URL it serves the directory's tenants (not a store of its own), so a tenant's read
 * models are built without the front ever opening it.
 */
import { randomBytes } from 'node:crypto';
import { openEventStore } from '@sparbar/event-store';
import { PgProjectionDb, versionStatus } from '@sparbar/projections';
import { WORKER_PROJECTIONS } from '@sparbar/runtime';
import { PostgresTenantDirectory, provisionTenant, removeTenant, type Tenant } from '@sparbar/tenancy';
import { testClock } from '../support/clock';
import { createTestSchema, TEST_DATABASE_URL, type TestSchema, withClient } from '../support/postgres';
import { startSecondPostgres, type SecondPostgres } from '../support/second-postgres';
import { eventually, type RunningApp, startWorkerWith } from './support/running-app';

const run = randomBytes(3).toString('hex');
const platformSchema = `plattform_w_${run}`;
const tenantId = `worker-${run}`;

describe('the worker of many organisations', () => {
  let schema: TestSchema;
  let directory: PostgresTenantDirectory;
  let worker: RunningApp | undefined;
  // The tenant on a server of this test's own: on the machine's, shared with other runs, their long
  // transactions hold back what the tenant's log may read.
  let second: SecondPostgres;

  beforeAll(async () => {
    schema = await createTestSchema('e2e');
    second = await startSecondPostgres();
    directory = await PostgresTenantDirectory.open(TEST_DATABASE_URL, platformSchema);
  });

  afterAll(async () => {
    await worker?.app.close();
    for (const t of (await directory?.list()) ?? []) await removeTenant({ directory }, t.tenantId);
    await directory?.close();
    await withClient((c) => c.query(`DROP SCHEMA IF EXISTS "${platformSchema}" CASCADE`));
    await schema?.drop();
    await second?.stop();
  });

  it("builds a tenant's read models from its log, with nothing asked of the front", async () => {
    const tenant: Tenant = await provisionTenant(
      { directory, clock: testClock },
      {
        tenantId,
        namn: 'Kommunen',
        kind: 'kommun',
        hosts: [`${tenantId}.sparbar.test`],
        serverUrl: second.url,
        organs: [{ organId: 'kf', namn: 'Kommunfullmäktige', kortnamn: 'KF', typ: 'kommunfullmaktige' }],
      },
      'test',
    );
    worker = await startWorkerWith({
      DATABASE_URL: schema.connectionString,
      DATABASE_SCHEMA: schema.schema,
      PLATFORM_DATABASE_URL: TEST_DATABASE_URL,
      PLATFORM_SCHEMA: platformSchema,
    });
    expect((await worker.get('/health/ready')).status).toBe(200);
    const { store } = await openEventStore({
      kind: 'postgres',
      url: tenant.serverUrl as string,
      schema: tenant.schema,
    });
    const db = new PgProjectionDb({ connectionString: tenant.serverUrl as string, schema: tenant.schema }, 1);
    try {
      const head = await store.headPosition();
      expect(head).toBeGreaterThan(0);
      const versions = await eventually(
        () => versionStatus(db).catch(() => []),
        (v) => v.length === WORKER_PROJECTIONS.length && v.every((p) => p.checkpoint === head),
      );
      expect(versions.map((v) => v.checkpoint)).toEqual(WORKER_PROJECTIONS.map(() => head));
    } finally {
      await db.close();
      await store.close();
    }
  });
});
