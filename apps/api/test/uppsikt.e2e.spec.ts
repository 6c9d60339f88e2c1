/**
 * Uppsikt through the API: regionstyrelsen records an uppsiktsärende on a nämnd's uppdrag, the nämnd
 * answers twice, regionstyrelsen closes it — and the refusals on the way (400 naming fields, 403 for
 * the wrong role or organ, 409 for a stale If-Match and after closing, 404 for an unknown ärende).
 */
import { type ApiHarness, USERS } from './support/api-harness';
import { startTestApi } from './support/api-harness';
import { ACTORS, expectStatus, newId, setup, TODAY, YEAR } from './support/fixtures';

let api: ApiHarness;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

const rsSecretary = USERS['person-ida'];
const hsnSecretary = ACTORS.secretaryRecipient;
const hsnOfficer = ACTORS.officerRecipient;
const dueDate = `${YEAR + 1}-01-31`;

async function recordArende(overrides: Record<string, unknown> = {}) {
  const arendeId = newId('uppsikt');
  const answer = await api.request('POST', '/api/uppsikt', {
    as: rsSecretary,
    body: {
      arendeId,
      organId: 'hsn',
      kind: 'begaran_om_information',
      text: 'Redogör för läget.',
      dueDate,
      ...overrides,
    },
  });
  return { arendeId, answer };
}

it('records an uppsiktsärende, takes the organ’s answers and closes it with a conclusion', async () => {
  const uppdragId = await setup.uppdrag(api);
  const { arendeId, answer: recorded } = await recordArende({ item: { kind: 'uppdrag', id: uppdragId } });
  expectStatus(recorded, 201);
  expect(recorded.headers.get('location')).toBe(`/api/uppsikt/${arendeId}`);
  expect(recorded.headers.get('etag')).toBe('"0"');
  expect(recorded.body).toMatchObject({
    arendeId,
    regionstyrelsenId: 'rs',
    organId: 'hsn',
    item: { kind: 'uppdrag', id: uppdragId },
    kind: 'begaran_om_information',
    dueDate,
    recordedOn: TODAY,
    recordedBy: rsSecretary.personId,
    answers: [],
    closed: false,
  });

  const first = await api.request('POST', `/api/uppsikt/${arendeId}/answers`, {
    as: hsnSecretary,
    body: { text: 'Rapporten lämnas i nästa månadsrapport.' },
    headers: { 'if-match': '"0"' },
  });
  expectStatus(first, 200);
  const second = await api.request('POST', `/api/uppsikt/${arendeId}/answers`, {
    as: hsnOfficer,
    body: { text: 'Rapporten är nu lämnad.' },
  });
  expectStatus(second, 200);
  expect(second.body.answers).toEqual([
    expect.objectContaining({
      text: 'Rapporten lämnas i nästa månadsrapport.',
      answeredBy: hsnSecretary.personId,
      late: false,
    }),
    expect.objectContaining({
      text: 'Rapporten är nu lämnad.',
      answeredBy: hsnOfficer.personId,
      answeredOn: TODAY,
    }),
  ]);

  const closed = await api.request('POST', `/api/uppsikt/${arendeId}/close`, {
    as: ACTORS.regiondirektor,
    body: { conclusion: 'Svaret är tillräckligt.' },
  });
  expectStatus(closed, 200);
  expect(closed.body).toMatchObject({ closed: true, conclusion: 'Svaret är tillräckligt.', closedOn: TODAY });

  const read = await api.request('GET', `/api/uppsikt/${arendeId}`, { as: ACTORS.auditor });
  expectStatus(read, 200);
  expect(read.headers.get('etag')).toBe('"3"');
  expect(read.body.answers).toHaveLength(2);
  expect((await api.events(`uppsikt-${arendeId}`)).map((e) => e.type)).toEqual([
    'UppsiktsarendeRecorded',
    'UppsiktsarendeAnswered',
    'UppsiktsarendeAnswered',
    'UppsiktsarendeClosed',
  ]);

  const late = await api.request('POST', `/api/uppsikt/${arendeId}/answers`, {
    as: hsnSecretary,
    body: { text: 'Ett svar till.' },
  });
  expect(late.status).toBe(409);
  expect(late.body.code).toBe('UPPSIKTSARENDE_CLOSED');
});

