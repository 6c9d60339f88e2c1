/**
 * Thirty organisations open at once in one API process, all on one PostgreSQL server allowing 100
 * connections (issue 22): with a pool per tenant the fifth or sixth tenant's application could no longer
 * open; with one pool per server shared by all tenants the connections stay at the pool's size, plus one
 * LISTEN and one notifying connection, however many tenants are open.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { authSettingsFromEnv, issueDevToken } from '@sparbar/auth';
import { issuePlatformToken, platformKey } from '@sparbar/tenancy';
import { Client } from 'pg';
import { startSecondPostgres, type SecondPostgres } from '../../../test/support/second-postgres';
import { TEST_DATABASE_URL, withClient } from '../../../test/support/postgres';
import { type ApiHarness, DEV_SECRET, startTestApi } from './support/api-harness';
import { requestOnHost } from './support/tenant-hosts';

const PLATFORM_SECRET = 'platform-secret-for-the-tests-0123456789abcdef';
const TENANTS = 30;
const POOL_MAX = 6;
const run = randomBytes(3).toString('hex');
const platformSchema = `plattform_${run}`;
const tenantIds = Array.from({ length: TENANTS }, (_, i) => `kommun${i}-${run}`);
const hostOf = (tenantId: string) => `${tenantId}.sparbar.test`;

describe('thirty organisations open in one process', () => {
  let api: ApiHarness;
  let second: SecondPostgres;
  const settings = authSettingsFromEnv(
    { AUTH_DEV_SECRET: DEV_SECRET },
    mkdtempSync(join(tmpdir(), 'sparbar-')),
  );

  /** The connections on the second server, by the name they gave (pg_stat_activity). */
  const connectionsOnSecond = async () => {
    const client = new Client({ connectionString: second.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ name: string; n: string }>(
        `SELECT application_name AS name, count(*) AS n FROM pg_stat_activity
          WHERE backend_type = 'client backend' AND pid <> pg_backend_pid() GROUP BY 1`,
      );
      return Object.fromEntries(rows.map((r) => [r.name, Number(r.n)]));
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    second = await startSecondPostgres();
    api = await startTestApi({
      PLATFORM_DATABASE_URL: TEST_DATABASE_URL,
      PLATFORM_SCHEMA: platformSchema,
      PLATFORM_SECRET,
      TENANT_POOL_MAX: String(POOL_MAX),
      TENANT_APPS_MAX: String(TENANTS),
      // The API alone: a worker per tenant holds its leases on connections of its own (not pooled).
      RUN_WORKER: 'false',
    });
    const token = await issuePlatformToken(platformKey(PLATFORM_SECRET), 'driftansvarig');
    for (const tenantId of tenantIds) {
      const provisioned = await api.request('POST', '/api/plattform/organisationer', {
        headers: { authorization: `Bearer ${token}` },
        body: {
          tenantId,
          namn: `Kommunen ${tenantId}`,
          kind: 'kommun',
          hosts: [hostOf(tenantId)],
          serverUrl: second.url,
          organs: [{ organId: 'kf', namn: 'Kommunfullmäktige', kortnamn: 'KF', typ: 'kommunfullmaktige' }],
          administrators: [`it-${tenantId}`],
        },
      });
      expect(provisioned.status).toBe(201);
    }
  }, 300_000);

  afterAll(async () => {
    await api?.close();
    await withClient((c) => c.query(`DROP SCHEMA IF EXISTS "${platformSchema}" CASCADE`));
    await second?.stop();
  });

  it('serves every one of them at once on the shared pool’s connections', async () => {
    const answers = await Promise.all(
      tenantIds.map(async (tenantId) => {
        const token = await issueDevToken(
          settings,
          { personId: 'person-admin', roles: ['admin'], organId: null },
          '1h',
          tenantId,
        );
        const written = await requestOnHost(api.url, hostOf(tenantId), 'POST', '/api/organs', {
          token,
          body: {
            organId: 'egen',
            namn: `Egen ${tenantId}`,
            kortnamn: 'E',
            typ: 'namnd',
            parentOrganId: 'kf',
          },
        });
        const organs = await requestOnHost(api.url, hostOf(tenantId), 'GET', '/api/organs', { token });
        return {
          tenantId,
          written: written.status,
          organs: organs.status,
          body: organs.body,
          // Shown beside a refusal, to say why.
          refusal: written.status === 201 ? undefined : written.text,
        };
      }),
    );

    for (const answer of answers) {
      expect(answer).toMatchObject({ written: 201, organs: 200, refusal: undefined });
      const named = answer.body.filter((o: { organId: string }) => o.organId === 'egen');
      expect(named.map((o: { namn: string }) => o.namn)).toEqual([`Egen ${answer.tenantId}`]);
    }
    const held = await connectionsOnSecond();
    expect(held['sparbar-tenants']).toBeLessThanOrEqual(POOL_MAX);
    expect(held['sparbar-tenants-listen'] ?? 0).toBeLessThanOrEqual(1);
    expect(held['sparbar-tenants-notify']).toBe(1);
    const total = Object.values(held).reduce((sum, n) => sum + n, 0);
    expect(total).toBeLessThanOrEqual(POOL_MAX + 2);
  }, 300_000);
});
