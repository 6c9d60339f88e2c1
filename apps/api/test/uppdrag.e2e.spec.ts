/**
 * Uppdrag through the API: reading one (exact, with its revision) and listing per organ (the read
 * model, caught up by the worker in the same process), the checks that need other streams, domain
 * refusals as problems, and business time (only an importer may backdate).
 */
import { type ApiHarness, eventually, readWhileStill, startTestApi } from './support/api-harness';
import {
  ACTORS,
  ANSVARIG,
  expectStatus,
  newId,
  setup,
  THIS_MONTH,
  uppdragBody,
  YEAR,
} from './support/fixtures';

let api: ApiHarness;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

const direktor = ACTORS.regiondirektor;

describe('reading one uppdrag', () => {
  it('answers the uppdrag folded from its stream, with every report and the revision as ETag', async () => {
    const id = await setup.uppdrag(api);
    await setup.report(api, id);

    const answer = await api.request('GET', `/api/uppdrag/${id}`, { as: ACTORS.officerRecipient });

    expect(answer.status).toBe(200);
    expect(answer.headers.get('etag')).toBe('"1"');
    expect(answer.body).toMatchObject({
      uppdragId: id,
      riktasTill: ['rs', 'hsn'],
      samordnare: 'rs',
      periodicitet: 'manad',
      ansvarigPersonId: 'person-johan',
      origin: {
        givenBy: 'regionfullmaktige',
        kind: 'fullmaktige',
        planYear: YEAR,
        diarienummer: 'RS 1234-2022',
      },
      lifecycle: 'aktivt',
      revision: 1,
      reports: [
        {
          period: THIS_MONTH,
          status: 'pagaende_enligt_plan',
          statusLabel: 'Pågående enligt plan',
          colour: 'green',
          kommentar: 'Arbetet följer planen.',
          reportedBy: direktor.personId,
          correctedBy: null,
        },
      ],
    });
  });

  it('answers 404 for an unknown id and 400 naming uppdragId for a malformed one', async () => {
    const unknown = await api.request('GET', '/api/uppdrag/finns-inte', { as: direktor });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ code: 'UPPDRAG_NOT_FOUND', title: 'Finns inte' });

    const malformed = await api.request('GET', `/api/uppdrag/${encodeURIComponent('inte ett id')}`, {
      as: direktor,
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors).toEqual([{ field: 'uppdragId', reason: expect.any(String) }]);
  });

  it('answers 404 for a write on an unknown uppdrag', async () => {
    const answer = await api.request('POST', '/api/uppdrag/finns-inte/close', {
      as: direktor,
      body: { kommentar: 'x' },
    });
    expect(answer.status).toBe(404);
    expect(answer.body.code).toBe('UPPDRAG_NOT_FOUND');
  });
});

