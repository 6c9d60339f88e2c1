/**
 * The period reads through the API, as a nämnd's follow-up of 2023 would be read: two uppdrag (one
 * reported monthly, one per tertial) and two delmål migrated with their 2023 business times, an April
 * report corrected in May; then the T1 and May tables, the table as it stood on a day and as the
 * system showed it before the correction, måluppfyllelse, aging, one uppdrag at a time point, and the
 * refusals (400 naming the field, 404, 401). Before reading, the period facts are caught up to the
 * last event written ("read your own writes"), beside the worker that runs in the API process.
 */
import { get } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { type Actor } from '@sparbar/domain';
import { catchUpLive, periodsProjection, PgProjectionDb } from '@sparbar/projections';
import { PeriodChanges } from '../src/perioder/period-changes';
import { type ApiHarness, readWhileStill, startTestApi } from './support/api-harness';
import { ACTORS, expectStatus, indikatorBody, newId, setup, TODAY, uppdragBody } from './support/fixtures';

let api: ApiHarness;
let readModels: PgProjectionDb;

/** Migration accounts: only an importer may give a business time earlier than now. */
const migrering: Actor = {
  personId: 'person-migrering',
  roles: ['regiondirektor', 'importer'],
  organId: null,
};
let namndMigrering: Actor;

let namnd: string;
const MANAD = newId('uppdrag-manad');
const TERTIAL = newId('uppdrag-tertial');
const ASSESSED = newId('delmal-bedomt');
const UNASSESSED = newId('delmal-utan-bedomning');
const INDIKATOR = newId('indikator');
/** The last millisecond before the correction of April was recorded (read from the log). */
let beforeCorrection: string;

async function post(path: string, as: Actor, body: Record<string, unknown>, status = 200): Promise<void> {
  expectStatus(await api.request('POST', path, { as, body }), status);
}

/** The period facts have applied every event written so far. */
async function caughtUp(): Promise<void> {
  const last = await api.store.headPosition();
  await catchUpLive({ store: api.store, db: readModels }, [periodsProjection], { until: last });
}

/**
 * The store stamps recorded time itself, so "before the correction" is read from the log: the last
 * millisecond (the read model's precision) before the correction event was recorded.
 */
async function recordedJustBefore(type: string, uppdragId: string): Promise<string> {
  const times = (await api.store.readStream(`uppdrag-${uppdragId}`))
    .filter((e) => e.type === type)
    .map((e) => Date.parse(e.recordedAt));
  return new Date(Math.min(...times) - 1).toISOString();
}

async function migrateUppdrag(uppdragId: string, periodicitet: string, occurredAt: string): Promise<void> {
  const body = uppdragBody({
    uppdragId,
    riktasTill: [namnd],
    samordnare: null,
    periodicitet,
    slutdatum: '2023-12-31',
    origin: { givenBy: 'regionfullmaktige', kind: 'fullmaktige', planYear: 2023 },
    occurredAt,
  });
  await post('/api/uppdrag', migrering, body, 201);
}

async function report(uppdragId: string, period: string, status: string, kommentar: string, at: string) {
  await post(`/api/uppdrag/${uppdragId}/reports`, migrering, { period, status, kommentar, occurredAt: at });
}

async function defineDelmal(delmalId: string, text: string): Promise<void> {
  const body = {
    delmalId,
    organId: namnd,
    planYear: 2023,
    regionmal: { id: 'regionmal-3', namn: 'God och jämlik hälsa' },
    text,
    occurredAt: '2023-01-20T10:00:00+01:00',
  };
  await post('/api/delmal', namndMigrering, body, 201);
}

