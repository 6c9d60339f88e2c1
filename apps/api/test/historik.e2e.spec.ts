/**
 * The history of an uppdrag and a delmål through the API: every change from the history read model,
 * who made it, both times, the reason, and the fields from → to; 404 for an unknown id, 401 without a
 * token, 403 for a bare importer; an answer kept per state of the trail, 304 until the item changes.
 */
import { auditLogProjection } from '@sparbar/audit';
import { catchUpLive, PgProjectionDb } from '@sparbar/projections';
import { type ApiHarness, eventually, readWhileStill, startTestApi } from './support/api-harness';
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

// Last in the file: it changes the uppdrag the tests above read.
describe('answers kept per state of the trail', () => {
  it('answers 304 to a repeat until the uppdrag changes, then the history with the change', async () => {
    const path = `/api/uppdrag/${uppdragId}/historik`;
    const { first, again, kept } = await readWhileStill(api, path, ACTORS.auditor);
    expectStatus(first, 200);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"audit_log-\d+\.\d+"$/);
    expect(again.status).toBe(304);
    expect(kept.body).toEqual(first.body);

    const extend = { slutdatum: '2099-12-31', reason: 'Beslutet om finansiering dröjer.' };
    expectStatus(
      await api.request('POST', `/api/uppdrag/${uppdragId}/slutdatum`, {
        as: ACTORS.regiondirektor,
        body: extend,
      }),
      200,
    );
    const moved = await eventually(
      () => api.request('GET', path, { as: ACTORS.auditor, headers: { 'if-none-match': etag } }),
      (answer) => answer.status === 200 && answer.body.lines.length === first.body.lines.length + 1,
    );
    expect(moved.headers.get('etag')).not.toBe(etag);
    expect(moved.body.lines.at(-1)).toMatchObject({
      eventType: 'UppdragSlutdatumExtended',
      reason: 'Beslutet om finansiering dröjer.',
      changes: [expect.objectContaining({ field: 'slutdatum', to: '2099-12-31' })],
    });
    // Another uppdrag's change moves the trail too: a new state, the same history.
    const other = await setup.uppdrag(api);
    await setup.report(api, other);
    const after = await eventually(
      () => api.request('GET', path, { as: ACTORS.auditor }),
      (answer) => answer.headers.get('etag') !== moved.headers.get('etag'),
    );
    expect(after.body).toEqual(moved.body);
  });
});
