/**
 * Delmål through the API: a nämnd's delmål with an indikator followed up over a period — the
 * bedömning computed from utfall and målvärde, corrections kept beside the original, the nämnd's own
 * bedömning and prognos — and the refusals a user meets on the way.
 */
import { type ApiHarness, startTestApi } from './support/api-harness';
import { ACTORS, delmalBody, expectStatus, setup, THIS_MONTH, YEAR } from './support/fixtures';

let api: ApiHarness;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

const secretary = ACTORS.secretaryRecipient;
const officer = ACTORS.officerRecipient;

it('follows a delmål through a period: indikator, utfall with computed bedömning, correction, assessment', async () => {
  const delmalId = await setup.delmal(api);
  const base = `/api/delmal/${delmalId}`;
  const indikator = await api.request('POST', `${base}/indikatorer`, {
    as: secretary,
    body: {
      indikatorId: 'klimat',
      namn: 'Klimatutsläpp från tjänsteresor',
      enhet: 'ton CO2e',
      baseline: { year: YEAR - 2, value: 1061 },
      malvarde: 1010,
      riktning: 'lower_is_better',
    },
  });
  expectStatus(indikator, 200);

  // 1 030 ton against a target of 1 010, lower is better: 98 % of the way, "delvis".
  const utfall = await api.request('POST', `${base}/indikatorer/klimat/utfall`, {
    as: officer,
    body: { period: THIS_MONTH, utfall: 1030 },
  });
  expectStatus(utfall, 200);
  expect(utfall.body.indikatorer[0].utfall).toEqual([
    expect.objectContaining({
      period: THIS_MONTH,
      utfall: 1030,
      kvot: 0.9806,
      bedomning: 'delvis',
      malvarde: 1010,
      recordedBy: officer.personId,
    }),
  ]);

  const corrected = await api.request('POST', `${base}/indikatorer/klimat/utfall/${THIS_MONTH}/corrections`, {
    as: officer,
    body: { utfall: 1005, reason: 'Resor i december kom med två gånger' },
  });
  expectStatus(corrected, 200);
  expect(corrected.body.indikatorer[0].utfall[0]).toMatchObject({
    utfall: 1005,
    bedomning: 'helt',
    correctedBy: officer.personId,
  });

  const assessed = await api.request('POST', `${base}/assessments`, {
    as: officer,
    body: { period: THIS_MONTH, bedomning: 'delvis', prognos: 'helt', kommentar: 'Resorna minskar.' },
  });
  expectStatus(assessed, 200);
  expect(assessed.body.assessments).toEqual([
    expect.objectContaining({
      period: THIS_MONTH,
      bedomning: 'delvis',
      prognos: 'helt',
      assessedBy: officer.personId,
    }),
  ]);

  const read = await api.request('GET', base, { as: ACTORS.auditor });
  expect(read.headers.get('etag')).toBe('"4"');
  expect(read.body).toMatchObject({
    delmalId,
    organId: 'hsn',
    planYear: YEAR,
    regionmal: { id: 'regionmal-3', namn: 'God och jämlik hälsa' },
    closed: false,
    indikatorer: [
      {
        indikatorId: 'klimat',
        enhet: 'ton CO2e',
        baseline: { year: YEAR - 2, value: 1061 },
        malvarde: 1010,
        riktning: 'lower_is_better',
      },
    ],
  });
  // The original utfall stays in the log.
  const types = (await api.events(`delmal-${delmalId}`)).map((e) => e.type);
  expect(types).toEqual([
    'DelmalDefined',
    'IndikatorAdded',
    'IndikatorUtfallRecorded',
    'IndikatorUtfallCorrected',
    'DelmalAssessed',
  ]);
});

it('records a missing value as "saknas"', async () => {
  const delmalId = await setup.delmal(api);
  const indikatorId = await setup.indikator(api, delmalId);
  await setup.utfall(api, delmalId, indikatorId, null);
  const read = await api.request('GET', `/api/delmal/${delmalId}`, { as: officer });
  expect(read.body.indikatorer[0].utfall[0]).toMatchObject({ utfall: null, kvot: null, bedomning: 'saknas' });
});

it('answers 404 for an unknown delmål or indikator', async () => {
  const unknown = await api.request('GET', '/api/delmal/finns-inte', { as: officer });
  expect(unknown.status).toBe(404);
  expect(unknown.body.code).toBe('DELMAL_NOT_FOUND');

  const delmalId = await setup.delmal(api);
  const noIndikator = await api.request('POST', `/api/delmal/${delmalId}/indikatorer/finns-inte/utfall`, {
    as: officer,
    body: { period: THIS_MONTH, utfall: 1 },
  });
  expect(noIndikator.status).toBe(404);
  expect(noIndikator.body).toMatchObject({ code: 'INDIKATOR_NOT_FOUND', field: 'indikatorId' });
});

it('refuses a delmål for an organ that does not exist, and one in another nämnd’s plan', async () => {
  // The register places people only in organs it knows, so an organ that does not exist is nobody's
  // own plan: a secretary who names one is refused as for any other nämnd's plan, and nothing is written.
  const body = delmalBody({ organId: 'finns-inte' });
  const missing = await api.request('POST', '/api/delmal', { as: secretary, body });
  expect(missing.status).toBe(403);
  expect(missing.body).toMatchObject({ code: 'FORBIDDEN' });
  expect(await api.events(`delmal-${String(body.delmalId)}`)).toEqual([]);

  const other = await api.request('POST', '/api/delmal', {
    as: ACTORS.secretaryOther,
    body: delmalBody({ organId: 'hsn' }),
  });
  expect(other.status).toBe(403);
});

it('refuses a period outside the plan year, and anything after closing', async () => {
  const delmalId = await setup.delmal(api);
  const outside = await api.request('POST', `/api/delmal/${delmalId}/assessments`, {
    as: secretary,
    body: { period: `${YEAR - 1}-T3`, bedomning: 'helt', prognos: 'helt', kommentar: 'x' },
  });
  expect(outside.status).toBe(400);
  expect(outside.body).toMatchObject({ code: 'PERIOD_OUTSIDE_PLAN_YEAR', errors: [{ field: 'period' }] });

  expectStatus(await api.request('POST', `/api/delmal/${delmalId}/close`, { as: secretary, body: {} }), 200);
  const afterClose = await api.request('POST', `/api/delmal/${delmalId}/indikatorer`, {
    as: secretary,
    body: { namn: 'Sent tillagd', riktning: 'higher_is_better' },
  });
  expect(afterClose.status).toBe(409);
  expect(afterClose.body.code).toBe('DELMAL_CLOSED');
});

it('refuses a second indikator with the same name, case aside', async () => {
  const delmalId = await setup.delmal(api);
  await setup.indikator(api, delmalId, { namn: 'Antal digitala vårdmöten' });
  const answer = await api.request('POST', `/api/delmal/${delmalId}/indikatorer`, {
    as: secretary,
    body: { namn: 'antal DIGITALA vårdmöten', riktning: 'higher_is_better' },
  });
  expect(answer.status).toBe(409);
  expect(answer.body.code).toBe('INDIKATOR_NAME_TAKEN');
});
