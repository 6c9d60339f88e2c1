/**
 * The history of an uppdrag and a delmål through the API: every change from the history read model,
 * who made it, both times, the reason, and the fields from → to; 404 for an unknown id, 401 without a
 * token, 403 for a bare importer.
 */
import { auditLogProjection } from '@sparbar/audit';
import { catchUpLive, PgProjectionDb } from '@sparbar/projections';
import { type ApiHarness, startTestApi } from './support/api-harness';
import { ACTORS, expectStatus, newId, setup, THIS_MONTH } from './support/fixtures';

let api: ApiHarness;
let readModels: PgProjectionDb;
let uppdragId: string;
let delmalId: string;

beforeAll(async () => {
  api = await startTestApi();
  readModels = new PgProjectionDb({
    connectionString: api.schema.connectionString,
    schema: api.schema.schema,
  });
  uppdragId = await setup.uppdrag(api);
  await setup.report(api, uppdragId);
  const extend = { slutdatum: '2099-06-30', reason: 'Upphandlingen är överprövad.' };
  expectStatus(
    await api.request('POST', `/api/uppdrag/${uppdragId}/slutdatum`, {
      as: ACTORS.regiondirektor,
      body: extend,
    }),
    200,
  );
  delmalId = await setup.delmal(api);
  const last = await api.store.headPosition();
  await catchUpLive({ store: api.store, db: readModels }, [auditLogProjection], { until: last });
});
afterAll(async () => {
  await readModels?.close();
  await api?.close();
});

describe('history', () => {
  it('lists every change of an uppdrag oldest first: who, both times, reason and fields from → to', async () => {
    const answer = await api.request('GET', `/api/uppdrag/${uppdragId}/historik`, {
      as: ACTORS.officerOther,
    });
    expectStatus(answer, 200);
    expect(answer.body.kind).toBe('uppdrag');
    expect(answer.body.lines.map((l: { eventType: string }) => l.eventType)).toEqual([
      'UppdragRegistered',
      'UppdragStatusReported',
      'UppdragSlutdatumExtended',
    ]);
    const [, reported, extended] = answer.body.lines;
    expect(reported).toMatchObject({ period: THIS_MONTH, actor: ACTORS.regiondirektor.personId });
    expect(extended).toMatchObject({
      reason: 'Upphandlingen är överprövad.',
      changes: [expect.objectContaining({ field: 'slutdatum', to: '2099-06-30' })],
    });
    expect(Date.parse(extended.occurredAt)).toBeLessThanOrEqual(Date.parse(extended.recordedAt));
  });

  it('lists a delmål’s history too', async () => {
    const answer = await api.request('GET', `/api/delmal/${delmalId}/historik`, { as: ACTORS.auditor });
    expectStatus(answer, 200);
    expect(answer.body.lines.map((l: { eventType: string }) => l.eventType)).toEqual(['DelmalDefined']);
  });

  it('answers 404 for an unknown id, 401 without a token and 403 for a bare importer', async () => {
    const unknown = await api.request('GET', `/api/uppdrag/${newId('okand')}/historik`, {
      as: ACTORS.auditor,
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('UPPDRAG_NOT_FOUND');
    expect(
      (await api.request('GET', `/api/delmal/${newId('okand')}/historik`, { as: ACTORS.auditor })).status,
    ).toBe(404);
    expect((await api.request('GET', `/api/uppdrag/${uppdragId}/historik`)).status).toBe(401);
    expect(
      (await api.request('GET', `/api/uppdrag/${uppdragId}/historik`, { as: ACTORS.importerOnly })).status,
    ).toBe(403);
  });
});
