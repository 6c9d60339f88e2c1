/**
 * Organs and people (master data) through the API: the seeded demo organisation, lists that include
 * what was just registered, and the rules that need other streams — parents exist, no organ ends up
 * under itself, one e-mail address per person — plus segregation of duties for administrators.
 */
import { Client } from 'pg';
import { type ApiHarness, startTestApi } from './support/api-harness';
import { ACTORS, expectStatus, newId, setup } from './support/fixtures';

let api: ApiHarness;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

const admin = ACTORS.admin;

describe('the demo organisation (development sign-in)', () => {
  it('is seeded: the organs of the reports and one person per development user', async () => {
    const organs = await api.request('GET', '/api/organs', { as: ACTORS.officerRecipient });
    expect(organs.status).toBe(200);
    expect(organs.body.map((o: { organId: string }) => o.organId)).toEqual(
      expect.arrayContaining(['regionfullmaktige', 'rs', 'hsn', 'run', 'folkhogskolestyrelsen']),
    );
    expect(organs.body.find((o: { organId: string }) => o.organId === 'hsn')).toMatchObject({
      namn: 'Hälso- och sjukvårdsnämnden',
      kortnamn: 'HSN',
      typ: 'namnd',
      parentOrganId: 'regionfullmaktige',
      active: true,
    });
    const persons = await api.request('GET', '/api/persons', { as: ACTORS.officerRecipient });
    expect(persons.body.find((p: { personId: string }) => p.personId === 'person-johan')).toMatchObject({
      namn: 'Johan Lindström',
      organId: 'rs',
      roles: ['officer'],
      active: true,
    });
  });

  it('is registered once, by the seeding system account', async () => {
    const seeded = await api.events('organ-hsn');
    expect(seeded).toHaveLength(1);
    expect(seeded[0].metadata.actor).toBe('system-dev-seed');
  });
});

describe('organs', () => {
  it('lists an organ as soon as it is registered, and reads it with its revision', async () => {
    const organId = await setup.organ(api);
    const list = await api.request('GET', '/api/organs', { as: ACTORS.auditor });
    expect(list.body.map((o: { organId: string }) => o.organId)).toContain(organId);
    const one = await api.request('GET', `/api/organs/${organId}`, { as: ACTORS.auditor });
    expect(one.headers.get('etag')).toBe('"0"');
    expect(one.body).toMatchObject({ organId, typ: 'beredning', parentOrganId: 'hsn' });
    expect((await api.request('GET', '/api/organs/finns-inte', { as: admin })).status).toBe(404);
  });

  it('lists an organ at once even while another transaction in the database is still open', async () => {
    // The log's global order holds new events back behind any open transaction; the list must not.
    const other = new Client({ connectionString: api.schema.connectionString });
    await other.connect();
    try {
      await other.query('BEGIN');
      await other.query('SELECT pg_current_xact_id()');
      const organId = await setup.organ(api);
      const list = await api.request('GET', '/api/organs', { as: ACTORS.auditor });
      expect(list.body.map((o: { organId: string }) => o.organId)).toContain(organId);
    } finally {
      await other.query('ROLLBACK');
      await other.end();
    }
  });

  it('refuses a parent that does not exist', async () => {
    const answer = await api.request('POST', '/api/organs', {
      as: admin,
      body: {
        organId: newId('organ'),
        namn: 'X',
        kortnamn: 'X',
        typ: 'beredning',
        parentOrganId: 'finns-inte',
      },
    });
    expect(answer.status).toBe(404);
    expect(answer.body).toMatchObject({ code: 'ORGAN_NOT_FOUND', field: 'parentOrganId' });
  });

  it('refuses to put an organ under itself, directly or through others', async () => {
    const a = await setup.organ(api, { parentOrganId: 'hsn' });
    const b = await setup.organ(api, { parentOrganId: a });

    const cycle = await api.request('POST', `/api/organs/${a}/parent`, {
      as: admin,
      body: { parentOrganId: b },
    });
    expect(cycle.status).toBe(400);
    expect(cycle.body).toMatchObject({
      code: 'ORGAN_CANNOT_BE_OWN_PARENT',
      errors: [{ field: 'parentOrganId' }],
    });

    const self = await api.request('POST', `/api/organs/${a}/parent`, {
      as: admin,
      body: { parentOrganId: a },
    });
    expect(self.status).toBe(400);
    expect(self.body.code).toBe('ORGAN_CANNOT_BE_OWN_PARENT');

    const top = await api.request('POST', `/api/organs/${b}/parent`, {
      as: admin,
      body: { parentOrganId: null },
    });
    expect(top.status).toBe(200);
    expect(top.body.parentOrganId).toBeNull();
  });
});