beforeAll(async () => {
  api = await startTestApi();
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
  // The nämnd's secretary migrating its plan, registered with those roles like anyone who signs in.
  namndMigrering = await api.register(
    { personId: 'person-kn-migrering', roles: ['secretary', 'importer'], organId: namnd },
    'Kulturnämndens sekreterare',
  );

  // The tertial uppdrag is the older one: aging lists it first, although its id sorts last.
  await migrateUppdrag(TERTIAL, 'tertial', '2023-01-05T10:00:00+01:00');
  await migrateUppdrag(MANAD, 'manad', '2023-01-10T09:00:00+01:00');
  await report(MANAD, '2023-03', 'ej_paborjad', 'Sen start i mars.', '2023-04-05T09:00:00+02:00');
  await report(
    MANAD,
    '2023-04',
    'pagaende_enligt_plan',
    'Riktlinjerna är kommunicerade.',
    '2023-05-03T09:30:00+02:00',
  );
  await report(
    TERTIAL,
    '2023-T1',
    'pagaende_ej_enligt_plan',
    'Kartläggningen har inte börjat.',
    '2023-05-04T10:00:00+02:00',
  );
  await post(`/api/uppdrag/${MANAD}/reports/2023-04/corrections`, migrering, {
    status: 'pagaende_delvis_enligt_plan',
    kommentar: 'Upphandlingen är försenad.',
    reason: 'Fel status i första rapporten',
    occurredAt: '2023-05-12T14:00:00+02:00',
  });
  await post(`/api/uppdrag/${MANAD}/slutdatum`, migrering, {
    slutdatum: '2024-06-30',
    reason: 'Upphandlingen är överprövad.',
    occurredAt: '2023-06-15T10:00:00+02:00',
  });

  await defineDelmal(ASSESSED, 'Fler besökare på länets bibliotek');
  await defineDelmal(UNASSESSED, 'Fler deltagare i kulturskolan');
  await post(
    `/api/delmal/${ASSESSED}/indikatorer`,
    namndMigrering,
    indikatorBody({
      indikatorId: INDIKATOR,
      baseline: { year: 2021, value: 1061 },
      occurredAt: '2023-01-20T11:00:00+01:00',
    }),
  );
  await post(`/api/delmal/${ASSESSED}/indikatorer/${INDIKATOR}/utfall`, namndMigrering, {
    period: '2023-04',
    utfall: 1000,
    occurredAt: '2023-05-10T10:00:00+02:00',
  });
  await post(`/api/delmal/${ASSESSED}/assessments`, namndMigrering, {
    period: '2023-T1',
    bedomning: 'delvis',
    prognos: 'helt',
    kommentar: 'Besöken ökar men inte i alla kommuner.',
    occurredAt: '2023-05-10T11:00:00+02:00',
  });

  beforeCorrection = await recordedJustBefore('UppdragReportCorrected', MANAD);
  await caughtUp();
});
afterAll(async () => {
  await readModels?.close();
  await api?.close();
});

