/**
 * Intern kontroll through the API: a nämnd's plan for the year from draft to adoption, a result with
 * an avvikelse, an åtgärd taken to klar, a change to the adopted plan with its reason — and the
 * refusals (400 naming fields, 403 for the wrong role or organ, 409 stale If-Match or state, 404).
 */
import { type ApiHarness, startTestApi } from './support/api-harness';
import { ACTORS, expectStatus, THIS_TERTIAL, TODAY, YEAR } from './support/fixtures';

let api: ApiHarness;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

const secretary = ACTORS.secretaryRecipient; // HSN
const officer = ACTORS.officerRecipient; // HSN
const base = `/api/internkontroll/hsn/${YEAR}`;
const nextYear = `${YEAR + 1}-01-31`;

it('follows a full cycle: plan → risk and kontrollmoment → adopted → avvikelse → åtgärd → klar', async () => {
  const created = await api.request('POST', '/api/internkontroll', {
    as: secretary,
    body: { organId: 'hsn', year: YEAR },
  });
  expectStatus(created, 201);
  expect(created.headers.get('location')).toBe(base);

  expectStatus(
    await api.request('POST', `${base}/risks`, {
      as: secretary,
      body: { riskId: 'risk-inkop', text: 'Inköp görs utanför avtal', sannolikhet: 3, konsekvens: 4 },
      headers: { 'if-match': '"0"' },
    }),
    200,
  );
  expectStatus(
    await api.request('POST', `${base}/kontrollmoment`, {
      as: secretary,
      body: {
        riskId: 'risk-inkop',
        kontrollmomentId: 'km-stickprov',
        vad: 'Att inköp görs mot avtal',
        hur: 'Stickprov om tjugo fakturor',
        vem: 'Ekonomichef',
        frekvens: 'tertial',
      },
    }),
    200,
  );

  const early = await api.request('POST', `${base}/results`, {
    as: officer,
    body: { kontrollmomentId: 'km-stickprov', period: THIS_TERTIAL, resultat: 'utan_anmarkning' },
  });
  expect(early.status).toBe(409);
  expect(early.body.code).toBe('INTERNKONTROLLPLAN_NOT_ADOPTED');

  const adopted = await api.request('POST', `${base}/adoption`, {
    as: secretary,
    body: { adoptedOn: TODAY, paragraf: '§ 12' },
  });
  expectStatus(adopted, 200);
  expect(adopted.body).toMatchObject({ adoptedOn: TODAY, paragraf: '§ 12', changesAfterAdoption: 0 });

  const noDescription = await api.request('POST', `${base}/results`, {
    as: officer,
    body: { kontrollmomentId: 'km-stickprov', period: THIS_TERTIAL, resultat: 'avvikelse' },
  });
  expect(noDescription.status).toBe(400);
  expect(noDescription.body).toMatchObject({
    code: 'AVVIKELSE_DESCRIPTION_REQUIRED',
    errors: [{ field: 'beskrivning' }],
  });

  const avvikelse = await api.request('POST', `${base}/results`, {
    as: officer,
    body: {
      kontrollmomentId: 'km-stickprov',
      period: THIS_TERTIAL,
      resultat: 'avvikelse',
      beskrivning: 'Tre av tjugo inköp utanför avtal.',
    },
  });
  expectStatus(avvikelse, 200);

  const dueToday = await api.request('POST', `${base}/atgarder`, {
    as: officer,
    body: {
      kontrollmomentId: 'km-stickprov',
      period: THIS_TERTIAL,
      text: 'Informera beställarna',
      ansvarigPersonId: officer.personId,
      dueDate: TODAY,
    },
  });
  expect(dueToday.status).toBe(400);
  expect(dueToday.body.code).toBe('ATGARD_DUE_NOT_AFTER_AVVIKELSE');

  const atgard = await api.request('POST', `${base}/atgarder`, {
    as: officer,
    body: {
      atgardId: 'atgard-1',
      kontrollmomentId: 'km-stickprov',
      period: THIS_TERTIAL,
      text: 'Informera beställarna',
      ansvarigPersonId: officer.personId,
      dueDate: nextYear,
    },
  });
  expectStatus(atgard, 200);
  expectStatus(
    await api.request('POST', `${base}/atgarder/atgard-1/status`, { as: officer, body: { status: 'pagar' } }),
    200,
  );
  const klar = await api.request('POST', `${base}/atgarder/atgard-1/status`, {
    as: secretary,
    body: { status: 'klar', kommentar: 'Information given på APT.' },
  });
  expectStatus(klar, 200);

  const changed = await api.request('POST', `${base}/risks`, {
    as: secretary,
    body: { riskId: 'risk-lakemedel', text: 'Läkemedel kasseras', sannolikhet: 2, konsekvens: 2 },
  });
  expect(changed.status).toBe(400);
  expect(changed.body).toMatchObject({ code: 'REASON_REQUIRED', errors: [{ field: 'reason' }] });
  expectStatus(
    await api.request('POST', `${base}/risks`, {
      as: secretary,
      body: {
        riskId: 'risk-lakemedel',
        text: 'Läkemedel kasseras',
        sannolikhet: 2,
        konsekvens: 2,
        reason: 'Ny risk efter internrevisionen.',
      },
    }),
    200,
  );
  // Reassessing a risk of the adopted plan is a change too, and needs its reason.
  const reassessment = `${base}/risks/risk-inkop/reassessment`;
  const unexplained = await api.request('POST', reassessment, {
    as: secretary,
    body: { sannolikhet: 2, konsekvens: 4 },
  });
  expect(unexplained.status).toBe(400);
  expect(unexplained.body).toMatchObject({ code: 'REASON_REQUIRED', errors: [{ field: 'reason' }] });
  expectStatus(
    await api.request('POST', reassessment, {
      as: secretary,
      body: { sannolikhet: 2, konsekvens: 4, reason: 'Avtalstroheten har ökat.' },
    }),
    200,
  );
  expect(
    (
      await api.request('POST', `${base}/risks/finns-inte/reassessment`, {
        as: secretary,
        body: { sannolikhet: 2, konsekvens: 4, reason: 'Fel risk.' },
      })
    ).status,
  ).toBe(404);

  const read = await api.request('GET', base, { as: ACTORS.auditor });
  expectStatus(read, 200);
  expect(read.headers.get('etag')).toBe('"9"');
  expect(read.body).toMatchObject({
    organId: 'hsn',
    year: YEAR,
    adoptedOn: TODAY,
    changesAfterAdoption: 2,
    changes: [
      {
        event: 'RiskAdded',
        itemId: 'risk-lakemedel',
        beskrivning: 'Ny risk: Läkemedel kasseras',
        reason: 'Ny risk efter internrevisionen.',
        by: secretary.personId,
      },
      {
        event: 'RiskReassessed',
        itemId: 'risk-inkop',
        beskrivning: 'Risken Inköp görs utanför avtal omvärderad: riskvärde 12 → 8',
        reason: 'Avtalstroheten har ökat.',
      },
    ],
    risks: [
      {
        riskId: 'risk-inkop',
        riskvarde: 8,
        changesAdoptedPlan: false,
        kontrollmoment: [{ frekvens: 'tertial' }],
      },
      { riskId: 'risk-lakemedel', riskvarde: 4, changesAdoptedPlan: true, kontrollmoment: [] },
    ],
    results: [{ period: THIS_TERTIAL, resultat: 'avvikelse', recordedBy: officer.personId }],
    atgarder: [{ atgardId: 'atgard-1', status: 'klar', kommentar: 'Information given på APT.' }],
  });
  // The 4×4 matrix: row = sannolikhet − 1, column = konsekvens − 1.
  expect(read.body.riskmatris[2][3]).toBe(0);
  expect(read.body.riskmatris[1][3]).toBe(1);
  expect(read.body.riskmatris[1][1]).toBe(1);
  expect((await api.events(`internkontroll-hsn-${YEAR}`)).map((e) => e.type)).toEqual([
    'InternkontrollplanCreated',
    'RiskAdded',
    'KontrollmomentAdded',
    'InternkontrollplanAdopted',
    'KontrollresultatRecorded',
    'AtgardAdded',
    'AtgardStatusChanged',
    'AtgardStatusChanged',
    'RiskAdded',
    'RiskReassessed',
  ]);
});

