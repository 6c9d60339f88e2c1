/**
 * Imports through the API: a year's uppdrag from a sheet (CSV and XLSX) and history as a file of
 * commands. Everything is validated first; a file with any error is answered 400 row by row, and the
 * log is exactly as long afterwards as before.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { type Actor } from '@sparbar/domain';
import { type ApiHarness, eventually, startTestApi, USERS } from './support/api-harness';
import { ACTORS, expectStatus, newId, THIS_TERTIAL, YEAR } from './support/fixtures';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const migrering = USERS['person-migrering'];

let api: ApiHarness;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

async function post(path: string, body: string | Uint8Array, contentType: string, as: Actor = migrering) {
  const response = await fetch(`${api.url}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${await api.token(as)}`, 'content-type': contentType },
    body,
  });
  const text = await response.text();
  return { status: response.status, text, body: text ? JSON.parse(text) : undefined };
}

/** The log without the reminders' streams (their timers may write at any moment). */
async function logLength(): Promise<number> {
  const events = await api.store.readAll();
  return events.filter((e) => !e.stream.startsWith('paminnelse-')).length;
}

const HEADINGS = [
  'Uppdrags-id',
  'Status',
  'Uppdrag',
  'Riktas till',
  'Samordnare',
  'Periodicitet',
  'Slutdatum',
  'Ansvarig',
  'Givet av',
  'Ursprung',
  'Planår',
];