it('answers 400 naming each refused field', async () => {
  const malformed = await api.request('POST', '/api/uppsikt', {
    as: rsSecretary,
    body: { organId: 'hsn', kind: 'klagomal', text: '', dueDate: '2023-02-30', extra: 1 },
  });
  expect(malformed.status).toBe(400);
  expect(malformed.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(
    ['dueDate', 'extra', 'kind'].sort(),
  );

  const early = await recordArende({ dueDate: `${YEAR - 1}-12-31` });
  expect(early.answer.status).toBe(400);
  expect(early.answer.body).toMatchObject({
    code: 'DUE_DATE_BEFORE_RECORDED',
    errors: [{ field: 'dueDate' }],
  });

  const ownOrgan = await recordArende({ organId: 'rs' });
  expect(ownOrgan.answer.body).toMatchObject({
    code: 'UPPSIKT_OVER_REGIONSTYRELSEN',
    errors: [{ field: 'organId' }],
  });

  const unknownItem = await recordArende({ item: { kind: 'delmal', id: 'finns-inte' } });
  expect(unknownItem.answer.status).toBe(404);
  expect(unknownItem.answer.body).toMatchObject({ code: 'DELMAL_NOT_FOUND', field: 'item.id' });
  expect(await api.events(`uppsikt-${unknownItem.arendeId}`)).toHaveLength(0);
});

it('answers 403 for the wrong role or organ, and writes nothing', async () => {
  const hsnRecords = await api.request('POST', '/api/uppsikt', {
    as: hsnSecretary,
    body: { organId: 'run', kind: 'observation', text: 'Iakttagelse.', dueDate },
  });
  expect(hsnRecords.status).toBe(403);
  expect(hsnRecords.body.code).toBe('FORBIDDEN');

  const { arendeId } = await recordArende();
  for (const [who, path, body] of [
    [rsSecretary, 'answers', { text: 'Regionstyrelsen svarar själv.' }],
    [ACTORS.secretaryOther, 'answers', { text: 'Fel nämnd.' }],
    [hsnSecretary, 'close', { conclusion: 'Nämnden stänger sitt eget ärende.' }],
    [ACTORS.auditor, 'close', { conclusion: 'Revisorn stänger.' }],
  ] as const) {
    const answer = await api.request('POST', `/api/uppsikt/${arendeId}/${path}`, { as: who, body });
    expect({ who: who.personId, path, status: answer.status }).toEqual({
      who: who.personId,
      path,
      status: 403,
    });
  }
  expect(await api.events(`uppsikt-${arendeId}`)).toHaveLength(1);
});

it('answers 409 on a stale If-Match and 404 for an unknown ärende', async () => {
  const { arendeId } = await recordArende();
  expectStatus(
    await api.request('POST', `/api/uppsikt/${arendeId}/answers`, {
      as: hsnSecretary,
      body: { text: 'Ett.' },
    }),
    200,
  );
  const stale = await api.request('POST', `/api/uppsikt/${arendeId}/answers`, {
    as: hsnSecretary,
    body: { text: 'Två.' },
    headers: { 'if-match': '"0"' },
  });
  expect(stale.status).toBe(409);
  expect(stale.body.code).toBe('WRONG_EXPECTED_REVISION');

  const unknown = await api.request('GET', '/api/uppsikt/finns-inte', { as: hsnOfficer });
  expect(unknown.status).toBe(404);
  expect(unknown.body.code).toBe('UPPSIKTSARENDE_NOT_FOUND');
  const answerUnknown = await api.request('POST', '/api/uppsikt/finns-inte/answers', {
    as: hsnSecretary,
    body: { text: 'Svar.' },
  });
  expect(answerUnknown.status).toBe(404);
});
