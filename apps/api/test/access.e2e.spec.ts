/**
 * Who may do what, through the API: every write endpoint called by every role (officer and secretary
 * of an organ that is involved and of one that is not, regiondirektör, auditor, admin, importer
 * alone). A refusal is a 403 that writes nothing; an allowed call writes, with the caller as actor.
 * Reads: everyone but a bare importer; the raw log only auditors and the regiondirektör.
 */
import { type ApiHarness, startTestApi } from './support/api-harness';
import { ACTOR_KEYS, ACTORS, setup, THIS_MONTH } from './support/fixtures';
import { WRITE_ENDPOINTS } from './support/write-endpoints';

let api: ApiHarness;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

/** Every call of the matrix below, with whether the answer kept to the written policy. */
const calls: { endpoint: string; actor: string; allowed: boolean; status: number; wrote: boolean }[] = [];

describe.each(WRITE_ENDPOINTS)('$name', (endpoint) => {
  it.each(ACTOR_KEYS)('as %s', async (key) => {
    const actor = ACTORS[key];
    const prepared = await endpoint.prepare(api);
    const before = await api.events(prepared.stream);

    const answer = await api.request('POST', prepared.path, { as: actor, body: prepared.body });

    const after = await api.events(prepared.stream);
    calls.push({
      endpoint: endpoint.name,
      actor: key,
      allowed: endpoint.allowed.includes(key),
      status: answer.status,
      wrote: after.length > before.length,
    });
    if (endpoint.allowed.includes(key)) {
      expect(answer.status).toBe(endpoint.create ? 201 : 200);
      expect(after).toHaveLength(before.length + 1);
      expect(after[after.length - 1].metadata.actor).toBe(actor.personId);
    } else {
      expect(answer.status).toBe(403);
      expect(answer.body).toMatchObject({ code: 'FORBIDDEN', status: 403, title: 'Otillåtet' });
      expect(after).toEqual(before);
    }
  });
});

describe('the ansvarig officer', () => {
  it('may report on their uppdrag but not maintain it', async () => {
    const id = await setup.uppdrag(api, { riktasTill: ['hsn'], samordnare: null });
    const johan = { personId: 'person-johan', roles: ['officer' as const], organId: 'rs' };
    const report = {
      period: THIS_MONTH,
      status: 'ej_paborjad',
      kommentar: 'Startar i höst.',
    };
    // RS is not a recipient here: Johan may report only because he is ansvarig.
    expect(
      (await api.request('POST', `/api/uppdrag/${id}/reports`, { as: johan, body: report })).status,
    ).toBe(200);
    const close = await api.request('POST', `/api/uppdrag/${id}/close`, {
      as: johan,
      body: { kommentar: 'Klart' },
    });
    expect(close.status).toBe(403);
  });
});

describe('reading', () => {
  let uppdragId: string;
  let delmalId: string;
  beforeAll(async () => {
    uppdragId = await setup.uppdrag(api);
    delmalId = await setup.delmal(api);
  });

  const readers = ACTOR_KEYS.filter((k) => k !== 'importerOnly');
  const resources = () => [
    `/api/uppdrag/${uppdragId}`,
    `/api/delmal/${delmalId}`,
    '/api/uppdrag?organ=hsn',
    '/api/organs',
    '/api/organs/hsn',
    '/api/persons',
    '/api/persons/person-johan',
  ];

  it.each(readers)('lets %s read uppdrag, delmål and master data', async (key) => {
    for (const path of resources()) {
      const answer = await api.request('GET', path, { as: ACTORS[key] });
      expect({ path, status: answer.status }).toEqual({ path, status: 200 });
    }
  });

  it('refuses a bare importer (a migration capability, not a user)', async () => {
    for (const path of resources()) {
      const answer = await api.request('GET', path, { as: ACTORS.importerOnly });
      expect({ path, status: answer.status, code: answer.body.code }).toEqual({
        path,
        status: 403,
        code: 'FORBIDDEN',
      });
    }
  });

  const logs = () => [
    `/api/uppdrag/${uppdragId}/events`,
    `/api/delmal/${delmalId}/events`,
    '/api/organs/hsn/events',
    '/api/persons/person-johan/events',
  ];

  it.each(ACTOR_KEYS)('shows the raw log to %s only if auditor or regiondirektör', async (key) => {
    const allowed = key === 'auditor' || key === 'regiondirektor';
    for (const path of logs()) {
      const answer = await api.request('GET', path, { as: ACTORS[key] });
      expect({ path, status: answer.status }).toEqual({ path, status: allowed ? 200 : 403 });
    }
  });

  it('gives auditors who did what, when (both times) and in which request', async () => {
    const answer = await api.request('GET', `/api/uppdrag/${uppdragId}/events`, { as: ACTORS.auditor });
    expect(answer.body).toEqual([
      expect.objectContaining({
        revision: 0,
        type: 'UppdragRegistered',
        actor: ACTORS.regiondirektor.personId,
        occurredAt: expect.any(String),
        recordedAt: expect.any(String),
        correlationId: expect.any(String),
        data: expect.objectContaining({ uppdragId }),
      }),
    ]);
  });
});

