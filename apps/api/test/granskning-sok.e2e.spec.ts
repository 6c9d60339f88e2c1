/**
 * The auditor's search through the API in the auditor's words: who did it by name, which organ, and
 * words in the kommentarer and texts; and the hits exported as CSV and XLSX, read back and compared
 * with the search. Before reading, the audit projections are caught up to the last event written.
 */
import { AUDIT_PROJECTIONS } from '@sparbar/audit';
import { type Actor } from '@sparbar/domain';
import { catchUpLive, PgProjectionDb } from '@sparbar/projections';
import ExcelJS from 'exceljs';
import { type ApiHarness, readWhileStill, startTestApi } from './support/api-harness';
import { ACTORS, expectStatus, setup, THIS_MONTH } from './support/fixtures';
import { findIds } from '../../../test/support/id-scan';

let api: ApiHarness;
let readModels: PgProjectionDb;
const auditor = ACTORS.auditor;
const HANDELSER = '/api/granskning/handelser';
const EXPORT = '/api/granskning/handelser/export';

/** Written in beforeAll: what the searches below must find, and nothing else. */
let ingrid: Actor;
let organ: string;
let fenan: string;
let other: string;

async function caughtUp(): Promise<void> {
  const last = await api.store.headPosition();
  await catchUpLive({ store: api.store, db: readModels }, AUDIT_PROJECTIONS, { until: last });
}

async function report(as: Actor, uppdragId: string, kommentar: string, period = THIS_MONTH) {
  const body = { period, status: 'pagaende_enligt_plan', kommentar };
  expectStatus(await api.request('POST', `/api/uppdrag/${uppdragId}/reports`, { as, body }), 200);
}

beforeAll(async () => {
  api = await startTestApi();
  readModels = new PgProjectionDb({
    connectionString: api.schema.connectionString,
    schema: api.schema.schema,
  });
  organ = await setup.organ(api, { namn: 'Sjöfartsberedningen', kortnamn: 'SJB' });
  const personId = await setup.person(api, { namn: 'Ingrid Öbergsson', organId: organ });
  ingrid = { personId, roles: ['officer'], organId: organ };
  fenan = await setup.uppdrag(api, {
    riktasTill: [organ],
    samordnare: null,
    text: 'Rusta upp fyrarna i skärgården',
  });
  other = await setup.uppdrag(api, { riktasTill: ['hsn'], samordnare: null });
  await report(ingrid, fenan, 'Upphandlingen av KVASTFENAN är klar; 100% levererat.');
  await report(ACTORS.regiondirektor, other, 'Inget om fenor här.');
  await caughtUp();
}, 60_000);