const csv = (rows: string[][]) =>
  rows.map((r) => r.map((c) => (/[;"\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(';')).join('\r\n');

describe('POST /api/import/uppdrag: a sheet laid out like the plan table', () => {
  it('imports a good CSV sheet: the uppdrag can be read and appear in the period table', async () => {
    const [first, second] = [newId('import'), newId('import')];
    const sheet = csv([
      HEADINGS,
      [
        first,
        'Ej påbörjad',
        'Kartlägga och optimera samverkans- och mötesstrukturer',
        'hsn, rs',
        'rs',
        'Tertial: apr, aug, dec',
        `${YEAR}-12-31`,
        'person-johan',
        'regionfullmaktige',
        'fullmäktige',
        String(YEAR),
      ],
      [
        second,
        '',
        'Införa styrd inköpsprocess; standardsortiment',
        'hsn samt rs',
        '',
        'Månad',
        `${YEAR}-12-31`,
        'person-sara',
        'regionfullmaktige',
        'fullmäktige',
        String(YEAR),
      ],
    ]);

    const answer = await post('/api/import/uppdrag', `\uFEFF${sheet}`, 'text/csv; charset=utf-8');

    expectStatus(answer, 200);
    expect(answer.body).toMatchObject({
      commands: 2,
      events: 2,
      written: [
        { row: 2, type: 'RegisterUppdrag', stream: `uppdrag-${first}`, revision: 0, events: 1 },
        { row: 3, type: 'RegisterUppdrag', stream: `uppdrag-${second}`, revision: 0, events: 1 },
      ],
    });
    const one = await api.request('GET', `/api/uppdrag/${second}`, { as: ACTORS.regiondirektor });
    expect(one.body).toMatchObject({
      text: 'Införa styrd inköpsprocess; standardsortiment',
      riktasTill: ['hsn', 'rs'],
      periodicitet: 'manad',
      slutdatum: `${YEAR}-12-31`,
      ansvarigPersonId: 'person-sara',
      origin: { givenBy: 'regionfullmaktige', kind: 'fullmaktige', planYear: YEAR },
    });

    const table = await eventually(
      () =>
        api.request('GET', `/api/perioder/${THIS_TERTIAL}/uppdrag?organ=hsn`, { as: ACTORS.regiondirektor }),
      (t) =>
        [first, second].every((id) => t.body.rows?.some((r: { uppdragId: string }) => r.uppdragId === id)),
    );
    expect(table.body.rows.find((r: { uppdragId: string }) => r.uppdragId === first)).toMatchObject({
      rapportering: expect.any(String),
    });
  });

  it('imports an XLSX sheet with the plan’s combined column and derives ids (a second import is refused, not duplicated)', async () => {
    const text = `Genomföra förstudie om logistik ${newId('t')}`;
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('Uppdrag');
    ws.addRow([
      'Status',
      'Uppdrag',
      'Riktas till',
      'Periodicitet och slutdatum',
      'Ansvarig',
      'Givet av',
      'Ursprung',
      'Planår',
    ]);
    ws.addRow([
      'Ej påbörjad',
      text,
      'rs',
      'Tertial: apr, aug, dec 2099-12-31',
      'person-johan',
      'regionfullmaktige',
      'fullmäktige',
      YEAR,
    ]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());

    const answer = await post('/api/import/uppdrag', bytes, XLSX_TYPE);
    expectStatus(answer, 200);
    const stream: string = answer.body.written[0].stream;
    const one = await api.request('GET', `/api/uppdrag/${stream.replace(/^uppdrag-/, '')}`, {
      as: ACTORS.regiondirektor,
    });
    expect(one.body).toMatchObject({
      text,
      periodicitet: 'tertial',
      slutdatum: '2099-12-31',
      riktasTill: ['rs'],
    });

    const again = await post('/api/import/uppdrag', bytes, XLSX_TYPE);
    expect(again.status).toBe(400);
    expect(again.body.errors).toEqual([
      expect.objectContaining({ row: 2, code: 'UPPDRAG_ALREADY_REGISTERED' }),
    ]);
  });

  it('refuses a sheet with three bad rows, naming each row and column, and writes nothing', async () => {
    const good = newId('import');
    const sheet = csv([
      HEADINGS,
      [
        newId('import'),
        '',
        'Uppdrag till ett organ som inte finns',
        'hsn, finns-inte',
        '',
        'Tertial',
        `${YEAR}-12-31`,
        'person-johan',
        'regionfullmaktige',
        'fullmäktige',
        String(YEAR),
      ],
      [
        newId('import'),
        '',
        'Uppdrag med omöjligt slutdatum',
        'hsn',
        '',
        'Tertial',
        `${YEAR}-13-45`,
        'person-johan',
        'regionfullmaktige',
        'fullmäktige',
        String(YEAR),
      ],
      [
        newId('import'),
        '',
        '',
        'hsn',
        '',
        'Månad',
        `${YEAR}-12-31`,
        'person-johan',
        'regionfullmaktige',
        'fullmäktige',
        String(YEAR),
      ],
      [
        good,
        '',
        'Ett uppdrag utan fel',
        'hsn',
        '',
        'Månad',
        `${YEAR}-12-31`,
        'person-johan',
        'regionfullmaktige',
        'fullmäktige',
        String(YEAR),
      ],
    ]);
    const before = await logLength();

    const answer = await post('/api/import/uppdrag', sheet, 'text/csv');

    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe('VALIDATION_FAILED');
    expect(answer.body.errors.map((e: { row: number; field: string }) => [e.row, e.field])).toEqual([
      [2, 'Riktas till'],
      [3, 'Slutdatum'],
      [4, 'Uppdrag'],
    ]);
    for (const error of answer.body.errors) expect(error.reason).toEqual(expect.any(String));
    expect(await logLength()).toBe(before);
    expect(await api.events(`uppdrag-${good}`)).toEqual([]);
  });

  it('names a missing column and an unknown one in row 1', async () => {
    const answer = await post(
      '/api/import/uppdrag',
      csv([['Uppdrag', 'Riktas till', 'Ansvarg']]),
      'text/csv',
    );
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 1, field: 'Ansvarg', reason: 'Okänd kolumn.' }),
        expect.objectContaining({
          row: 1,
          field: 'Planår',
          reason: expect.stringMatching(/^Kolumnen saknas/),
        }),
      ]),
    );
  });

  it('answers 415 for a body that is not a sheet', async () => {
    const answer = await post('/api/import/uppdrag', '{}', 'application/json');
    expect(answer.status).toBe(415);
  });
});

const register = (uppdragId: string) => ({
  type: 'RegisterUppdrag',
  actor: 'person-migrering',
  occurredAt: '2023-01-16T09:00:00+01:00',
  data: {
    uppdragId,
    text: 'Genomföra en genomlysning av primärvårdsbeställningen',
    riktasTill: ['rs', 'hsn'],
    periodicitet: 'tertial',
    slutdatum: '2023-12-31',
    ansvarigPersonId: 'person-johan',
    origin: { givenBy: 'regionfullmaktige', kind: 'fullmaktige', planYear: 2023 },
  },
});
const report = (uppdragId: string, period: string, actor: string, occurredAt: string) => ({
  type: 'ReportUppdragStatus',
  actor,
  occurredAt,
  data: { uppdragId, period, status: 'pagaende_enligt_plan', kommentar: `Rapport för ${period}.` },
});