describe('listing uppdrag per organ', () => {
  it('lists what is directed to or given by the organ, once the read model has caught up', async () => {
    const forHsn = await setup.uppdrag(api, { riktasTill: ['hsn'], samordnare: null });
    const forRun = await setup.uppdrag(api, { riktasTill: ['run'], samordnare: null });
    await setup.report(api, forHsn);

    const list = await eventually(
      () => api.request('GET', '/api/uppdrag?organ=hsn', { as: ACTORS.officerRecipient }),
      (answer) =>
        answer.body.items?.some(
          (i: { uppdragId: string; revision: number }) => i.uppdragId === forHsn && i.revision === 1,
        ),
    );

    const ids = list.body.items.map((i: { uppdragId: string }) => i.uppdragId);
    expect(ids).toContain(forHsn);
    expect(ids).not.toContain(forRun);
    expect(list.body.items.find((i: { uppdragId: string }) => i.uppdragId === forHsn)).toMatchObject({
      status: 'open',
      reportsCount: 1,
      latestReport: { period: THIS_MONTH, status: 'pagaende_enligt_plan' },
    });
    expect(list.body).toMatchObject({ limit: 200, offset: 0 });

    // Regionfullmäktige gave them all.
    const given = await api.request('GET', '/api/uppdrag?organ=regionfullmaktige&status=open&limit=1000', {
      as: direktor,
    });
    expect(given.body.items.map((i: { uppdragId: string }) => i.uppdragId)).toEqual(
      expect.arrayContaining([forHsn, forRun]),
    );
  });

  it('answers 304 to a repeated list until the read model moves, then the new list', async () => {
    const uppdragId = await setup.uppdrag(api, { riktasTill: ['run'], samordnare: null });
    const path = `/api/uppdrag?ansvarig=${ANSVARIG.personId}&limit=1000`;
    const { first, again, kept } = await readWhileStill(api, path, direktor, (answer) =>
      answer.body.items?.some((i: { uppdragId: string }) => i.uppdragId === uppdragId),
    );
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"uppdrag_now-\d+\.\d+"$/);
    expect(again.status).toBe(304);
    expect(kept.text).toBe(first.text);

    await setup.report(api, uppdragId);
    const moved = await eventually(
      () => api.request('GET', path, { as: direktor, headers: { 'if-none-match': etag } }),
      (answer) =>
        answer.status === 200 &&
        answer.body.items.some(
          (i: { uppdragId: string; reportsCount: number }) =>
            i.uppdragId === uppdragId && i.reportsCount === 1,
        ),
    );
    expect(moved.headers.get('etag')).not.toBe(etag);
  });

  it('refuses unknown or malformed filters naming them', async () => {
    for (const [query, field] of [
      ['?organ=a%20b', 'organ'],
      ['?limit=0', 'limit'],
      ['?limit=abc', 'limit'],
      ['?status=red', 'status'],
      ['?foo=1', 'foo'],
    ]) {
      const answer = await api.request('GET', `/api/uppdrag${query}`, { as: direktor });
      expect({
        query,
        status: answer.status,
        fields: answer.body.errors?.map((e: { field: string }) => e.field),
      }).toEqual({
        query,
        status: 400,
        fields: [field],
      });
    }
  });
});

describe('refusals in words', () => {
  it('names each refused field in Swedish in the detail; the field stays the path the client wrote', async () => {
    const answer = await api.request('POST', '/api/uppdrag', {
      as: direktor,
      body: uppdragBody({ ansvarigPersonId: 'Sara Berg', origin: { kind: 'fullmaktige', planYear: YEAR } }),
    });
    expect(answer.status).toBe(400);
    expect(answer.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'ansvarigPersonId',
      'origin.givenBy',
    ]);
    expect(answer.body.detail).toContain('Ansvarig måste vara en giltig beteckning');
    expect(answer.body.detail).toContain('Beslut, beslutat av måste anges');
    expect(answer.body.detail).not.toMatch(/ansvarigPersonId|givenBy|\bid\b/);
  });
});