afterAll(async () => {
  await readModels?.close();
  await api?.close();
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function search(query: string): Promise<any[]> {
  const answer = await api.request('GET', `${HANDELSER}?${query}`, { as: auditor });
  expectStatus(answer, 200);
  return answer.body.entries;
}

const kinds = (entries: { eventType: string; item: { id: string } }[]) =>
  entries.map((e) => [e.eventType, e.item.id]);

describe('searching the audit trail in words', () => {
  it('finds what a person did by a part of their name, in any case', async () => {
    for (const name of ['bergsson', 'ÖBERGSSON', 'Ingrid Ö'])
      expect(kinds(await search(`personName=${encodeURIComponent(name)}`))).toEqual([
        ['UppdragStatusReported', fenan],
      ]);
    // Registering her was the administrator's doing, not hers.
    expect(await search('personName=Ingrid%20Z')).toEqual([]);
  });

  it('finds everything concerning an organ', async () => {
    expect(kinds(await search(`organ=${organ}`))).toEqual([
      ['UppdragStatusReported', fenan],
      ['UppdragRegistered', fenan],
      ['PersonRegistered', ingrid.personId],
      ['OrganRegistered', organ],
    ]);
  });

  it('finds a word of a kommentar or a text, every word required, taken literally', async () => {
    expect(kinds(await search('q=kvastfenan'))).toEqual([['UppdragStatusReported', fenan]]);
    expect(kinds(await search('q=klar%20Kvastfenan'))).toEqual([['UppdragStatusReported', fenan]]);
    expect(await search('q=kvastfenan%20saknas')).toEqual([]);
    // In the uppdrag's text, which its registration describes.
    expect(kinds(await search('q=fyrarna%20sk%C3%A4rg%C3%A5rden'))).toEqual([['UppdragRegistered', fenan]]);
    // % and _ are characters to find, not patterns.
    expect(kinds(await search('q=100%25'))).toEqual([['UppdragStatusReported', fenan]]);
    expect(await search('q=1_0')).toEqual([]);
    // People's words, not the ids and keys beside them.
    expect(await search(`q=${organ}`)).toEqual([]);
    expect(await search('q=pagaende_enligt_plan')).toEqual([]);
    // Combined with the other filters.
    expect(await search(`q=fenor&organ=${organ}`)).toEqual([]);
    expect(kinds(await search('q=fenor&organ=hsn'))).toEqual([['UppdragStatusReported', other]]);
  });

  it('refuses an empty or overlong search with 400 naming the field', async () => {
    for (const [query, field] of [
      ['q=%20%20', 'q'],
      [`q=${'ord%20'.repeat(11)}`, 'q'],
      [`personName=${'x'.repeat(201)}`, 'personName'],
    ] as const) {
      const answer = await api.request('GET', `${HANDELSER}?${query}`, { as: auditor });
      expect([answer.status, answer.body.errors?.map((e: { field: string }) => e.field)]).toEqual([
        400,
        [field],
      ]);
    }
  });
});

async function download(query: string, as: Actor = auditor) {
  const response = await fetch(`${api.url}${EXPORT}?${query}`, {
    headers: { authorization: `Bearer ${await api.token(as)}` },
  });
  return {
    status: response.status,
    headers: response.headers,
    bytes: Buffer.from(await response.arrayBuffer()),
  };
}

/** Semicolon CSV with quoted cells, as Excel writes and reads it. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (!quoted && c === ';') {
      row.push(cell);
      cell = '';
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      rows.push([...row, cell]);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('exporting the hits', () => {
  it('gives the same hits as CSV, headings first, names and Swedish times', async () => {
    const hits = await search(`organ=${organ}`);
    const answer = await download(`organ=${organ}&format=csv`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(answer.headers.get('content-disposition')).toMatch(/^attachment; filename=".*\.csv"/);
    const text = answer.bytes.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [headings, ...rows] = parseCsv(text.slice(1));
    expect(headings).toEqual([
      'Position',
      'Hände',
      'Sparades',
      'Vem',
      'Händelse',
      'Post',
      'Organ',
      'Period',
      'Kommentar och text',
      'Skäl',
    ]);
    expect(rows.map((r) => Number(r[0]))).toEqual(hits.map((e) => e.position));
    expect(rows.map((r) => r[4])).toEqual(hits.map((e) => e.description));
    const reported = rows[0]!;
    expect(reported[1]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(reported.slice(3, 6)).toEqual(['Ingrid Öbergsson', expect.any(String), 'Uppdrag']);
    // The period as the reports print it ("juni 2025"), not its key ("2025-06").
    expect(reported[7]).toMatch(
      /^(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december) \d{4}$/,
    );
    expect(reported[6]).toContain('SJB');
    expect(reported[8]).toBe('Kommentar: Upphandlingen av KVASTFENAN är klar; 100% levererat.');
  });

  it('gives the same hits as XLSX, with the times as dates and the header frozen and filtered', async () => {
    const hits = await search('q=fenan');
    expect(hits.length).toBeGreaterThan(0);
    const answer = await download('q=fenan&format=xlsx');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(answer.bytes as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).getCell(1).value).toBe('Position');
    const positions: number[] = [];
    ws.eachRow((row, n) => {
      if (n > 1) positions.push(row.getCell(1).value as number);
    });
    expect(positions).toEqual(hits.map((e) => e.position));
    expect(ws.getRow(2).getCell(2).value).toBeInstanceOf(Date);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
  });

  it('names organs and people and says every change in words: no id or key in CSV or XLSX', async () => {
    const organs = await api.request('GET', '/api/organs', { as: auditor });
    const csv = (await download('format=csv')).bytes.toString('utf8');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await download('format=xlsx')).bytes as unknown as ArrayBuffer);
    const cells: string[] = [];
    wb.worksheets[0]!.eachRow((row) => row.eachCell((c) => cells.push(String(c.text))));
    for (const text of [csv, cells.join('\n')]) {
      expect(text).toContain('Ingrid Öbergsson');
      expect(findIds(text, { organs: organs.body, itemIds: [organ, fenan, other, ingrid.personId] })).toEqual(
        [],
      );
    }
  });

  it('refuses a bad format with 400, and those who may not read the log with 403', async () => {
    expect((await download('format=xml')).status).toBe(400);
    expect((await download('format=csv&q=%20')).status).toBe(400);
    expect((await download('format=csv', ACTORS.officerRecipient)).status).toBe(403);
  });
});

// Last in the file: it writes to the trail the searches above read.
describe('pages kept per state of the trail', () => {
  it('answers 304 to a repeated search until the trail moves, then the new page', async () => {
    const path = `${HANDELSER}?q=sj%C3%B6stj%C3%A4rnan`;
    const { first, again } = await readWhileStill(api, path, auditor);
    expectStatus(first, 200);
    expect(first.body.entries).toEqual([]);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"audit_log-\d+\.\d+"$/);
    expect(again.status).toBe(304);

    const third = await setup.uppdrag(api, { riktasTill: ['hsn'], samordnare: null });
    await report(ACTORS.regiondirektor, third, 'Sjöstjärnan är på plats.');
    await caughtUp();
    const moved = await api.request('GET', path, { as: auditor, headers: { 'if-none-match': etag } });
    expectStatus(moved, 200);
    expect(moved.headers.get('etag')).not.toBe(etag);
    expect(kinds(moved.body.entries)).toEqual([['UppdragStatusReported', third]]);
  });
});