it('answers 400 naming fields, 403 for the wrong role or organ, 409 on a stale If-Match, 404 unknown', async () => {
  const plan = `/api/internkontroll/run/${YEAR}`;
  const runSecretary = ACTORS.secretaryOther;

  const wrongOrgan = await api.request('POST', '/api/internkontroll', {
    as: secretary,
    body: { organId: 'run', year: YEAR },
  });
  expect(wrongOrgan.status).toBe(403);
  expectStatus(
    await api.request('POST', '/api/internkontroll', {
      as: runSecretary,
      body: { organId: 'run', year: YEAR },
    }),
    201,
  );
  const again = await api.request('POST', '/api/internkontroll', {
    as: runSecretary,
    body: { organId: 'run', year: YEAR },
  });
  expect(again.status).toBe(409);
  expect(again.body.code).toBe('INTERNKONTROLLPLAN_ALREADY_CREATED');

  const malformed = await api.request('POST', `${plan}/risks`, {
    as: runSecretary,
    body: { riskId: 'r 1', text: 'Risk', sannolikhet: 5, konsekvens: 0 },
  });
  expect(malformed.status).toBe(400);
  expect(malformed.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
    'konsekvens',
    'riskId',
    'sannolikhet',
  ]);

  for (const who of [ACTORS.officerOther, ACTORS.regiondirektor, secretary]) {
    const answer = await api.request('POST', `${plan}/risks`, {
      as: who,
      body: { riskId: 'r1', text: 'Risk', sannolikhet: 1, konsekvens: 1 },
    });
    expect({ who: who.personId, status: answer.status }).toEqual({ who: who.personId, status: 403 });
  }

  const stale = await api.request('POST', `${plan}/risks`, {
    as: runSecretary,
    body: { riskId: 'r1', text: 'Risk', sannolikhet: 1, konsekvens: 1 },
    headers: { 'if-match': '"5"' },
  });
  expect(stale.status).toBe(409);
  expect(stale.body.code).toBe('WRONG_EXPECTED_REVISION');
  expect(await api.events(`internkontroll-run-${YEAR}`)).toHaveLength(1);

  const unknown = await api.request('GET', `/api/internkontroll/hsn/${YEAR - 5}`, { as: officer });
  expect(unknown.status).toBe(404);
  expect(unknown.body.code).toBe('INTERNKONTROLLPLAN_NOT_FOUND');
  const unknownWrite = await api.request('POST', `/api/internkontroll/hsn/${YEAR - 5}/adoption`, {
    as: secretary,
    body: { adoptedOn: TODAY },
  });
  expect(unknownWrite.status).toBe(404);
});