describe('persons', () => {
  it('refuses an e-mail address another person has, whatever its case', async () => {
    const taken = await api.request('POST', '/api/persons', {
      as: admin,
      body: {
        personId: newId('person'),
        namn: 'Johan Två',
        epost: 'JOHAN@example.se',
        organId: 'rs',
        roles: ['officer'],
      },
    });
    expect(taken.status).toBe(400);
    expect(taken.body).toMatchObject({ code: 'DUPLICATE_VALUE', errors: [{ field: 'epost' }] });

    const id = await setup.person(api);
    const changed = await api.request('POST', `/api/persons/${id}/email`, {
      as: admin,
      body: { epost: 'sara@example.se' },
    });
    expect(changed.status).toBe(400);
    expect(changed.body.code).toBe('DUPLICATE_VALUE');

    // Keeping one's own address is no conflict.
    const same = await api.request('POST', `/api/persons/${id}/email`, {
      as: admin,
      body: { epost: `${id}@EXAMPLE.se` },
    });
    expect(same.status).toBe(200);
  });

  it('refuses an organ that does not exist, and an officer without an organ', async () => {
    const id = await setup.person(api);
    const missing = await api.request('POST', `/api/persons/${id}/organ`, {
      as: admin,
      body: { organId: 'finns-inte' },
    });
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ code: 'ORGAN_NOT_FOUND', field: 'organId' });

    const none = await api.request('POST', `/api/persons/${id}/organ`, {
      as: admin,
      body: { organId: null },
    });
    expect(none.status).toBe(400);
    expect(none.body).toMatchObject({ code: 'ORGAN_REQUIRED_FOR_ROLE', errors: [{ field: 'organId' }] });
  });

  it('does not let an administrator change their own access', async () => {
    const answer = await api.request('POST', '/api/persons/person-admin/roles', {
      as: admin,
      body: { roles: ['admin', 'auditor'] },
    });
    expect(answer.status).toBe(403);
    expect(answer.body.code).toBe('SELF_ACCESS_CHANGE');
  });

  it('lists a person as soon as they are registered, sorted by name', async () => {
    const id = await setup.person(api, { namn: 'Åsa Öberg' });
    const list = await api.request('GET', '/api/persons', { as: ACTORS.officerOther });
    const names = list.body.map((p: { namn: string }) => p.namn);
    expect(list.body.map((p: { personId: string }) => p.personId)).toContain(id);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'sv')));
  });

  it('keeps a deactivated person, marked inactive, and refuses them as ansvarig', async () => {
    const id = await setup.person(api);
    expectStatus(
      await api.request('POST', `/api/persons/${id}/deactivate`, { as: admin, body: { reason: 'Slutat' } }),
      200,
    );
    const read = await api.request('GET', `/api/persons/${id}`, { as: admin });
    expect(read.body.active).toBe(false);
    const uppdragId = await setup.uppdrag(api);
    const answer = await api.request('POST', `/api/uppdrag/${uppdragId}/ansvarig`, {
      as: ACTORS.regiondirektor,
      body: { ansvarigPersonId: id },
    });
    expect(answer.status).toBe(409);
    expect(answer.body).toMatchObject({ code: 'PERSON_DEACTIVATED', field: 'ansvarigPersonId' });
  });
});
