/**
 * Export of one organisation by the platform administrator (issue 22): its whole log as NDJSON with the
 * chain head last, from the API and from the CLI, which verifies from the file alone; a changed byte is
 * found and its line named; no tenant's token, on any tenant's host, gets an export.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { authSettingsFromEnv, issueDevToken } from '@sparbar/auth';
import { issuePlatformToken, platformKey } from '@sparbar/tenancy';
import { ExportNotVerifiedError, runPlatformCli } from '@sparbar/tenancy/cli';
import { TEST_DATABASE_URL, withClient } from '../../../test/support/postgres';
import { type ApiHarness, DEV_SECRET, startTestApi } from './support/api-harness';
import { requestOnHost } from './support/tenant-hosts';

const PLATFORM_SECRET = 'platform-secret-for-the-tests-0123456789abcdef';
const run = randomBytes(3).toString('hex');
const platformSchema = `plattform_${run}`;
const A = `umea-${run}`;
const B = `lycksele-${run}`;
const hostOf = (tenantId: string) => `${tenantId}.sparbar.test`;
const exportOf = (tenantId: string) => `/api/plattform/organisationer/${tenantId}/export`;

const kommun = (tenantId: string) => ({
  tenantId,
  namn: `Kommunen ${tenantId}`,
  kind: 'kommun',
  hosts: [hostOf(tenantId)],
  serverUrl: TEST_DATABASE_URL,
  organs: [{ organId: 'kf', namn: 'Kommunfullmäktige', kortnamn: 'KF', typ: 'kommunfullmaktige' }],
  administrators: [`it-${tenantId}`],
});

describe("the platform administrator's export of an organisation", () => {
  let api: ApiHarness;
  let platform: { headers: { authorization: string } };
  const folder = mkdtempSync(join(tmpdir(), 'sparbar-export-'));
  const settings = authSettingsFromEnv({ AUTH_DEV_SECRET: DEV_SECRET }, folder);
  const adminOf = (tenantId: string) =>
    issueDevToken(settings, { personId: 'person-admin', roles: ['admin'], organId: null }, '1h', tenantId);
  const on = (tenantId: string, method: string, path: string, options?: { token?: string; body?: unknown }) =>
    requestOnHost(api.url, hostOf(tenantId), method, path, options);
  const cliEnv = {
    ...process.env,
    PLATFORM_DATABASE_URL: TEST_DATABASE_URL,
    PLATFORM_SCHEMA: platformSchema,
    PLATFORM_SECRET,
  };
  /** Events in A's export, once the first test has seen it. */
  let count = 0;
  const verify = (file: string) => runPlatformCli(['verifiera', file], cliEnv);

  beforeAll(async () => {
    api = await startTestApi({
      PLATFORM_DATABASE_URL: TEST_DATABASE_URL,
      PLATFORM_SCHEMA: platformSchema,
      PLATFORM_SECRET,
    });
    const token = await issuePlatformToken(platformKey(PLATFORM_SECRET), 'driftansvarig');
    platform = { headers: { authorization: `Bearer ${token}` } };
    for (const tenantId of [A, B]) {
      const provisioned = await api.request('POST', '/api/plattform/organisationer', {
        ...platform,
        body: kommun(tenantId),
      });
      expect(provisioned.status).toBe(201);
    }
    const adminA = await adminOf(A);
    for (const [organId, namn] of [
      // Organs the development seed (a kommun's demo organs) does not have.
      ['valn', 'Valnämnden'],
      ['ofn', 'Överförmyndarnämnden "ÖFN" – åäö'],
    ]) {
      const written = await on(A, 'POST', '/api/organs', {
        token: adminA,
        body: { organId, namn, kortnamn: organId.toUpperCase(), typ: 'namnd', parentOrganId: 'kf' },
      });
      expect(written.status).toBe(201);
    }
  });

  afterAll(async () => {
    await api?.close();
    await withClient(async (c) => {
      await c.query(`DROP SCHEMA IF EXISTS "${platformSchema}" CASCADE`);
      await c.query(`DROP SCHEMA IF EXISTS "tenant_umea_${run}" CASCADE`);
      await c.query(`DROP SCHEMA IF EXISTS "tenant_lycksele_${run}" CASCADE`);
    });
  });

  it("streams the organisation's log, one line per event in order, the chain head last, and it verifies", async () => {
    const answer = await api.request('GET', exportOf(A), platform);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    const lines = answer.text.split('\n');
    expect(lines.pop()).toBe('');
    const events = lines.slice(0, -1).map((line) => JSON.parse(line));
    // Provisioned first (kf, by the platform administrator); then what its application wrote (in
    // development its DEV_SEED) and the two organs written on its host, in the order written.
    expect([events[0].type, events[0].data.organId, events[0].metadata.actor]).toEqual([
      'OrganRegistered',
      'kf',
      'plattform-driftansvarig',
    ]);
    const organs = events.filter((e) => e.type === 'OrganRegistered').map((e) => e.data.organId);
    expect(organs.slice(-2)).toEqual(['valn', 'ofn']);
    for (const event of events) {
      expect(Object.keys(event).sort()).toEqual(
        ['data', 'hash', 'id', 'metadata', 'position', 'recordedAt', 'revision', 'stream', 'type'].sort(),
      );
    }
    expect(events.map((e) => e.position)).toEqual([...events.map((e) => e.position)].sort((x, y) => x - y));
    const last = events[events.length - 1];
    expect(last.data.namn).toBe('Överförmyndarnämnden "ÖFN" – åäö');
    expect(JSON.parse(lines[lines.length - 1])).toEqual({
      chainHead: {
        chain: 'sparbar:event-chain:v1',
        hash: last.hash,
        position: last.position,
        eventCount: events.length,
      },
    });
    // Every event of its log, and no other: as many as the directory's listing counts in its schema.
    const listed = await api.request('GET', '/api/plattform/organisationer', platform);
    expect(listed.body.find((t: { tenantId: string }) => t.tenantId === A).events).toBe(events.length);
    count = events.length;

    const file = join(folder, 'api.ndjson');
    writeFileSync(file, answer.text);
    expect(await verify(file)).toEqual([
      `${file}: kedjan stämmer, ${count} händelser, huvud ${last.hash} på position ${last.position}`,
    ]);
  });

  it('exports from the CLI the same file, and names the line of a changed byte in a data field', async () => {
    const file = join(folder, 'cli.ndjson');
    expect(await runPlatformCli(['exportera', A, file], cliEnv)).toEqual([
      `${A} exporterad till ${file}: ${count} händelser och kedjans huvud`,
    ]);
    const fromApi = await api.request('GET', exportOf(A), platform);
    expect(readFileSync(file, 'utf8')).toBe(fromApi.text);
    // Never overwrites a file.
    await expect(runPlatformCli(['exportera', A, file], cliEnv)).rejects.toThrow(/EEXIST/);

    const changed = join(folder, 'changed.ndjson');
    const text = readFileSync(file, 'utf8');
    // One byte of a data field: the kortnamn written on A's host, OFN → OFM.
    const line = text.split('\n').findIndex((l) => l.includes('"kortnamn":"OFN"')) + 1;
    expect(line).toBe(count);
    writeFileSync(changed, text.replace('"kortnamn":"OFN"', '"kortnamn":"OFM"'));
    expect(readFileSync(changed).length).toBe(Buffer.byteLength(text));
    const refusal = verify(changed);
    await expect(refusal).rejects.toThrow(ExportNotVerifiedError);
    await expect(refusal).rejects.toThrow(`${changed} rad ${line}: Händelsen på position`);
  });

  it('gives no export to a token of an organisation, on any host, nor of an unknown organisation', async () => {
    const adminA = await adminOf(A);
    const adminB = await adminOf(B);
    for (const [host, token] of [
      [A, adminA],
      [B, adminB],
      [B, adminA],
    ] as const) {
      const refused = await on(host, 'GET', exportOf(A), { token });
      expect(refused.status).toBe(401);
      expect(refused.text).not.toContain('OrganRegistered');
    }
    expect((await on(B, 'GET', exportOf(A))).status).toBe(401);
    expect((await api.request('GET', exportOf(A), { as: 'person-admin' })).status).toBe(401);
    const unknown = await api.request('GET', exportOf(`okand-${run}`), platform);
    expect(unknown.status).toBe(404);
    await expect(
      runPlatformCli(['exportera', `okand-${run}`, join(folder, 'x.ndjson')], cliEnv),
    ).rejects.toThrow(/finns inte/);
  });
});