/**
 * What the access probe found holding, kept: 0 holes against the written access policy. A hole is a
 * role the policy refuses that got a 2xx or wrote an event, or a role it allows that was refused; the
 * matrix covers every role against every write endpoint the API documents, but for those whose access
 * has its own spec (named below).
 */
describe('the written access policy', () => {
  const OWN_SPECS: Record<string, string> = {
    '/api/auth/dev-token': 'public by design; oidc.e2e (absent with a provider), person-register.e2e',
    '/api/granskning/kedja/verifiering': 'granskning.e2e (mayVerifyChain)',
    '/api/import/uppdrag': 'import.e2e (mayImport, then each command as its actor)',
    '/api/import/kommandon': 'import.e2e',
    '/api/uppsikt': 'uppsikt.e2e (mayActOnUppsiktsarende)',
    '/api/uppsikt/:/answers': 'uppsikt.e2e',
    '/api/uppsikt/:/close': 'uppsikt.e2e',
    '/api/internkontroll': 'internkontroll.e2e (mayActOnInternkontroll)',
    '/api/internkontroll/:/:/risks': 'internkontroll.e2e',
    '/api/internkontroll/:/:/risks/:/reassessment': 'internkontroll.e2e',
    '/api/internkontroll/:/:/kontrollmoment': 'internkontroll.e2e',
    '/api/internkontroll/:/:/adoption': 'internkontroll.e2e',
    '/api/internkontroll/:/:/results': 'internkontroll.e2e',
    '/api/internkontroll/:/:/atgarder': 'internkontroll.e2e',
    '/api/internkontroll/:/:/atgarder/:/status': 'internkontroll.e2e',
    '/api/perioder/:/faststallelser': 'faststallelse.e2e (mayAdoptPeriodReport)',
    '/api/perioder/:/faststallelser/:/behandling': 'faststallelse.e2e (mayRecordPeriodReportHandling)',
  };

  it('has 0 holes in the matrix of every write endpoint and every role', () => {
    expect(calls).toHaveLength(WRITE_ENDPOINTS.length * ACTOR_KEYS.length);
    const holes = calls.filter(
      (c) => c.allowed !== (c.status >= 200 && c.status < 300) || c.allowed !== c.wrote,
    );
    expect(holes).toEqual([]);
  });

  it('leaves no documented write endpoint out of the matrix', async () => {
    const docs = await api.request('GET', '/api/docs-json');
    const route = (path: string) => path.replace(/\{[^}]+\}|:[A-Za-z]+/g, ':');
    const tried = new Set(WRITE_ENDPOINTS.map((e) => route(e.name.split(' ')[1]!)));
    const documented = Object.entries(docs.body.paths as Record<string, Record<string, unknown>>)
      .filter(([, operations]) => 'post' in operations)
      .map(([path]) => route(path));
    expect(documented.filter((path) => !tried.has(path) && !(path in OWN_SPECS))).toEqual([]);
  });
});
