/**
 * The platform administrator's API (issue 22): only with a platform token, never a tenant's; it
 * provisions organisations with their organs on either of two PostgreSQL servers, lists them with size
 * and health, and removes them. A single-organisation installation has no such API at all.
 */
import { randomBytes } from 'node:crypto';
import { issuePlatformToken, platformKey } from '@sparbar/tenancy';
import { startSecondPostgres, type SecondPostgres } from '../../../test/support/second-postgres';
import { TEST_DATABASE_URL, withClient } from '../../../test/support/postgres';
import { type ApiHarness, DEV_SECRET, startTestApi } from './support/api-harness';

const PLATFORM_SECRET = 'platform-secret-for-the-tests-0123456789abcdef';
const run = randomBytes(3).toString('hex');
const platformSchema = `plattform_${run}`;
const ORGANISATIONER = '/api/plattform/organisationer';

const kommun = (id: string, serverUrl: string) => ({
  tenantId: id,
  namn: `Kommunen ${id}`,
  kind: 'kommun',
  hosts: [`${id}.sparbar.test`],
  serverUrl,
  organs: [
    { organId: 'kf', namn: 'Kommunfullmäktige', kortnamn: 'KF', typ: 'kommunfullmaktige' },
    { organId: 'ks', namn: 'Kommunstyrelsen', kortnamn: 'KS', typ: 'kommunstyrelse', parentOrganId: 'kf' },
  ],
});

