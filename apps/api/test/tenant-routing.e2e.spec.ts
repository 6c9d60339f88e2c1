/**
 * Many organisations in one installation (issue 22): each request goes, by its host, to its tenant's
 * application, on the tenant's own schema, one tenant on each of two PostgreSQL servers. Each sees only
 * its own data; a token of one tenant is refused on another's host and writes nothing there; a host no
 * tenant has reaches nothing of any tenant.
 */
import { randomBytes } from 'node:crypto';
import { type OpenAPIObject } from '@nestjs/swagger';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { authSettingsFromEnv, issueDevToken } from '@sparbar/auth';
import { issuePlatformToken, platformKey } from '@sparbar/tenancy';
import { runPlatformCli } from '@sparbar/tenancy/cli';
import { startSecondPostgres, type SecondPostgres } from '../../../test/support/second-postgres';
import { TEST_DATABASE_URL, withClient } from '../../../test/support/postgres';
import { type ApiHarness, DEV_SECRET, eventually, startTestApi } from './support/api-harness';
import { type Operation, plausible, writeOperations } from './hostile/requests';
import { requestOnHost } from './support/tenant-hosts';

/** Every read (GET) of the description, its path parameters filled from their examples. */
function readOperations(document: OpenAPIObject): Pick<Operation, 'method' | 'template' | 'path' | 'body'>[] {
  return Object.entries(document.paths).flatMap(([template, item]) => {
    const get = (
      item as { get?: { parameters?: { in: string; name: string; schema?: { example?: unknown } }[] } }
    ).get;
    if (!get) return [];
    const path = (get.parameters ?? [])
      .filter((p) => p.in === 'path')
      .reduce(
        (p, param) => p.replace(`{${param.name}}`, encodeURIComponent(String(param.schema?.example ?? 'x'))),
        template,
      );
    return [{ method: 'GET', template, path, body: undefined }];
  });
}

const PLATFORM_SECRET = 'platform-secret-for-the-tests-0123456789abcdef';
const run = randomBytes(3).toString('hex');
const platformSchema = `plattform_${run}`;
const A = `umea-${run}`;
const B = `lycksele-${run}`;
const hostOf = (tenantId: string) => `${tenantId}.sparbar.test`;

const kommun = (tenantId: string, serverUrl: string) => ({
  tenantId,
  namn: `Kommunen ${tenantId}`,
  kind: 'kommun',
  hosts: [hostOf(tenantId)],
  serverUrl,
  organs: [{ organId: 'kf', namn: 'Kommunfullmäktige', kortnamn: 'KF', typ: 'kommunfullmaktige' }],
  administrators: [`it-${tenantId}`],
});