describe('POST /api/import/kommandon: history as the commands the API takes', () => {
  it('imports historical reports with their original business times and actors', async () => {
    const id = newId('historik');
    const file = {
      commands: [
        register(id),
        report(id, '2023-T1', 'person-johan', '2023-05-03T09:00:00+02:00'),
        report(id, '2023-T2', 'person-sara', '2023-09-05T10:00:00+02:00'),
      ],
    };

    const answer = await post('/api/import/kommandon', JSON.stringify(file), 'application/json');

    expectStatus(answer, 200);
    expect(answer.body).toMatchObject({ commands: 3, events: 3 });
    const events = await api.events(`uppdrag-${id}`);
    expect(events.map((e) => [e.type, e.metadata.actor, e.metadata.occurredAt])).toEqual([
      ['UppdragRegistered', 'person-migrering', '2023-01-16T09:00:00+01:00'],
      ['UppdragStatusReported', 'person-johan', '2023-05-03T09:00:00+02:00'],
      ['UppdragStatusReported', 'person-sara', '2023-09-05T10:00:00+02:00'],
    ]);
    const one = await api.request('GET', `/api/uppdrag/${id}`, { as: ACTORS.regiondirektor });
    expect(
      one.body.reports.map((r: { period: string; reportedBy: string }) => [r.period, r.reportedBy]),
    ).toEqual([
      ['2023-T1', 'person-johan'],
      ['2023-T2', 'person-sara'],
    ]);
  });

  it('refuses the whole file when the decider refuses command 3, naming it, and writes nothing', async () => {
    const id = newId('historik');
    const file = {
      commands: [
        register(id),
        report(id, '2023-T1', 'person-johan', '2023-05-03T09:00:00+02:00'),
        report(id, '2023-T1', 'person-sara', '2023-05-04T09:00:00+02:00'),
      ],
    };
    const before = await logLength();

    const answer = await post('/api/import/kommandon', JSON.stringify(file), 'application/json');

    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([
      expect.objectContaining({ row: 3, code: 'PERIOD_ALREADY_REPORTED', reason: expect.any(String) }),
    ]);
    expect(await api.events(`uppdrag-${id}`)).toEqual([]);
    expect(await logLength()).toBe(before);
  });

  it('names unknown actors and malformed commands by number', async () => {
    const id = newId('historik');
    const file = {
      commands: [
        { ...register(id), actor: 'person-okand' },
        {
          type: 'DeleteEverything',
          actor: 'person-johan',
          occurredAt: '2023-05-03T09:00:00+02:00',
          data: {},
        },
        { ...report(id, '2023-T1', 'person-johan', '2023-05-03T09:00:00') },
      ],
    };
    const answer = await post('/api/import/kommandon', JSON.stringify(file), 'application/json');
    expect(answer.status).toBe(400);
    expect(answer.body.errors.map((e: { row: number; field: string }) => [e.row, e.field])).toEqual([
      [1, 'actor'],
      [2, 'type'],
      [3, 'occurredAt'],
    ]);
  });
});

describe('who may import', () => {
  it('answers 403 to anyone without the importer capability, and writes nothing', async () => {
    const id = newId('historik');
    for (const actor of [ACTORS.secretaryGiver, ACTORS.regiondirektor, ACTORS.admin]) {
      const commands = await post(
        '/api/import/kommandon',
        JSON.stringify({ commands: [register(id)] }),
        'application/json',
        actor,
      );
      expect(commands.status).toBe(403);
      const sheet = await post('/api/import/uppdrag', csv([HEADINGS]), 'text/csv', actor);
      expect(sheet.status).toBe(403);
    }
    expect(await api.events(`uppdrag-${id}`)).toEqual([]);
  });
});

describe('the documented examples (docs/)', () => {
  it('import as they stand', async () => {
    const docs = join(__dirname, '..', '..', '..', 'docs');
    const sheet = await post(
      '/api/import/uppdrag',
      readFileSync(join(docs, 'import-uppdrag.example.csv')),
      'text/csv',
    );
    expectStatus(sheet, 200);
    expect(sheet.body.commands).toBe(3);
    const commands = await post(
      '/api/import/kommandon',
      readFileSync(join(docs, 'import-kommandon.example.json'), 'utf8'),
      'application/json',
    );
    expectStatus(commands, 200);
    expect(commands.body).toMatchObject({ commands: 4, events: 4 });
  });
});