describe('checks against other streams', () => {
  const register = (body: Record<string, unknown>, as = direktor) =>
    api.request('POST', '/api/uppdrag', { as, body });

  it('refuses a recipient organ that does not exist, naming it, and writes nothing', async () => {
    const body = uppdragBody({ riktasTill: ['rs', 'finns-inte'] });
    const answer = await register(body);
    expect(answer.status).toBe(404);
    expect(answer.body).toMatchObject({ code: 'ORGAN_NOT_FOUND', field: 'riktasTill[1]' });
    expect(await api.events(`uppdrag-${body.uppdragId}`)).toEqual([]);
  });

  it('refuses an ansvarig who is not a registered person', async () => {
    const answer = await register(uppdragBody({ ansvarigPersonId: 'person-okand' }));
    expect(answer.status).toBe(404);
    expect(answer.body).toMatchObject({ code: 'PERSON_NOT_FOUND', field: 'ansvarigPersonId' });
  });

  it('refuses a deactivated recipient with 409', async () => {
    const organId = await setup.organ(api);
    expectStatus(
      await api.request('POST', `/api/organs/${organId}/deactivate`, {
        as: ACTORS.admin,
        body: { reason: 'Nedlagd' },
      }),
      200,
    );
    const answer = await register(uppdragBody({ riktasTill: [organId], samordnare: null }));
    expect(answer.status).toBe(409);
    expect(answer.body).toMatchObject({ code: 'ORGAN_DEACTIVATED', field: 'riktasTill[0]' });
  });

  it('refuses an uppdrag "from fullmäktige" given by a nämnd', async () => {
    const answer = await register(
      uppdragBody({ origin: { givenBy: 'hsn', kind: 'fullmaktige', planYear: YEAR } }),
    );
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({
      code: 'INVALID_VALUE',
      errors: [{ field: 'origin.givenBy', reason: expect.any(String) }],
    });
    const fromNamnd = await register(
      uppdragBody({
        riktasTill: ['beredning-folkhalsa'],
        samordnare: null,
        origin: { givenBy: 'hsn', kind: 'namnd', planYear: YEAR },
      }),
    );
    expect(fromNamnd.status).toBe(201);
  });

  it('answers someone who may not register with 403 before telling them what exists', async () => {
    const answer = await register(
      uppdragBody({ riktasTill: ['finns-inte'], samordnare: null }),
      ACTORS.officerRecipient,
    );
    expect(answer.status).toBe(403);
  });

  it('refuses a new ansvarig who does not exist', async () => {
    const id = await setup.uppdrag(api);
    const answer = await api.request('POST', `/api/uppdrag/${id}/ansvarig`, {
      as: direktor,
      body: { ansvarigPersonId: 'person-okand' },
    });
    expect(answer.status).toBe(404);
    expect(answer.body).toMatchObject({ code: 'PERSON_NOT_FOUND', field: 'ansvarigPersonId' });
  });
});

