/**
 * The person register decides what a signed-in person may do, on every request (issue 19.2): the token
 * only says who they are. A deactivation, a change of roles and a move to another organ count from the
 * next request, for a token issued before; an auditor's access ends by itself with the mandate.
 */
import { type Actor, type Role } from '@sparbar/domain';
import { SignJWT } from 'jose';
import { type ApiHarness, DEV_SECRET, startTestApi } from './support/api-harness';
import { ACTORS, ANSVARIG, newId, setup, THIS_MONTH, TODAY } from './support/fixtures';

let api: ApiHarness;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

const report = { period: THIS_MONTH, status: 'pagaende_enligt_plan', kommentar: 'Arbetet följer planen.' };

/** A person registered by the admin; the token claims what they were registered with. */
async function registered(roles: Role[], organId: string | null): Promise<Actor> {
  const personId = await setup.person(api, { personId: newId('person'), roles, organId });
  return { personId, roles, organId };
}

const admin = (path: string, body: unknown) => api.request('POST', path, { as: ACTORS.admin, body });
const fileReport = (as: Actor, uppdragId: string) =>
  api.request('POST', `/api/uppdrag/${uppdragId}/reports`, { as, body: report });

/** A day `days` from the test day (the API's pinned clock), ÅÅÅÅ-MM-DD. */
function dayFromToday(days: number): string {
  const date = new Date(`${TODAY}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

describe('deactivation', () => {
  it('refuses the token she already holds at once, and writes nothing', async () => {
    const officer = await registered(['officer'], 'hsn');
    const first = await setup.uppdrag(api, { riktasTill: ['hsn'], samordnare: null });
    const second = await setup.uppdrag(api, { riktasTill: ['hsn'], samordnare: null });
    expect((await fileReport(officer, first)).status).toBe(200);

    const off = await admin(`/api/persons/${officer.personId}/deactivate`, { reason: 'Slutat.' });
    expect(off.status).toBe(200);

    const before = await api.events(`uppdrag-${second}`);
    const refused = await fileReport(officer, second);
    expect(refused.status).toBe(401);
    expect(refused.body).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(refused.body.detail).toMatch(/inaktiverat/);
    expect(await api.events(`uppdrag-${second}`)).toEqual(before);
    expect((await api.request('GET', '/api/uppdrag?organ=hsn', { as: officer })).status).toBe(401);
  });

  it('gets a development user no new token, and leaves her off the sign-in list', async () => {
    const signIn = () => api.request('POST', '/api/auth/dev-token', { body: { personId: 'person-sara' } });
    const old = await signIn();
    expect(old.status).toBe(200);

    expect((await admin('/api/persons/person-sara/deactivate', { reason: 'Slutat.' })).status).toBe(200);

    const again = await signIn();
    expect(again.status).toBe(403);
    expect(again.body.detail).toBe('Sara Nilsson är inaktiverad i Spårbar och kan inte logga in.');
    const users = await api.request('GET', '/api/auth/dev-users');
    expect(users.body.map((u: { personId: string }) => u.personId)).not.toContain('person-sara');
    const withOld = await api.request('GET', '/api/auth/me', {
      headers: { authorization: `Bearer ${old.body.token}` },
    });
    expect(withOld.status).toBe(401);
  });
});

describe('an identity from a provider', () => {
  /** A token as a provider issues one: its own subject id, the verified e-mail, roles it may not know. */
  const providerToken = (claims: Record<string, unknown>) =>
    new SignJWT({ roles: ['admin'], ...claims })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('00u8f2kq1xZ')
      .setIssuer('sparbar-development')
      .setAudience('sparbar')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(DEV_SECRET));
  const me = async (token: string) =>
    api.request('GET', '/api/auth/me', { headers: { authorization: `Bearer ${token}` } });

  it("is the registered person with that e-mail address, with the register's roles and organ", async () => {
    const answer = await me(await providerToken({ email: 'Johan@Example.se' }));
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      personId: 'person-johan',
      name: 'Johan Lindström',
      roles: ['officer'],
      organId: 'rs',
    });
  });

  it('is not matched by an address the provider has not verified, and then is no one', async () => {
    const answer = await me(await providerToken({ email: 'johan@example.se', email_verified: false }));
    expect(answer.status).toBe(403);
    expect(answer.body.detail).toMatch(/^Du finns inte i Spårbars personregister/);
  });
});

describe('a change of roles', () => {
  it('from officer to auditor stops her filing reports at once', async () => {
    const officer = await registered(['officer'], 'hsn');
    const first = await setup.uppdrag(api, { riktasTill: ['hsn'], samordnare: null });
    const second = await setup.uppdrag(api, { riktasTill: ['hsn'], samordnare: null });
    expect((await fileReport(officer, first)).status).toBe(200);

    expect((await admin(`/api/persons/${officer.personId}/roles`, { roles: ['auditor'] })).status).toBe(200);
    const mandate = { validFrom: dayFromToday(-30), validTo: dayFromToday(300) };
    expect((await admin(`/api/persons/${officer.personId}/auditor-mandate`, mandate)).status).toBe(200);

    // The same token, still claiming "officer": the register says auditor, who reads but never reports.
    const refused = await fileReport(officer, second);
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('FORBIDDEN');
    const me = await api.request('GET', '/api/auth/me', { as: officer });
    expect(me.body).toMatchObject({ personId: officer.personId, roles: ['auditor'], organId: 'hsn' });
    expect((await api.request('GET', `/api/uppdrag/${second}/events`, { as: officer })).status).toBe(200);
  });

  it('counts the register, not what the token claims', async () => {
    const officer = await registered(['officer'], 'hsn');
    const claimsAdmin = { ...officer, roles: ['admin' as const] };
    const answer = await api.request('POST', '/api/persons', {
      as: claimsAdmin,
      body: { personId: newId('person'), namn: 'Ny', epost: `${newId('ny')}@example.se`, roles: [] },
    });
    expect(answer.status).toBe(403);
  });
});

describe('a move to another organ', () => {
  it('changes whose uppdrag she may report on at once', async () => {
    const officer = await registered(['officer'], 'hsn');
    const hsn = [
      await setup.uppdrag(api, { riktasTill: ['hsn'], samordnare: null }),
      await setup.uppdrag(api, { riktasTill: ['hsn'], samordnare: null }),
    ];
    const run = [
      await setup.uppdrag(api, { riktasTill: ['run'], samordnare: null }),
      await setup.uppdrag(api, { riktasTill: ['run'], samordnare: null }),
    ];
    expect((await fileReport(officer, hsn[0]!)).status).toBe(200);
    expect((await fileReport(officer, run[0]!)).status).toBe(403);

    expect((await admin(`/api/persons/${officer.personId}/organ`, { organId: 'run' })).status).toBe(200);

    expect((await fileReport(officer, hsn[1]!)).status).toBe(403);
    expect((await fileReport(officer, run[1]!)).status).toBe(200);
  });
});

describe("an auditor's mandate", () => {
  const readLog = async (as: Actor) => {
    const uppdragId = await setup.uppdrag(api);
    return api.request('GET', `/api/uppdrag/${uppdragId}/events`, { as });
  };

  it('gives access from its first to its last day', async () => {
    const auditor = await registered(['auditor'], null);
    const mandate = { validFrom: dayFromToday(-365), validTo: TODAY };
    expect((await admin(`/api/persons/${auditor.personId}/auditor-mandate`, mandate)).status).toBe(200);
    expect((await readLog(auditor)).status).toBe(200);
    const person = await api.request('GET', `/api/persons/${auditor.personId}`, { as: ACTORS.admin });
    expect(person.body.auditorMandate).toEqual(mandate);
  });

  it('ends by itself the day after, without anyone taking it away', async () => {
    const auditor = await registered(['auditor'], null);
    const lastDay = dayFromToday(-1);
    const mandate = { validFrom: dayFromToday(-366), validTo: lastDay };
    expect((await admin(`/api/persons/${auditor.personId}/auditor-mandate`, mandate)).status).toBe(200);
    const answer = await readLog(auditor);
    expect(answer.status).toBe(403);
    expect(answer.body.detail).toBe(
      `Ditt revisionsuppdrag gällde till och med ${lastDay}; behörigheten har upphört.`,
    );
  });

  it('has not begun before its first day, and an auditor role without one grants nothing', async () => {
    const early = await registered(['auditor'], null);
    const mandate = { validFrom: dayFromToday(1), validTo: dayFromToday(400) };
    expect((await admin(`/api/persons/${early.personId}/auditor-mandate`, mandate)).status).toBe(200);
    expect((await readLog(early)).status).toBe(403);
    const none = await registered(['auditor'], null);
    const answer = await readLog(none);
    expect(answer.status).toBe(403);
    expect(answer.body.detail).toMatch(/inget revisionsuppdrag/);
  });

  it('is refused for someone who is no auditor, or when it ends before it begins', async () => {
    const officer = await registered(['officer'], 'hsn');
    const path = `/api/persons/${officer.personId}/auditor-mandate`;
    const notAuditor = await admin(path, { validFrom: TODAY, validTo: TODAY });
    expect(notAuditor.status).toBe(409);
    expect(notAuditor.body.code).toBe('NOT_AN_AUDITOR');
    const auditor = await registered(['auditor'], null);
    const backwards = await admin(`/api/persons/${auditor.personId}/auditor-mandate`, {
      validFrom: TODAY,
      validTo: dayFromToday(-1),
    });
    expect(backwards.status).toBe(400);
    expect(backwards.body).toMatchObject({
      code: 'MANDATE_ENDS_BEFORE_START',
      errors: [{ field: 'validTo' }],
    });
  });
});

describe('contact details', () => {
  const emailsSeenBy = async (as: Actor) => {
    const list = await api.request('GET', '/api/persons', { as });
    expect(list.status).toBe(200);
    const one = await api.request('GET', '/api/persons/person-johan', { as });
    return { list: list.body.map((p: { epost: string | null }) => p.epost), one: one.body.epost };
  };

  it.each(['secretaryRecipient', 'admin'] as const)('are shown to %s', async (key) => {
    const seen = await emailsSeenBy(ACTORS[key]);
    expect(seen.list).toContain('johan@example.se');
    expect(seen.one).toBe('johan@example.se');
  });

  // Sara (officerRecipient) was deactivated above: Johan is the officer here.
  it.each([
    ['an officer', ANSVARIG],
    ['the regiondirektör', ACTORS.regiondirektor],
    ['an auditor', ACTORS.auditor],
  ] as const)('are not shown to %s, who sees names and organ', async (_, actor) => {
    const seen = await emailsSeenBy(actor);
    expect(seen.list.every((epost: string | null) => epost === null)).toBe(true);
    expect(seen.one).toBeNull();
    const list = await api.request('GET', '/api/persons', { as: actor });
    expect(list.body).toContainEqual(
      expect.objectContaining({ personId: 'person-johan', namn: 'Johan Lindström', organId: 'rs' }),
    );
  });
});