const reader = ACTORS.officerOther;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function read(path: string, as: Actor = reader): Promise<any> {
  const answer = await api.request('GET', path, { as });
  expectStatus(answer, 200);
  return answer.body;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const rowOf = (table: { rows: any[] }, uppdragId: string) =>
  table.rows.find((r) => r.uppdragId === uppdragId);

describe('the period table', () => {
  it('T1: the monthly uppdrag shows April as corrected, the tertial one its T1 report', async () => {
    const table = await read(`/api/perioder/2023-T1/uppdrag?organ=${namnd}`);

    expect(table).toMatchObject({ period: '2023-T1', periodStart: '2023-01-01', periodEnd: '2023-04-30' });
    expect(table.rows.map((r: { uppdragId: string }) => r.uppdragId).sort()).toEqual([MANAD, TERTIAL].sort());
    expect(rowOf(table, MANAD)).toMatchObject({
      rapportering: 'rapporterad',
      reportPeriod: '2023-04',
      status: 'pagaende_delvis_enligt_plan',
      kommentar: 'Upphandlingen är försenad.',
      corrected: true,
      correctionReason: 'Fel status i första rapporten',
      carriedForward: false,
    });
    expect(rowOf(table, TERTIAL)).toMatchObject({
      rapportering: 'rapporterad',
      reportPeriod: '2023-T1',
      status: 'pagaende_ej_enligt_plan',
      corrected: false,
      reportedBy: 'person-migrering',
    });
  });

  it('May: no report is ej rapporterad with April’s status carried forward; the tertial one owes nothing', async () => {
    const table = await read(`/api/perioder/2023-05/uppdrag?organ=${namnd}&givenBy=regionfullmaktige`);

    expect(rowOf(table, MANAD)).toMatchObject({
      rapportering: 'ej_rapporterad',
      carriedForward: true,
      reportPeriod: '2023-04',
      status: 'pagaende_delvis_enligt_plan',
    });
    expect(rowOf(table, TERTIAL)).toMatchObject({
      rapportering: 'ej_aktuell',
      carriedForward: true,
      reportPeriod: '2023-T1',
    });
  });

  it('the whole year: each uppdrag with its last report of 2023', async () => {
    const year = await read(`/api/perioder/2023/uppdrag?organ=${namnd}`);
    expect(year).toMatchObject({ period: '2023', periodStart: '2023-01-01', periodEnd: '2023-12-31' });
    expect(rowOf(year, MANAD)).toMatchObject({ rapportering: 'rapporterad', reportPeriod: '2023-04' });
    expect(rowOf(year, TERTIAL)).toMatchObject({ rapportering: 'rapporterad', reportPeriod: '2023-T1' });
  });

  it('as it stood on 30 April: only the March report was in; on 4 April nothing was, and nothing was late', async () => {
    const april30 = await read(`/api/perioder/2023-T1/uppdrag?organ=${namnd}&asOf=2023-04-30`);
    expect(april30.asOf).toBe('2023-04-30');
    expect(rowOf(april30, MANAD)).toMatchObject({
      rapportering: 'rapporterad',
      reportPeriod: '2023-03',
      status: 'ej_paborjad',
    });
    // T1 is due by 15 May: on 30 April its report is not yet due, and the uppdrag reads as the plan did.
    expect(rowOf(april30, TERTIAL)).toMatchObject({
      rapportering: 'ej_forfallen',
      deadline: '2023-05-15',
      status: null,
      tableStatus: 'ej_paborjad',
    });

    const april4 = await read(`/api/perioder/2023-T1/uppdrag?organ=${namnd}&asOf=2023-04-04`);
    for (const id of [MANAD, TERTIAL]) {
      expect(rowOf(april4, id)).toMatchObject({
        rapportering: 'ej_forfallen',
        tableStatus: 'ej_paborjad',
        status: null,
        carriedForward: false,
      });
    }
  });

  it('as the system showed it just before the correction was recorded: the original April report', async () => {
    const table = await read(
      `/api/perioder/2023-T1/uppdrag?organ=${namnd}&recordedAt=${encodeURIComponent(beforeCorrection)}`,
    );

    expect(table.recordedAt).toBe(beforeCorrection);
    expect(rowOf(table, MANAD)).toMatchObject({
      reportPeriod: '2023-04',
      status: 'pagaende_enligt_plan',
      kommentar: 'Riktlinjerna är kommunicerade.',
      corrected: false,
      correctionReason: null,
    });
  });
});

describe('måluppfyllelse', () => {
  it('counts the delmål by bedömning (one without is saknas), the indikator and the uppdrag by status', async () => {
    const answer = await read(`/api/perioder/2023-T1/maluppfyllelse?organ=${namnd}`);

    expect(answer.counts.delmal).toEqual({ helt: 0, delvis: 1, inte: 0, saknas: 1, totalt: 2 });
    expect(answer.sammanfattning).toBe(
      'Totalt 2 delmål, varav 0 uppnås, 1 uppnås delvis och 0 uppnås inte. 1 saknar bedömning.',
    );
    const assessed = answer.delmal.find((d: { delmalId: string }) => d.delmalId === ASSESSED);
    expect(assessed).toMatchObject({ bedomning: 'delvis', prognos: 'helt', bedomningPeriod: '2023-T1' });
    expect(assessed.indikatorer).toEqual([
      expect.objectContaining({ indikatorId: INDIKATOR, utfall: 1000, utfallPeriod: '2023-04' }),
    ]);
    expect(answer.counts.indikatorer.totalt).toBe(1);
    expect(answer.delmal.find((d: { delmalId: string }) => d.delmalId === UNASSESSED).bedomning).toBe(
      'saknas',
    );
    expect(answer.counts.uppdrag).toEqual({
      ej_paborjad: 0,
      pagaende_enligt_plan: 0,
      pagaende_delvis_enligt_plan: 1,
      pagaende_ej_enligt_plan: 1,
      avslutad: 0,
      aterkallad: 0,
      ej_forfallen: 0,
      ej_rapporterad: 0,
      ej_aktuell: 0,
      totalt: 2,
    });
  });

  it('in a tertial no report came in for, counts each row as the table prints it, not by its carried status', async () => {
    const [table, answer] = await Promise.all([
      read(`/api/perioder/2023-T2/uppdrag?organ=${namnd}`),
      read(`/api/perioder/2023-T2/maluppfyllelse?organ=${namnd}`),
    ]);
    // The monthly uppdrag reported last in April: its row carries April's yellow forward, as small print.
    expect(rowOf(table, MANAD)).toMatchObject({
      rapportering: 'ej_rapporterad',
      tableStatus: 'ej_rapporterad',
      carriedForward: true,
      reportPeriod: '2023-04',
      status: 'pagaende_delvis_enligt_plan',
    });
    const printed: Record<string, number> = {};
    for (const row of table.rows as { tableStatus: string }[]) {
      printed[row.tableStatus] = (printed[row.tableStatus] ?? 0) + 1;
    }
    expect(answer.counts.uppdrag).toMatchObject({ ...printed, totalt: table.rows.length });
    expect(answer.counts.uppdrag.pagaende_delvis_enligt_plan).toBe(0);
    expect(answer.counts.uppdrag.ej_rapporterad).toBeGreaterThanOrEqual(1);
  });

  it('before the correction was recorded, counts the April report as first given', async () => {
    const answer = await read(
      `/api/perioder/2023-T1/maluppfyllelse?organ=${namnd}&recordedAt=${encodeURIComponent(beforeCorrection)}`,
    );
    expect(answer.counts.uppdrag).toMatchObject({ pagaende_enligt_plan: 1, pagaende_delvis_enligt_plan: 0 });
  });
});

describe('aging', () => {
  it('lists the open uppdrag oldest first, with missing reports past their deadline and extensions', async () => {
    const answer = await read(`/api/uppfoljning/aldrande?on=2023-06-30&organ=${namnd}`);

    expect(answer).toMatchObject({ on: '2023-06-30', organ: namnd, asOf: '2023-06-30' });
    expect(answer.open.map((u: { uppdragId: string }) => u.uppdragId)).toEqual([TERTIAL, MANAD]);
    const [tertial, manad] = answer.open;
    expect(tertial).toMatchObject({
      registeredOn: '2023-01-05',
      ageDays: 176,
      missingReports: [],
      extensions: [],
    });
    // Registered on 10 January: January and February were never reported, May is past its deadline.
    expect(manad.missingReports.map((m: { period: string }) => m.period)).toEqual([
      '2023-01',
      '2023-02',
      '2023-05',
    ]);
    expect(manad.extensions).toEqual([
      {
        from: '2023-12-31',
        to: '2024-06-30',
        reason: 'Upphandlingen är överprövad.',
        on: '2023-06-15',
        by: 'person-migrering',
      },
    ]);
    expect(answer.extended.map((u: { uppdragId: string }) => u.uppdragId)).toEqual([MANAD]);
  });

  it('is drawn up for today when no day is given', async () => {
    const answer = await read(`/api/uppfoljning/aldrande?organ=${namnd}`);
    expect(answer.on).toBe(TODAY);
    expect(answer.open.map((u: { uppdragId: string }) => u.uppdragId)).toEqual([TERTIAL, MANAD]);
  });

  it('is kept per state of the read model, and per day when the request names none', async () => {
    const { first: today, again } = await readWhileStill(
      api,
      `/api/uppfoljning/aldrande?organ=${namnd}`,
      reader,
    );
    expect(today.headers.get('etag')).toMatch(new RegExp(`^W/"periods-\\d+\\.\\d+-${TODAY}"$`));
    const named = await api.request('GET', `/api/uppfoljning/aldrande?on=2023-06-30&organ=${namnd}`, {
      as: reader,
    });
    expect(named.headers.get('etag')).toMatch(/^W\/"periods-\d+\.\d+"$/);
    expect(again.status).toBe(304);
  });
});

describe('one uppdrag at a time point', () => {
  const reportOf = (uppdrag: { reports: { period: string }[] }, period: string) =>
    uppdrag.reports.find((r) => r.period === period);

  it('shows the April report corrected now, and as first given before the correction was recorded', async () => {
    const now = await read(`/api/uppdrag/${MANAD}/per`);
    expect(now).toMatchObject({ uppdragId: MANAD, slutdatum: '2024-06-30', slutdatumExtensions: 1 });
    expect(reportOf(now, '2023-04')).toMatchObject({
      status: 'pagaende_delvis_enligt_plan',
      corrected: true,
    });

    const before = await read(`/api/uppdrag/${MANAD}/per?recordedAt=${encodeURIComponent(beforeCorrection)}`);
    expect(reportOf(before, '2023-04')).toMatchObject({ status: 'pagaende_enligt_plan', corrected: false });

    const inJanuary = await read(`/api/uppdrag/${MANAD}/per?asOf=2023-01-31`);
    expect(inJanuary).toMatchObject({ slutdatum: '2023-12-31', reports: [] });
  });

  it('lives beside GET /api/uppdrag/:uppdragId, which still answers the uppdrag as it is now', async () => {
    const current = await api.request('GET', `/api/uppdrag/${MANAD}`, { as: reader });
    expectStatus(current, 200);
    expect(current.headers.get('etag')).toEqual(expect.any(String));
    expect(current.body).toMatchObject({ uppdragId: MANAD, registeredOn: '2023-01-10' });
    expect(current.body.position).toBeUndefined();
  });

  it('answers 404 for an unknown uppdrag, and for one not yet registered at the time point', async () => {
    for (const path of [
      `/api/uppdrag/${newId('finns-inte')}/per`,
      `/api/uppdrag/${MANAD}/per?asOf=2023-01-09`,
    ]) {
      const answer = await api.request('GET', path, { as: reader });
      expect({ path, status: answer.status, code: answer.body.code }).toEqual({
        path,
        status: 404,
        code: 'UPPDRAG_NOT_FOUND',
      });
      expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    }
  });
});

describe('refusals', () => {
  it('refuses a malformed question with 400, naming each wrong field', async () => {
    for (const [path, fields] of [
      ['/api/perioder/2023-13/uppdrag', ['period']],
      ['/api/perioder/23/uppdrag', ['period']],
      ['/api/perioder/april/uppdrag', ['period']],
      // Well-formed but before any plan: the read model's own check, named the same way.
      ['/api/perioder/0999-T1/uppdrag', ['period']],
      ['/api/perioder/2023-T1/uppdrag?asOf=2023-02-30', ['asOf']],
      ['/api/perioder/2023-T1/uppdrag?recordedAt=2023-05-08T10:00:00', ['recordedAt']],
      ['/api/perioder/2023-T1/uppdrag?organ=a%20b', ['organ']],
      ['/api/perioder/2023-T1/uppdrag?foo=1', ['foo']],
      ['/api/perioder/2023-T1/maluppfyllelse', ['organ']],
      ['/api/perioder/2023-T4/maluppfyllelse?organ=hsn', ['period']],
      ['/api/perioder/2023-T1/maluppfyllelse?organ=hsn&asOf=igår&recordedAt=nu', ['asOf', 'recordedAt']],
      ['/api/uppfoljning/aldrande?on=2023-06-31', ['on']],
      ['/api/uppfoljning/aldrande?recordedAt=nyss', ['recordedAt']],
      [`/api/uppdrag/${MANAD}/per?asOf=30%20april`, ['asOf']],
      [`/api/uppdrag/${MANAD}/per?on=2023-04-30`, ['on']],
    ] as const) {
      const answer = await api.request('GET', path, { as: reader });
      expect({
        path,
        status: answer.status,
        type: answer.headers.get('content-type'),
        code: answer.body.code,
        fields: answer.body.errors?.map((e: { field: string }) => e.field),
      }).toEqual({
        path,
        status: 400,
        type: expect.stringMatching(/^application\/problem\+json/),
        code: 'VALIDATION_FAILED',
        fields,
      });
    }
  });

  const paths = () => [
    `/api/perioder/2023-T1/uppdrag?organ=${namnd}`,
    `/api/perioder/2023-T1/maluppfyllelse?organ=${namnd}`,
    '/api/uppfoljning/aldrande',
    `/api/uppdrag/${MANAD}/per`,
  ];

  it('answers 401 without a token', async () => {
    for (const path of paths()) {
      const answer = await api.request('GET', path);
      expect({ path, status: answer.status, code: answer.body.code }).toEqual({
        path,
        status: 401,
        code: 'UNAUTHENTICATED',
      });
    }
  });

  it('lets every role read, but not a bare importer', async () => {
    for (const path of paths()) {
      for (const who of [ACTORS.secretaryGiver, ACTORS.auditor, ACTORS.admin]) {
        expect({ path, who, status: (await api.request('GET', path, { as: who })).status }).toMatchObject({
          status: 200,
        });
      }
      const refused = await api.request('GET', path, { as: ACTORS.importerOnly });
      expect({ path, status: refused.status, code: refused.body.code }).toEqual({
        path,
        status: 403,
        code: 'FORBIDDEN',
      });
    }
  });

  it('describes the endpoints in the API description, with their parameters', async () => {
    const document = (await api.request('GET', '/api/docs-json')).body;
    const parameters = (path: string) =>
      Object.fromEntries(
        document.paths[path].get.parameters.map((p: { name: string; required?: boolean }) => [
          p.name,
          p.required ?? false,
        ]),
      );
    expect(parameters('/api/perioder/{period}/uppdrag')).toEqual({
      period: true,
      organ: false,
      givenBy: false,
      asOf: false,
      recordedAt: false,
    });
    expect(parameters('/api/perioder/{period}/maluppfyllelse')).toMatchObject({ period: true, organ: true });
    expect(parameters('/api/uppfoljning/aldrande')).toMatchObject({ on: false, organ: false, asOf: false });
    expect(parameters('/api/uppdrag/{uppdragId}/per')).toEqual({
      uppdragId: true,
      asOf: false,
      recordedAt: false,
    });
    expect(document.paths['/api/uppdrag/{uppdragId}/per'].get.responses['404']).toBeDefined();
    expect(document.components.schemas.PeriodTableRowView.properties.rapportering.enum).toEqual([
      'rapporterad',
      'ej_forfallen',
      'ej_rapporterad',
      'ej_aktuell',
    ]);
    expect(document.components.schemas.PeriodTableRowView.properties.tableStatus.enum).toEqual(
      expect.arrayContaining(['ej_paborjad', 'avslutad', 'ej_forfallen', 'ej_rapporterad']),
    );
  });
});

describe('answers kept per state of the read model', () => {
  it('answers 304 to a repeated question until an event moves the read model, then the new table', async () => {
    const path = `/api/perioder/2023-T2/uppdrag?organ=${namnd}`;
    const { first, again, kept } = await readWhileStill(api, path, reader);
    expectStatus(first, 200);
    const etag = first.headers.get('etag')!;
    // Read about now, the answer is also that of a day (a deadline passing changes it): the day is in it.
    expect(etag).toMatch(/^W\/"periods-\d+\.\d+-\d{4}-\d{2}-\d{2}"$/);
    expect(rowOf(first.body, MANAD)).toMatchObject({ rapportering: 'ej_rapporterad', carriedForward: true });
    expect(again.status).toBe(304);
    expect(kept.text).toBe(first.text);

    await report(MANAD, '2023-06', 'pagaende_enligt_plan', 'Upphandlingen är igång.', '2023-07-03T08:00:00Z');
    await caughtUp();
    const moved = await api.request('GET', path, { as: reader, headers: { 'if-none-match': etag } });
    expectStatus(moved, 200);
    expect(moved.headers.get('etag')).not.toBe(etag);
    expect(rowOf(moved.body, MANAD)).toMatchObject({
      rapportering: 'rapporterad',
      reportPeriod: '2023-06',
      kommentar: 'Upphandlingen är igång.',
    });
  });

  it("keeps an organ's table across reports of other organs' uppdrag, and draws it up again at its own", async () => {
    // Two nämnder of their own, so the tables the other tests read do not change.
    const [mine, other] = [await setup.organ(api), await setup.organ(api)];
    const [ours, theirs] = [newId('uppdrag-eget'), newId('uppdrag-annat')];
    const path = `/api/perioder/2023-08/uppdrag?organ=${mine}`;
    const ask = (etag?: string) =>
      api.request('GET', path, { as: reader, headers: etag ? { 'if-none-match': etag } : {} });
    const checkpointOf = (answer: { headers: Headers }) =>
      Number(/periods-\d+\.(\d+)/.exec(answer.headers.get('etag')!)![1]);
    await caughtUp();
    const empty = await ask();
    for (const [uppdragId, organ] of [
      [ours, mine],
      [theirs, other],
    ]) {
      const body = uppdragBody({
        uppdragId,
        riktasTill: [organ],
        samordnare: null,
        periodicitet: 'manad',
        slutdatum: '2023-12-31',
        origin: { givenBy: 'regionfullmaktige', kind: 'fullmaktige', planYear: 2023 },
        occurredAt: '2023-01-10T09:00:00+01:00',
      });
      await post('/api/uppdrag', migrering, body, 201);
    }
    await caughtUp();
    const first = await ask();
    expectStatus(first, 200);
    expect(first.body.rows.map((r: { uppdragId: string }) => r.uppdragId)).toEqual([ours]);
    const changes = api.app.get(PeriodChanges);

    await report(
      theirs,
      '2023-08',
      'pagaende_enligt_plan',
      'Den andra nämndens rapport.',
      '2023-09-04T08:00:00Z',
    );
    await caughtUp();
    const moved = await ask(first.headers.get('etag')!);
    // A new state, so a new ETag; the same table, kept: only the other nämnd's uppdrag was reported.
    expectStatus(moved, 200);
    expect(checkpointOf(moved)).toBeGreaterThan(checkpointOf(first));
    expect(moved.text).toBe(first.text);
    expect(await changes.unchangedFor(mine, checkpointOf(first), checkpointOf(moved))).toBe(true);
    expect(await changes.unchangedFor(other, checkpointOf(first), checkpointOf(moved))).toBe(false);

    await report(ours, '2023-08', 'pagaende_enligt_plan', 'Vår egen rapport.', '2023-09-05T08:00:00Z');
    await caughtUp();
    const own = await ask(moved.headers.get('etag')!);
    expectStatus(own, 200);
    expect(rowOf(own.body, ours)).toMatchObject({
      rapportering: 'rapporterad',
      kommentar: 'Vår egen rapport.',
    });
    expect(await changes.unchangedFor(mine, checkpointOf(moved), checkpointOf(own))).toBe(false);
    // A registration may add a row to any organ's table: every organ counts as changed.
    expect(await changes.unchangedFor(other, checkpointOf(empty), checkpointOf(first))).toBe(false);
  });

  it("keeps an organ's table of a period across a report for a later period, and draws it up again at an earlier one", async () => {
    const mine = await setup.organ(api);
    const ours = newId('uppdrag-perioder');
    const path = `/api/perioder/2023-08/uppdrag?organ=${mine}`;
    const ask = (etag?: string) =>
      api.request('GET', path, { as: reader, headers: etag ? { 'if-none-match': etag } : {} });
    const checkpointOf = (answer: { headers: Headers }) =>
      Number(/periods-\d+\.(\d+)/.exec(answer.headers.get('etag')!)![1]);
    const body = uppdragBody({
      uppdragId: ours,
      riktasTill: [mine],
      samordnare: null,
      periodicitet: 'manad',
      slutdatum: '2023-12-31',
      origin: { givenBy: 'regionfullmaktige', kind: 'fullmaktige', planYear: 2023 },
      occurredAt: '2023-01-10T09:00:00+01:00',
    });
    await post('/api/uppdrag', migrering, body, 201);
    await caughtUp();
    const first = await ask();
    expectStatus(first, 200);
    expect(rowOf(first.body, ours)).toMatchObject({ status: null, kommentar: null });
    const changes = api.app.get(PeriodChanges);

    await report(ours, '2023-09', 'pagaende_enligt_plan', 'Septembers rapport.', '2023-10-03T08:00:00Z');
    await caughtUp();
    const later = await ask(first.headers.get('etag')!);
    // A new state; August's table is the same, kept: September's report is not in it.
    expectStatus(later, 200);
    expect(checkpointOf(later)).toBeGreaterThan(checkpointOf(first));
    expect(later.text).toBe(first.text);
    const [from, to] = [checkpointOf(first), checkpointOf(later)];
    expect(await changes.unchangedFor(mine, from, to, '2023-08-31')).toBe(true);
    // September's table and tertial 3's have it; so may an answer about no period (aging).
    expect(await changes.unchangedFor(mine, from, to, '2023-09-30')).toBe(false);
    expect(await changes.unchangedFor(mine, from, to, '2023-12-31')).toBe(false);
    expect(await changes.unchangedFor(mine, from, to)).toBe(false);

    await report(
      ours,
      '2023-07',
      'pagaende_delvis_enligt_plan',
      'Julis rapport, sent.',
      '2023-10-04T08:00:00Z',
    );
    await caughtUp();
    const earlier = await ask(later.headers.get('etag')!);
    // July's report is carried forward into August's table: drawn up again.
    expectStatus(earlier, 200);
    expect(rowOf(earlier.body, ours)).toMatchObject({
      reportPeriod: '2023-07',
      kommentar: 'Julis rapport, sent.',
      carriedForward: true,
    });
    expect(await changes.unchangedFor(mine, to, checkpointOf(earlier), '2023-08-31')).toBe(false);
  });

  it('sends the kept table gzipped to a client that accepts gzip, as is to one that does not', async () => {
    const path = `/api/perioder/2023-T1/uppdrag?organ=${namnd}`;
    const token = await api.token(reader);
    const raw = (encoding: string) =>
      new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
        get(
          `${api.url}${path}`,
          { headers: { authorization: `Bearer ${token}`, 'accept-encoding': encoding } },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
          },
        ).on('error', reject);
      });
    const [zipped, plain] = [await raw('gzip, deflate'), await raw('identity')];
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(gunzipSync(zipped.body).toString()).toBe(plain.body.toString());
    expect(JSON.parse(plain.body.toString()).period).toBe('2023-T1');
  });
});