describe('domain refusals as problems', () => {
  it('maps each kind to its status with the stable code and the Swedish message', async () => {
    const id = await setup.uppdrag(api);
    const samordnare = await api.request('POST', '/api/uppdrag', {
      as: direktor,
      body: uppdragBody({ samordnare: 'run' }),
    });
    expect(samordnare.status).toBe(400);
    expect(samordnare.body).toMatchObject({
      code: 'SAMORDNARE_NOT_A_RECIPIENT',
      errors: [{ field: 'samordnare' }],
    });

    const tertial = await api.request('POST', `/api/uppdrag/${id}/reports`, {
      as: direktor,
      body: { period: `${YEAR}-T1`, status: 'ej_paborjad', kommentar: 'x' },
    });
    expect(tertial.status).toBe(400);
    expect(tertial.body).toMatchObject({
      code: 'PERIOD_NOT_IN_PERIODICITET',
      errors: [{ field: 'period', reason: expect.stringMatching(/månad/i) }],
    });

    await setup.report(api, id);
    const twice = await api.request('POST', `/api/uppdrag/${id}/reports`, {
      as: direktor,
      body: { period: THIS_MONTH, status: 'ej_paborjad', kommentar: 'igen' },
    });
    expect(twice.status).toBe(409);
    expect(twice.body).toMatchObject({ code: 'PERIOD_ALREADY_REPORTED', title: 'Konflikt' });

    expectStatus(
      await api.request('POST', `/api/uppdrag/${id}/close`, { as: direktor, body: { kommentar: 'Klart.' } }),
      200,
    );
    const closed = await api.request('POST', `/api/uppdrag/${id}/withdraw`, {
      as: direktor,
      body: { reason: 'x' },
    });
    expect(closed.status).toBe(409);
    expect(closed.body).toMatchObject({
      code: 'UPPDRAG_CLOSED',
      detail: expect.stringContaining('avslutat'),
    });
  });

  it('writes nothing and keeps the ETag when a change changes nothing', async () => {
    const id = await setup.uppdrag(api);
    const answer = await api.request('POST', `/api/uppdrag/${id}/ansvarig`, {
      as: direktor,
      body: { ansvarigPersonId: 'person-johan' },
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('etag')).toBe('"0"');
    expect(await api.events(`uppdrag-${id}`)).toHaveLength(1);
  });

  it('refuses a malformed If-Match naming the header', async () => {
    const id = await setup.uppdrag(api);
    const answer = await api.request('POST', `/api/uppdrag/${id}/close`, {
      as: direktor,
      body: { kommentar: 'x' },
      headers: { 'if-match': 'igår' },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([{ field: 'If-Match', reason: expect.any(String) }]);
  });

  it('makes an id when the client gives none', async () => {
    const body = uppdragBody();
    delete body.uppdragId;
    const answer = await api.request('POST', '/api/uppdrag', { as: direktor, body });
    expect(answer.status).toBe(201);
    expect(answer.body.uppdragId).toMatch(/^[0-9a-f-]{36}$/);
    expect(answer.headers.get('location')).toBe(`/api/uppdrag/${answer.body.uppdragId}`);
  });
});

describe('business time', () => {
  const migrering = {
    personId: 'person-migrering',
    roles: ['regiondirektor' as const, 'importer' as const],
    organId: null,
  };

  it('lets an importer migrate history: a report written in May 2023, both times kept', async () => {
    const uppdragId = newId('uppdrag-2023');
    const registered = await api.request('POST', '/api/uppdrag', {
      as: migrering,
      body: uppdragBody({
        uppdragId,
        slutdatum: '2023-12-31',
        origin: { givenBy: 'regionfullmaktige', kind: 'fullmaktige', planYear: 2023 },
        occurredAt: '2023-01-10T09:00:00+01:00',
      }),
    });
    expect(registered.status).toBe(201);
    expect(registered.body.registeredOn).toBe('2023-01-10');

    const report = await api.request('POST', `/api/uppdrag/${uppdragId}/reports`, {
      as: migrering,
      body: {
        period: '2023-04',
        status: 'pagaende_enligt_plan',
        kommentar: 'Enligt plan.',
        occurredAt: '2023-05-03T09:30:00+02:00',
      },
    });
    expect(report.status).toBe(200);
    const [registration, event] = await api.events(`uppdrag-${uppdragId}`);
    expect(event.metadata.occurredAt).toBe('2023-05-03T09:30:00+02:00');
    // Recorded now (by the database's clock, as the registration a moment before it), not in 2023.
    expect(Date.parse(event.recordedAt) - Date.parse(registration.recordedAt)).toBeLessThan(60_000);
    expect(Date.parse(event.recordedAt)).toBeGreaterThan(Date.parse('2024-01-01'));
  });

  it('refuses backdating by anyone else (403) and a business time in the future for everyone (400)', async () => {
    const id = await setup.uppdrag(api);
    const backdated = await api.request('POST', `/api/uppdrag/${id}/reports`, {
      as: direktor,
      body: { period: THIS_MONTH, status: 'ej_paborjad', kommentar: 'x', occurredAt: '2020-01-01T00:00:00Z' },
    });
    expect(backdated.status).toBe(403);
    expect(backdated.body).toMatchObject({ code: 'BACKDATING_NOT_ALLOWED', field: 'occurredAt' });

    const future = await api.request('POST', `/api/uppdrag/${id}/reports`, {
      as: migrering,
      body: {
        period: THIS_MONTH,
        status: 'ej_paborjad',
        kommentar: 'x',
        occurredAt: `${YEAR + 5}-01-01T00:00:00Z`,
      },
    });
    expect(future.status).toBe(400);
    expect(future.body).toMatchObject({ code: 'BUSINESS_TIME_IN_FUTURE', errors: [{ field: 'occurredAt' }] });
    expect(await api.events(`uppdrag-${id}`)).toHaveLength(1);
  });
});
