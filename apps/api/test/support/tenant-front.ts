/**
 * The front of an installation of many organisations for a test: the API started with a tenant
 * directory in a platform schema of its own, tenants provisioned through the platform API, and every
 * schema the test made dropped at the end. Tenants here live on the machine's server; the isolation
 * across two servers is tenant-routing.e2e.spec.ts's.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { authSettingsFromEnv, issueDevToken } from '@sparbar/auth';
import { type Environment } from '@sparbar/config';
import { issuePlatformToken, platformKey } from '@sparbar/tenancy';
import { TEST_DATABASE_URL, withClient } from '../../../../test/support/postgres';
import { type Answer, type ApiHarness, DEV_SECRET, startTestApi } from './api-harness';
import { type HostAnswer, requestOnHost } from './tenant-hosts';

const PLATFORM_SECRET = 'platform-secret-for-the-tests-0123456789abcdef';

export interface TenantFront {
  api: ApiHarness;
  /** A run-unique tenant id from a readable stem (`umea` → `umea-3fa9c1`). */
  idOf(stem: string): string;
  hostOf(tenantId: string): string;
  /** POST /api/plattform/organisationer as the platform administrator. */
  provision(body: Record<string, unknown>): Promise<Answer>;
  /** GET /api/plattform/organisationer: the directory's tenants with their events. */
  list(): Promise<{ tenantId: string; events: number; [field: string]: unknown }[]>;
  /** A development token of the tenant (its `tenant` claim) for one of the development people. */
  tokenOf(tenantId: string, personId?: string): Promise<string>;
  on(
    tenantId: string,
    method: string,
    path: string,
    options?: { token?: string; body?: unknown },
  ): Promise<HostAnswer>;
  close(): Promise<void>;
}

/** A kommun with kommunfullmäktige, kommunstyrelsen and one nämnd. */
export function kommunBody(tenantId: string, host: string): Record<string, unknown> {
  return {
    tenantId,
    namn: `Kommunen ${tenantId}`,
    kind: 'kommun',
    hosts: [host],
    serverUrl: TEST_DATABASE_URL,
    organs: [
      { organId: 'kf', namn: 'Kommunfullmäktige', kortnamn: 'KF', typ: 'kommunfullmaktige' },
      { organId: 'ks', namn: 'Kommunstyrelsen', kortnamn: 'KS', typ: 'kommunstyrelse', parentOrganId: 'kf' },
      {
        organId: 'bun',
        namn: 'Barn- och utbildningsnämnden',
        kortnamn: 'BUN',
        typ: 'namnd',
        parentOrganId: 'kf',
      },
    ],
  };
}

export async function startTenantFront(env: Environment = {}): Promise<TenantFront> {
  const run = randomBytes(3).toString('hex');
  const platformSchema = `plattform_${run}`;
  const api = await startTestApi({
    PLATFORM_DATABASE_URL: TEST_DATABASE_URL,
    PLATFORM_SCHEMA: platformSchema,
    PLATFORM_SECRET,
    ...env,
  });
  const settings = authSettingsFromEnv(
    { AUTH_DEV_SECRET: DEV_SECRET },
    mkdtempSync(join(tmpdir(), 'sparbar-')),
  );
  const made: string[] = [];
  const platform = async () => ({
    authorization: `Bearer ${await issuePlatformToken(platformKey(PLATFORM_SECRET), 'driftansvarig')}`,
  });
  return {
    api,
    idOf: (stem) => `${stem}-${run}`,
    hostOf: (tenantId) => `${tenantId}.sparbar.test`,
    async provision(body) {
      made.push(String(body.tenantId));
      return api.request('POST', '/api/plattform/organisationer', { headers: await platform(), body });
    },
    async list() {
      const answer = await api.request('GET', '/api/plattform/organisationer', { headers: await platform() });
      return answer.body;
    },
    tokenOf: async (tenantId, personId = 'person-admin') =>
      issueDevToken(settings, { personId, roles: [], organId: null }, '1h', tenantId),
    on: (tenantId, method, path, options) =>
      requestOnHost(api.url, `${tenantId}.sparbar.test`, method, path, options),
    async close() {
      await api.close();
      await withClient(async (c) => {
        await c.query(`DROP SCHEMA IF EXISTS "${platformSchema}" CASCADE`);
        for (const tenantId of made) {
          await c.query(`DROP SCHEMA IF EXISTS "tenant_${tenantId.replace(/-/g, '_')}" CASCADE`);
        }
      });
    },
  };
}
