/**
 * Someone the person register does not know gets no roles, whatever their token claims (issue 19.2):
 * everything that needs a role is refused with a 403 that says why, public things still answer, and the
 * development sign-in offers and signs only registered people. A fresh installation starts with the
 * administrators ADMIN_BOOTSTRAP names: while unregistered they act as admin, so they can register
 * people, themselves first; from then on the register decides for them as for anyone.
 */
import { SignJWT } from 'jose';
import { type ApiHarness, DEV_SECRET, startTestApi } from './support/api-harness';
import { expectStatus, newId, uppdragBody } from './support/fixtures';

const NOT_REGISTERED = /^Du finns inte i Spårbars personregister/;

/** A token as a provider issues one: its own subject id, a verified e-mail, the roles it claims. */
const providerToken = (subject: string, claims: Record<string, unknown>) =>
  new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(subject)
    .setIssuer('sparbar-development')
    .setAudience('sparbar')
    .setExpirationTime('1h')
    .sign(new TextEncoder().encode(DEV_SECRET));
const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });

describe('with the development organisation', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api?.close());

  it('refuses a stranger who claims every role: reads and writes, and nothing is written', async () => {
    const stranger = {
      personId: newId('person-okand'),
      roles: ['regiondirektor' as const, 'admin' as const],
      organId: 'hsn',
    };
    const body = uppdragBody();
    const write = await api.request('POST', '/api/uppdrag', { as: stranger, body });
    expect(write.status).toBe(403);
    expect(write.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(write.body).toMatchObject({ code: 'FORBIDDEN' });
    expect(write.body.detail).toMatch(NOT_REGISTERED);
    expect(await api.events(`uppdrag-${String(body.uppdragId)}`)).toEqual([]);

    for (const path of ['/api/organs', '/api/persons', '/api/auth/me']) {
      const read = await api.request('GET', path, { as: stranger });
      expect([path, read.status, read.body.detail]).toEqual([
        path,
        403,
        expect.stringMatching(NOT_REGISTERED),
      ]);
    }
    const registerSomeone = await api.request('POST', '/api/persons', {
      as: stranger,
      body: { personId: newId('person'), namn: 'Ny', epost: `${newId('ny')}@example.se`, roles: [] },
    });
    expect(registerSomeone.status).toBe(403);
  });

  it('still answers what is public, with or without such a token', async () => {
    const token = await providerToken('00u-stranger', { roles: ['admin'], email: 'okand@example.se' });
    expect((await api.request('GET', '/api/auth/config', bearer(token))).status).toBe(200);
    expect((await api.request('GET', '/api/docs-json', bearer(token))).status).toBe(200);
  });

  it('lets the same person act once an administrator has registered them', async () => {
    const newcomer = { personId: newId('person'), roles: ['secretary' as const], organId: 'hsn' };
    expect((await api.request('GET', '/api/organs', { as: newcomer })).status).toBe(403);
    await api.register(newcomer, 'Nykomling Nilsson');
    const organs = await api.request('GET', '/api/organs', { as: newcomer });
    expect(organs.status).toBe(200);
  });

  it('does not let ADMIN_BOOTSTRAP matter where it is not set', async () => {
    const token = await providerToken('00u-first', { roles: ['admin'], email: 'forsta@example.se' });
    expect((await api.request('GET', '/api/persons', bearer(token))).status).toBe(403);
  });
});

describe('a fresh installation (no development seed) with ADMIN_BOOTSTRAP', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startTestApi({ DEV_SEED: 'false', ADMIN_BOOTSTRAP: 'Forsta.Admin@Example.se, ops-robot' });
  });
  afterAll(() => api?.close());

  it('offers and signs no development user, since the register knows none', async () => {
    const users = await api.request('GET', '/api/auth/dev-users');
    expect(users.status).toBe(200);
    expect(users.body).toEqual([]);
    const token = await api.request('POST', '/api/auth/dev-token', { body: { personId: 'person-admin' } });
    expect(token.status).toBe(403);
    expect(token.body.detail).toBe('Anna Admin finns inte i Spårbars personregister och kan inte logga in.');
  });

  it('lets the named first administrator register an organ and people, herself first', async () => {
    const first = await providerToken('00u-first', { roles: [], email: 'forsta.admin@example.se' });
    const me = await api.request('GET', '/api/auth/me', bearer(first));
    expect(me.body).toMatchObject({ personId: '00u-first', roles: ['admin'], organId: null });

    const organ = { organId: 'rf', namn: 'Regionfullmäktige', kortnamn: 'RF', typ: 'regionfullmaktige' };
    const registerOrgan = await api.request('POST', '/api/organs', {
      ...bearer(first),
      body: { ...organ, parentOrganId: null },
    });
    expectStatus(registerOrgan, 201);
    const herself = {
      personId: 'person-forsta',
      namn: 'Första Admin',
      epost: 'forsta.admin@example.se',
      organId: null,
      roles: ['admin'],
    };
    expectStatus(await api.request('POST', '/api/persons', { ...bearer(first), body: herself }), 201);
    // Registered now: the register's person, found by her verified address.
    const again = await api.request('GET', '/api/auth/me', bearer(first));
    expect(again.body).toEqual({
      personId: 'person-forsta',
      name: 'Första Admin',
      roles: ['admin'],
      organId: null,
    });

    const secretary = { personId: 'person-sekr', namn: 'Sekr', epost: 'sekr@example.se', organId: 'rf' };
    const answer = await api.request('POST', '/api/persons', {
      ...bearer(first),
      body: { ...secretary, roles: ['secretary'] },
    });
    expectStatus(answer, 201);
    const signIn = await api.request('POST', '/api/auth/dev-token', { body: { personId: 'person-admin' } });
    expect(signIn.status).toBe(403);
  });

  it('names an identity by subject too, and no one else: a claimed admin role is nothing', async () => {
    const robot = await providerToken('ops-robot', { roles: [] });
    expect((await api.request('GET', '/api/organs', bearer(robot))).status).toBe(200);
    const other = await providerToken('00u-other', { roles: ['admin'], email: 'annan@example.se' });
    const refused = await api.request('GET', '/api/organs', bearer(other));
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toMatch(NOT_REGISTERED);
  });

  it('gives a registered bootstrap administrator only what the register says: deactivated is out', async () => {
    const first = await providerToken('00u-first', { roles: [], email: 'forsta.admin@example.se' });
    const robot = await providerToken('ops-robot', { roles: [] });
    const off = await api.request('POST', '/api/persons/person-forsta/deactivate', {
      ...bearer(robot),
      body: { reason: 'Lämnat förvaltningen.' },
    });
    expectStatus(off, 200);
    const refused = await api.request('GET', '/api/organs', bearer(first));
    expect(refused.status).toBe(401);
    expect(refused.body.detail).toMatch(/inaktiverat/);
  });
});
