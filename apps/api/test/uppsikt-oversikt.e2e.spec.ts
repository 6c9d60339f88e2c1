/**
 * GET /api/uppsikt/oversikt through the API: a nämnd's two uppdrag migrated with their 2023 business
 * times, read for T1 as of 30 June 2023; and a malformed question refused with 400 naming the field.
 * Deadlines (default årshjul, 10 working days): March → 18 April, April and T1 → 15 May.
 */
import { type Actor } from '@sparbar/domain';
import { type SqlDriver } from '@sparbar/event-store';
import { catchUpLive, periodsProjection, PgProjectionDb } from '@sparbar/projections';
import { SQL_DATABASE } from '@sparbar/runtime';
import { type ApiHarness, startTestApi } from './support/api-harness';
import { ACTORS, expectStatus, newId, setup, uppdragBody } from './support/fixtures';

let api: ApiHarness;
let sql: SqlDriver;
let readModels: PgProjectionDb;
let namnd: string;

/** Migration account: only an importer may give a business time earlier than now. */
const migrering: Actor = {
  personId: 'person-migrering',
  roles: ['regiondirektor', 'importer'],
  organId: null,
};
const MANAD = newId('uppdrag-manad');
const TERTIAL = newId('uppdrag-tertial');

async function post(path: string, body: Record<string, unknown>, status = 200): Promise<void> {
  expectStatus(await api.request('POST', path, { as: migrering, body }), status);
}

beforeAll(async () => {
  api = await startTestApi();
  sql = api.app.get<SqlDriver>(SQL_DATABASE);
  readModels = new PgProjectionDb({
    connectionString: api.schema.connectionString,
    schema: api.schema.schema,
  });
  namnd = await setup.organ(api, {
    namn: 'Kulturnämnden',
    kortnamn: 'KN',
    typ: 'namnd',
    parentOrganId: 'regionfullmaktige',
  });
  const origin = { givenBy: 'regionfullmaktige', kind: 'fullmaktige', planYear: 2023 };
  // Monthly from 10 January: January and February never reported, March on time, April late and red.
  const manad = { uppdragId: MANAD, riktasTill: [namnd], samordnare: null, periodicitet: 'manad' };
  await post(
    '/api/uppdrag',
    uppdragBody({ ...manad, slutdatum: '2023-12-31', origin, occurredAt: '2023-01-10T09:00:00+01:00' }),
    201,
  );
  // Tertial, ending 31 March and never reported nor closed: T1 missing, past its slutdatum.
  const tertial = { uppdragId: TERTIAL, riktasTill: [namnd], samordnare: null, periodicitet: 'tertial' };
  await post(
    '/api/uppdrag',
    uppdragBody({ ...tertial, slutdatum: '2023-03-31', origin, occurredAt: '2023-01-05T10:00:00+01:00' }),
    201,
  );
  // History in the order it happened: business time never runs backwards in a stream.
  await post(`/api/uppdrag/${MANAD}/slutdatum`, {
    slutdatum: '2024-06-30',
    reason: 'Upphandlingen är överprövad.',
    occurredAt: '2023-02-15T10:00:00+01:00',
  });
  await post(`/api/uppdrag/${MANAD}/reports`, {
    period: '2023-03',
    status: 'ej_paborjad',
    kommentar: 'Start i mars.',
    occurredAt: '2023-04-05T09:00:00+02:00',
  });
  await post(`/api/uppdrag/${MANAD}/reports`, {
    period: '2023-04',
    status: 'pagaende_ej_enligt_plan',
    kommentar: 'Behöver stöd.',
    occurredAt: '2023-05-20T09:00:00+02:00',
  });
  const [row] = await sql.query<{ last: string }>('SELECT max(position) AS last FROM events');
  await catchUpLive({ store: api.store, db: readModels }, [periodsProjection], { until: Number(row.last) });
});
afterAll(async () => {
  await readModels?.close();
  await api?.close();
});

describe('GET /api/uppsikt/oversikt', () => {
  it('T1 as of 30 June 2023: the nämnd’s reports on time, late and missing, red, past slutdatum, extended', async () => {
    const answer = await api.request('GET', '/api/uppsikt/oversikt?period=2023-T1&asOf=2023-06-30', {
      as: ACTORS.officerOther,
    });
    expectStatus(answer, 200);
    expect(answer.body).toMatchObject({
      period: '2023-T1',
      on: '2023-06-30',
      asOf: '2023-06-30',
      recordedAt: null,
    });
    expect(answer.body.organs.find((o: { organ: string }) => o.organ === namnd)).toEqual({
      organ: namnd,
      uppdrag: 2,
      onTime: 1,
      late: 1,
      missing: 3,
      notYetDue: 0,
      red: 1,
      yellow: 0,
      pastSlutdatum: 1,
      extensions: 1,
    });
  });

  it('refuses a missing or malformed period and time point with 400, naming the field', async () => {
    for (const [path, fields] of [
      ['/api/uppsikt/oversikt', ['period']],
      ['/api/uppsikt/oversikt?period=2023-T4', ['period']],
      ['/api/uppsikt/oversikt?period=2023&asOf=igår', ['asOf']],
    ] as const) {
      const answer = await api.request('GET', path, { as: ACTORS.officerOther });
      expect({
        path,
        status: answer.status,
        fields: answer.body.errors?.map((e: { field: string }) => e.field),
      }).toEqual({
        path,
        status: 400,
        fields,
      });
    }
  });
});