describe('requests routed by host to their organisation', () => {
  let api: ApiHarness;
  let second: SecondPostgres;
  const settings = authSettingsFromEnv(
    { AUTH_DEV_SECRET: DEV_SECRET },
    mkdtempSync(join(tmpdir(), 'sparbar-')),
  );
  const adminOf = (tenantId: string) =>
    issueDevToken(settings, { personId: 'person-admin', roles: ['admin'], organId: null }, '1h', tenantId);
  const on = (tenantId: string, method: string, path: string, options?: { token?: string; body?: unknown }) =>
    requestOnHost(api.url, hostOf(tenantId), method, path, options);

  const eventsOf = async (tenantId: string) => {
    const token = await issuePlatformToken(platformKey(PLATFORM_SECRET), 'driftansvarig');
    const listed = await api.request('GET', '/api/plattform/organisationer', {
      headers: { authorization: `Bearer ${token}` },
    });
    return listed.body.find((t: { tenantId: string }) => t.tenantId === tenantId).events as number;
  };

  beforeAll(async () => {
    second = await startSecondPostgres();
    api = await startTestApi({
      PLATFORM_DATABASE_URL: TEST_DATABASE_URL,
      PLATFORM_SCHEMA: platformSchema,
      PLATFORM_SECRET,
    });
    const token = await issuePlatformToken(platformKey(PLATFORM_SECRET), 'driftansvarig');
    const platform = { headers: { authorization: `Bearer ${token}` } };
    for (const [tenantId, url] of [
      [A, TEST_DATABASE_URL],
      [B, second.url],
    ] as const) {
      const provisioned = await api.request('POST', '/api/plattform/organisationer', {
        ...platform,
        body: kommun(tenantId, url),
      });
      expect(provisioned.status).toBe(201);
    }
  });

  afterAll(async () => {
    await api?.close();
    await withClient(async (c) => {
      await c.query(`DROP SCHEMA IF EXISTS "${platformSchema}" CASCADE`);
      await c.query(`DROP SCHEMA IF EXISTS "tenant_umea_${run}" CASCADE`);
    });
    await second?.stop();
  });

  it('lets each organisation see and write only its own data', async () => {
    const adminA = await adminOf(A);
    const adminB = await adminOf(B);
    const written = await on(A, 'POST', '/api/organs', {
      token: adminA,
      body: { organId: 'bara-umea', namn: 'Bara i Umeå', kortnamn: 'BU', typ: 'namnd', parentOrganId: 'kf' },
    });
    expect(written.status).toBe(201);
    const ids = (answer: { body: { organId: string }[] }) => answer.body.map((o) => o.organId);
    // The list follows the log's global order, which any transaction open on the server (another
    // suite's, in any schema) holds back for a moment: the organs provisioned by the front show then.
    const listed = (tenantId: string, token: string) =>
      eventually(
        () => on(tenantId, 'GET', '/api/organs', { token }),
        (answer) => answer.status !== 200 || ids(answer).includes('kf'),
      );
    const organsA = await listed(A, adminA);
    const organsB = await listed(B, adminB);
    expect(organsA.status).toBe(200);
    expect(organsB.status).toBe(200);
    expect(ids(organsA)).toContain('bara-umea');
    expect(ids(organsA)).toContain('kf');
    expect(ids(organsB)).toContain('kf');
    expect(ids(organsB)).not.toContain('bara-umea');
  });

  it("refuses one organisation's token on another's host, and it writes nothing there", async () => {
    const adminA = await adminOf(A);
    const adminB = await adminOf(B);
    const before = await on(B, 'GET', '/api/organs', { token: adminB });
    const read = await on(B, 'GET', '/api/organs', { token: adminA });
    expect(read.status).toBe(401);
    expect(read.body).toMatchObject({
      code: 'UNAUTHENTICATED',
      detail: 'Token gäller inte den här organisationen.',
    });
    const write = await on(B, 'POST', '/api/organs', {
      token: adminA,
      body: { organId: 'fran-umea', namn: 'Från Umeå', kortnamn: 'FU', typ: 'namnd', parentOrganId: 'kf' },
    });
    expect(write.status).toBe(401);
    // A token without a tenant (a single organisation's) counts on no tenant's host.
    expect((await on(A, 'GET', '/api/organs', { token: await api.token('person-admin') })).status).toBe(401);
    expect((await on(B, 'GET', '/api/organs', { token: adminB })).body).toEqual(before.body);
  });

  it("signs in locally on a tenant's host with a token for that tenant only", async () => {
    const signIn = await on(A, 'POST', '/api/auth/dev-token', { body: { personId: 'person-admin' } });
    expect(signIn.status).toBe(200);
    expect((await on(A, 'GET', '/api/organs', { token: signIn.body.token })).status).toBe(200);
    expect((await on(B, 'GET', '/api/organs', { token: signIn.body.token })).status).toBe(401);
  });

  it("makes a tenant's first administrators admin there only, while its register does not know them", async () => {
    const itA = { personId: `it-${A}`, roles: [], organId: null };
    const onA = await on(A, 'GET', '/api/organs', { token: await issueDevToken(settings, itA, '1h', A) });
    expect(onA.status).toBe(200);
    const onB = await on(B, 'GET', '/api/organs', { token: await issueDevToken(settings, itA, '1h', B) });
    expect(onB.status).toBe(403);
  });

  it('answers a host no organisation has with 421, keeping the platform routes and health', async () => {
    for (const host of ['okand.sparbar.test', '127.0.0.1']) {
      for (const path of ['/api/organs', '/', '/api/docs-json']) {
        const answer = await requestOnHost(api.url, host, 'GET', path, { token: await adminOf(A) });
        expect(answer.status).toBe(421);
        expect(answer.body).toMatchObject({ code: 'UNKNOWN_HOST' });
      }
    }
    expect((await requestOnHost(api.url, 'okand.sparbar.test', 'GET', '/health/live')).status).toBe(200);
  });

  it("refuses every operation of the API description with A's token on B's host, and B's log gains nothing", async () => {
    const adminA = await adminOf(A);
    const document = (await on(B, 'GET', '/api/docs-json')).body as OpenAPIObject;
    const writes = writeOperations(document);
    const reads = readOperations(document);
    expect(writes.length).toBeGreaterThanOrEqual(40);
    expect(reads.length).toBeGreaterThanOrEqual(30);
    const before = await eventsOf(B);
    const guarded: string[] = [];
    for (const op of [...reads, ...writes]) {
      const body = op.method === 'GET' ? undefined : plausible(op.body);
      // Routes anyone may call (the sign-in, open data, the description) answer B's own public data alike.
      const anonymous = await on(B, op.method, op.path, { body });
      if (anonymous.status !== 401) continue;
      guarded.push(`${op.method} ${op.template}`);
      // Also on A's ids: the organ only A has, in every id a path names.
      for (const path of [op.path, op.template.replace(/\{[^}]+\}/g, 'bara-umea')]) {
        const answer = await on(B, op.method, path, { token: adminA, body });
        const what = `${op.method} ${path}`;
        expect({ what, status: answer.status }).toEqual({ what, status: 401 });
      }
    }
    expect(guarded.length).toBeGreaterThanOrEqual(60);
    expect(await eventsOf(B)).toBe(before);
  });

  it('stops answering on the host of an organisation that was removed', async () => {
    expect((await on(B, 'GET', '/api/organs', { token: await adminOf(B) })).status).toBe(200);
    const token = await issuePlatformToken(platformKey(PLATFORM_SECRET), 'driftansvarig');
    const removed = await api.request('DELETE', `/api/plattform/organisationer/${B}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(removed.status).toBe(204);
    expect((await on(B, 'GET', '/api/organs', { token: await adminOf(B) })).status).toBe(421);
    expect((await on(A, 'GET', '/api/organs', { token: await adminOf(A) })).status).toBe(200);
  });

  it('stops answering at once when another process (the CLI) removes an organisation', async () => {
    // The front has A's host in its cache of lookups now; the CLI's change reaches it by NOTIFY.
    expect((await on(A, 'GET', '/api/organs', { token: await adminOf(A) })).status).toBe(200);
    const env = { ...process.env, PLATFORM_DATABASE_URL: TEST_DATABASE_URL, PLATFORM_SCHEMA: platformSchema };
    expect(await runPlatformCli(['ta-bort', A], env)).toEqual([
      `${A} borttagen (schemat tenant_umea_${run} är raderat)`,
    ]);
    const answer = await on(A, 'GET', '/api/organs', { token: await adminOf(A) });
    expect(answer.status).toBe(421);
    expect(answer.body).toMatchObject({ code: 'UNKNOWN_HOST' });
  });
});
