/**
 * Embedded organisations in an installation of many (issue 22: "a data folder per tenant embedded"):
 * two kommuner provisioned with `logStore: 'embedded'` through the platform API, each in its own folder
 * under PLATFORM_DATA_DIR, opened by the front's process alone, which runs their workers too. Each is
 * written to and read on its own host; one's token is refused on the other's host for every operation
 * of the API description, writing nothing; the list shows their size and health; an export verifies;
 * a move is refused; the CLI keeps out of a folder the front has open; removal deletes the folder.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type OpenAPIObject } from '@nestjs/swagger';
import { authSettingsFromEnv, issueDevToken } from '@sparbar/auth';
import { issuePlatformToken, platformKey } from '@sparbar/tenancy';
import { runPlatformCli } from '@sparbar/tenancy/cli';
import { TEST_DATABASE_URL, withClient } from '../../../test/support/postgres';
import { type Operation, plausible, writeOperations } from './hostile/requests';
import { type ApiHarness, DEV_SECRET, startTestApi } from './support/api-harness';
import { requestOnHost } from './support/tenant-hosts';

const PLATFORM_SECRET = 'platform-secret-for-the-tests-0123456789abcdef';
const run = randomBytes(3).toString('hex');
const platformSchema = `plattform_${run}`;
const A = `umea-${run}`;
const B = `lycksele-${run}`;
const hostOf = (tenantId: string) => `${tenantId}.sparbar.test`;
const ORGANISATIONER = '/api/plattform/organisationer';

const embeddedKommun = (tenantId: string, extra: Record<string, unknown> = {}) => ({
  tenantId,
  namn: `Kommunen ${tenantId}`,
  kind: 'kommun',
  logStore: 'embedded',
  hosts: [hostOf(tenantId)],
  organs: [{ organId: 'kf', namn: 'Kommunfullmäktige', kortnamn: 'KF', typ: 'kommunfullmaktige' }],
  ...extra,
});

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

describe('embedded organisations, each in a data folder of its own', () => {
  let api: ApiHarness;
  const dataDir = mkdtempSync(join(tmpdir(), 'sparbar-plattform-'));
  const folderOf = (tenantId: string) => join(dataDir, 'tenants', tenantId);
  const settings = authSettingsFromEnv(
    { AUTH_DEV_SECRET: DEV_SECRET },
    mkdtempSync(join(tmpdir(), 'sparbar-')),
  );
  const adminOf = (tenantId: string) =>
    issueDevToken(settings, { personId: 'person-admin', roles: ['admin'], organId: null }, '1h', tenantId);
  const on = (tenantId: string, method: string, path: string, options?: { token?: string; body?: unknown }) =>
    requestOnHost(api.url, hostOf(tenantId), method, path, options);
  const env = {
    PLATFORM_DATABASE_URL: TEST_DATABASE_URL,
    PLATFORM_SCHEMA: platformSchema,
    PLATFORM_SECRET,
    PLATFORM_DATA_DIR: dataDir,
  };
  const platform = async () => ({
    headers: {
      authorization: `Bearer ${await issuePlatformToken(platformKey(PLATFORM_SECRET), 'driftansvarig')}`,
    },
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const listed = async (tenantId: string): Promise<any> =>
    (await api.request('GET', ORGANISATIONER, await platform())).body.find(
      (t: { tenantId: string }) => t.tenantId === tenantId,
    );
  const organIds = async (tenantId: string) =>
    (await on(tenantId, 'GET', '/api/organs', { token: await adminOf(tenantId) })).body.map(
      (o: { organId: string }) => o.organId,
    );

  beforeAll(async () => {
    api = await startTestApi(env);
    for (const tenantId of [A, B]) {
      const provisioned = await api.request('POST', ORGANISATIONER, {
        ...(await platform()),
        body: embeddedKommun(tenantId),
      });
      expect(provisioned.status).toBe(201);
    }
  });

  afterAll(async () => {
    await api?.close();
    await withClient((c) => c.query(`DROP SCHEMA IF EXISTS "${platformSchema}" CASCADE`));
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('records each in the directory with its own folder and no server', async () => {
    for (const tenantId of [A, B]) {
      const tenant = await listed(tenantId);
      expect(tenant).toMatchObject({
        logStore: 'embedded',
        server: null,
        streamPrefix: null,
        dataDir: folderOf(tenantId),
        state: 'active',
      });
      expect(existsSync(join(folderOf(tenantId), 'eventstore', 'PG_VERSION'))).toBe(true);
    }
    expect(folderOf(A)).not.toBe(folderOf(B));
  });

  it('refuses a log store the installation does not have, or a server for an embedded one, naming the field', async () => {
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ logStore: 'eventstoredb', serverUrl: TEST_DATABASE_URL }, 'logStore', /PLATFORM_EVENTSTOREDB_URL/],
      [{ logStore: 'sqlite' }, 'logStore', /logStore/],
      [{ serverUrl: TEST_DATABASE_URL }, 'serverUrl', /ingen server/],
    ];
    for (const [extra, field, reason] of cases) {
      const tenantId = `fel-${run}`;
      const refused = await api.request('POST', ORGANISATIONER, {
        ...(await platform()),
        body: embeddedKommun(tenantId, extra),
      });
      expect({ extra, status: refused.status }).toEqual({ extra, status: 400 });
      expect(refused.body).toMatchObject({
        code: 'VALIDATION_FAILED',
        errors: [expect.objectContaining({ field, reason: expect.stringMatching(reason) })],
      });
      expect(await listed(tenantId)).toBeUndefined();
      expect(existsSync(folderOf(tenantId))).toBe(false);
    }
  });

  it('lets each organisation write and read only its own data on its own host', async () => {
    const written = await on(A, 'POST', '/api/organs', {
      token: await adminOf(A),
      body: { organId: 'bara-umea', namn: 'Bara i Umeå', kortnamn: 'BU', typ: 'namnd', parentOrganId: 'kf' },
    });
    expect(written.status).toBe(201);
    expect(await organIds(A)).toEqual(expect.arrayContaining(['kf', 'bara-umea']));
    expect(await organIds(B)).toContain('kf');
    expect(await organIds(B)).not.toContain('bara-umea');
  });

  it('lists both with their size on disk, their health and their events', async () => {
    for (const tenantId of [A, B]) {
      const tenant = await listed(tenantId);
      expect(tenant.health).toBe('ok');
      expect(tenant.bytes).toBeGreaterThan(1_000_000);
      expect(tenant.events).toBeGreaterThan(0);
    }
    // A's organ is in A's log alone.
    expect((await listed(A)).events).toBeGreaterThan((await listed(B)).events);
  });

  it("refuses every operation of the API description with A's token on B's host, and B's log gains nothing", async () => {
    const adminA = await adminOf(A);
    const document = (await on(B, 'GET', '/api/docs-json')).body as OpenAPIObject;
    const operations = [...readOperations(document), ...writeOperations(document)];
    expect(operations.length).toBeGreaterThanOrEqual(70);
    const before = (await listed(B)).events;
    const guarded: string[] = [];
    for (const op of operations) {
      const body = op.method === 'GET' ? undefined : plausible(op.body);
      const anonymous = await on(B, op.method, op.path, { body });
      if (anonymous.status !== 401) continue;
      guarded.push(`${op.method} ${op.template}`);
      for (const path of [op.path, op.template.replace(/\{[^}]+\}/g, 'bara-umea')]) {
        const answer = await on(B, op.method, path, { token: adminA, body });
        const what = `${op.method} ${path}`;
        expect({ what, status: answer.status }).toEqual({ what, status: 401 });
      }
    }
    expect(guarded.length).toBeGreaterThanOrEqual(60);
    expect((await listed(B)).events).toBe(before);
    expect(await organIds(B)).not.toContain('bara-umea');
  });

  it("exports an organisation's log from the folder the front has open, and the file verifies", async () => {
    const answer = await api.request('GET', `${ORGANISATIONER}/${A}/export`, await platform());
    expect(answer.status).toBe(200);
    const lines = answer.text.trim().split('\n');
    const events = lines.slice(0, -1).map((line) => JSON.parse(line));
    expect(events.map((e) => e.data.organId)).toContain('bara-umea');
    expect(events.length).toBe((await listed(A)).events);
    const file = join(dataDir, `${A}.ndjson`);
    writeFileSync(file, answer.text);
    const verified = await runPlatformCli(['verifiera', file], { ...process.env, ...env });
    expect(verified[0]).toMatch(new RegExp(`kedjan stämmer, ${events.length} händelser`));
  });

  it('refuses to move an embedded organisation, changing nothing', async () => {
    const moved = await api.request('POST', `${ORGANISATIONER}/${A}/flytt`, {
      ...(await platform()),
      body: { serverUrl: TEST_DATABASE_URL },
    });
    expect(moved.status).toBe(409);
    expect(moved.body).toMatchObject({ code: 'NOT_MOVABLE' });
    expect(moved.body.detail).toMatch(/egen datamapp.*bara en organisation med loggen i PostgreSQL/);
    expect(await listed(A)).toMatchObject({ state: 'active', logStore: 'embedded' });
    expect(await organIds(A)).toContain('bara-umea');
  });

  it('keeps the CLI out of a folder the front has open', async () => {
    const cliEnv = { ...process.env, ...env, PLATFORM_ADMINISTRATOR: 'driftansvarig' };
    await expect(runPlatformCli(['ta-bort', A], cliEnv)).rejects.toThrow(
      /öppen i en annan process .*plattformens API/,
    );
    await expect(runPlatformCli(['exportera', A, join(dataDir, 'cli.ndjson')], cliEnv)).rejects.toThrow(
      /öppen i en annan process/,
    );
    expect(existsSync(join(dataDir, 'cli.ndjson'))).toBe(false);
    expect(await listed(A)).toMatchObject({ state: 'active' });
  });

  it('removes an organisation with its folder, and its host stops answering; the other is untouched', async () => {
    const removed = await api.request('DELETE', `${ORGANISATIONER}/${A}`, await platform());
    expect(removed.status).toBe(204);
    expect(existsSync(folderOf(A))).toBe(false);
    expect((await on(A, 'GET', '/api/organs', { token: await adminOf(A) })).status).toBe(421);
    expect(existsSync(folderOf(B))).toBe(true);
    expect(await organIds(B)).toContain('kf');
  });
});