describe('the platform API', () => {
  let api: ApiHarness;
  let second: SecondPostgres;
  let platform: { headers: { authorization: string } };

  beforeAll(async () => {
    second = await startSecondPostgres();
    api = await startTestApi({
      PLATFORM_DATABASE_URL: TEST_DATABASE_URL,
      PLATFORM_SCHEMA: platformSchema,
      PLATFORM_SECRET,
      // New organisations that name no server go to the second one, one at most.
      PLATFORM_TENANTS_PER_SERVER: '1',
      PLATFORM_SERVERS: second.url,
    });
    const token = await issuePlatformToken(platformKey(PLATFORM_SECRET), 'driftansvarig');
    platform = { headers: { authorization: `Bearer ${token}` } };
  });

  afterAll(async () => {
    await api?.close();
    await withClient(async (c) => {
      await c.query(`DROP SCHEMA IF EXISTS "${platformSchema}" CASCADE`);
      await c.query(`DROP SCHEMA IF EXISTS "tenant_umea_${run}" CASCADE`);
    });
    await second?.stop();
  });

  it("refuses a request without a platform token, a tenant administrator's token among them", async () => {
    for (const options of [{}, { as: 'person-admin' }, { as: 'person-regiondirektor' }]) {
      const list = await api.request('GET', ORGANISATIONER, options);
      expect(list.status).toBe(401);
      expect(list.headers.get('www-authenticate')).toBe('Bearer realm="sparbar-plattform"');
      const provision = await api.request('POST', ORGANISATIONER, {
        ...options,
        body: kommun(`intrang-${run}`, TEST_DATABASE_URL),
      });
      expect(provision.status).toBe(401);
    }
    const other = await issuePlatformToken(platformKey(DEV_SECRET), 'inkräktare');
    const forged = await api.request('GET', ORGANISATIONER, {
      headers: { authorization: `Bearer ${other}` },
    });
    expect(forged.status).toBe(401);
    expect((await api.request('GET', ORGANISATIONER, platform)).body).toEqual([]);
  });

  it('provisions an organisation on each server, lists them with their size, and removes one', async () => {
    const umea = await api.request('POST', ORGANISATIONER, {
      ...platform,
      body: kommun(`umea-${run}`, TEST_DATABASE_URL),
    });
    expect(umea.status).toBe(201);
    expect(umea.headers.get('location')).toBe(`${ORGANISATIONER}/umea-${run}`);
    expect(umea.body).toMatchObject({
      tenantId: `umea-${run}`,
      state: 'active',
      schema: `tenant_umea_${run}`,
    });
    const lycksele = await api.request('POST', ORGANISATIONER, {
      ...platform,
      body: kommun(`lycksele-${run}`, second.url.replace('postgres@', 'postgres:hemligt@')),
    });
    expect(lycksele.status).toBe(201);
    // A server's password is never shown.
    expect(lycksele.text).not.toContain('hemligt');

    const listed = await api.request('GET', ORGANISATIONER, platform);
    expect(listed.status).toBe(200);
    expect(
      listed.body.map((t: { tenantId: string; events: number; health: string }) => [
        t.tenantId,
        t.events,
        t.health,
      ]),
    ).toEqual([
      [`lycksele-${run}`, 2, 'ok'],
      [`umea-${run}`, 2, 'ok'],
    ]);

    const removed = await api.request('DELETE', `${ORGANISATIONER}/lycksele-${run}`, platform);
    expect(removed.status).toBe(204);
    expect((await api.request('GET', ORGANISATIONER, platform)).body).toHaveLength(1);
    expect((await api.request('DELETE', `${ORGANISATIONER}/lycksele-${run}`, platform)).status).toBe(404);
  });

  it('answers a taken id or host with 409 and a bad body with 400, changing nothing', async () => {
    const again = await api.request('POST', ORGANISATIONER, {
      ...platform,
      body: kommun(`umea-${run}`, second.url),
    });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'TENANT_EXISTS', field: 'tenantId' });
    const host = await api.request('POST', ORGANISATIONER, {
      ...platform,
      body: { ...kommun(`vindeln-${run}`, second.url), hosts: [`UMEA-${run}.sparbar.test`] },
    });
    expect(host.status).toBe(409);
    expect(host.body).toMatchObject({ code: 'HOST_TAKEN', field: 'hosts' });
    for (const body of [
      { ...kommun('Versaler', second.url) },
      { ...kommun(`tom-${run}`, second.url), organs: [] },
      { ...kommun(`mysql-${run}`, second.url), serverUrl: 'mysql://db/x' },
      { ...kommun(`vard-${run}`, second.url), hosts: ['inte ett värdnamn'] },
      { ...kommun(`slag-${run}`, second.url), kind: 'landsting' },
      { ...kommun(`region-${run}`, second.url), kind: 'region' },
    ]) {
      const refused = await api.request('POST', ORGANISATIONER, { ...platform, body });
      expect(refused.status).toBe(400);
    }
    const listed = await api.request('GET', ORGANISATIONER, platform);
    expect(listed.body.map((t: { tenantId: string }) => t.tenantId)).toEqual([`umea-${run}`]);
  });

  it('places an organisation that names no server where there is room, and refuses one when none has', async () => {
    const { serverUrl: _named, ...placed } = kommun(`vannas-${run}`, second.url);
    const answer = await api.request('POST', ORGANISATIONER, { ...platform, body: placed });
    expect(answer.status).toBe(201);
    expect(answer.body.server).toBe(second.url);

    const { serverUrl: _none, ...more } = kommun(`robertsfors-${run}`, second.url);
    const full = await api.request('POST', ORGANISATIONER, { ...platform, body: more });
    expect(full.status).toBe(409);
    expect(full.body).toMatchObject({ code: 'NO_ROOM', field: 'serverUrl' });
    const listed = await api.request('GET', ORGANISATIONER, platform);
    expect(listed.body.map((t: { tenantId: string }) => t.tenantId)).not.toContain(`robertsfors-${run}`);
    expect((await api.request('DELETE', `${ORGANISATIONER}/vannas-${run}`, platform)).status).toBe(204);
  });

  it("reaches no organisation's API on the platform's own address", async () => {
    const organs = await api.request('GET', '/api/organs', { as: 'person-admin' });
    expect(organs.status).toBe(421);
    expect(organs.body).toMatchObject({ code: 'UNKNOWN_HOST' });
  });
});

describe('a single-organisation installation', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());

  it('has no platform API', async () => {
    const token = await issuePlatformToken(platformKey(PLATFORM_SECRET), 'driftansvarig');
    const answer = await api.request('GET', ORGANISATIONER, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(answer.status).toBe(404);
    const docs = await api.request('GET', '/api/docs-json');
    expect(Object.keys(docs.body.paths).filter((path) => path.startsWith('/api/plattform'))).toEqual([]);
  });
});
