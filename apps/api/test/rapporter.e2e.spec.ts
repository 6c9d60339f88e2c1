/**
 * The delårsrapport's uppdrag table over HTTP, from the demo data loaded at start: a DOCX download
 * that Word (mammoth) reads with a reported row in it, the same cutoff twice to the same bytes (also
 * after the log has grown), every format with its content type and a Swedish file name, and the
 * refusals: 400 naming the field, 404 for a position that is not in the chain, 401 without a token.
 */
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { DEMO_DELMAL, DEMO_UPPDRAG } from '@sparbar/demo';
import { businessDateOf } from '@sparbar/domain';
import { pdfPages, wordText, zipParts } from '../../../libs/reports/test/support/open-files';
import { type ApiHarness, eventually, startTestApi } from './support/api-harness';
import { expectStatus } from './support/fixtures';
import { findIds } from '../../../test/support/id-scan';

let api: ApiHarness;
const T1 = '/api/rapporter/uppdrag?period=2023-T1&givenBy=regionfullmaktige';
const reported = DEMO_UPPDRAG[0];

async function download(path: string): Promise<{ status: number; headers: Headers; bytes: Buffer }> {
  const response = await fetch(`${api.url}${path}`, {
    headers: { authorization: `Bearer ${await api.token('person-revisor')}` },
  });
  return {
    status: response.status,
    headers: response.headers,
    bytes: Buffer.from(await response.arrayBuffer()),
  };
}

/** The chain head once the period facts show the demo's T1 table, and the day its event was recorded. */
let head: number;
let headDate: string;
const NAME = 'Uppföljning av uppdrag Regionfullmäktige Tertial 1 2023';
const FOOTER =
  'Uppföljning av fullmäktiges uppdrag · Regionfullmäktige · Tertial 1 2023 · Underlag till och med';

beforeAll(async () => {
  api = await startTestApi({ DEMO_DATA: 'true' });
  await eventually(
    () => api.request('GET', '/api/perioder/2023-T1/uppdrag?givenBy=regionfullmaktige', { as: 'person-ida' }),
    (answer) => answer.status === 200 && (answer.body as { rows: unknown[] }).rows.length === 8,
    60_000,
  );
  const all = await api.store.readAll({ maxCount: 100_000 });
  head = all[all.length - 1].position;
  headDate = businessDateOf(all[all.length - 1].recordedAt);
  await eventually(
    () => download(`${T1}&format=csv&cutoff=${head}`),
    (answer) => answer.status === 200,
    30_000,
  );
}, 180_000);

afterAll(() => api?.close());

test('every format, for fullmäktige and for a nämnd, names organs and shows no id or key', async () => {
  const organs = await api.request('GET', '/api/organs', { as: 'person-revisor' });
  for (const scope of ['givenBy=regionfullmaktige', 'organ=hsn', 'organ=rs']) {
    const path = `/api/rapporter/uppdrag?period=2023-T1&${scope}&cutoff=${head}&format=`;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await download(`${path}xlsx`)).bytes as never);
    const cells: string[] = [];
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => cells.push(String(c.text)))));
    const texts = {
      xlsx: cells.join('\n'),
      pdf: pdfPages((await download(`${path}pdf`)).bytes).join('\n'),
      docx: (await mammoth.extractRawText({ buffer: (await download(`${path}docx`)).bytes })).value,
      csv: (await download(`${path}csv`)).bytes.toString('utf8'),
      html: (await download(`${path}html`)).bytes.toString('utf8').replace(/<[^>]*>/g, ' '),
    };
    for (const [format, text] of Object.entries(texts))
      expect({ scope, format, found: findIds(text, { organs: organs.body }) }).toEqual({
        scope,
        format,
        found: [],
      });
  }
}, 60_000);

test('a DOCX download opens as a document with the reported row and its cutoff', async () => {
  const answer = await download(`${T1}&format=docx`);
  expect(answer.status).toBe(200);
  expect(answer.headers.get('content-type')).toBe(
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  );
  const disposition = answer.headers.get('content-disposition')!;
  // Organ, period and the cutoff's date; no log position.
  expect(disposition).toMatch(
    /^attachment; filename="Uppfoljning av uppdrag Regionfullmaktige Tertial 1 2023 \d{4}-\d{2}-\d{2}\.docx"/,
  );
  expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent(NAME)}`);
  const { value: text } = await mammoth.extractRawText({ buffer: answer.bytes });
  expect(text).toContain('Uppföljning av fullmäktiges uppdrag');
  expect(text).toContain(reported.text);
  expect(text).toContain(reported.april!.kommentar);
  expect(text).toContain('Pågående enligt plan');
  expect(text).toMatch(/^Regionfullmäktige · Tertial 1 2023 · Underlag till och med \d{4}-\d{2}-\d{2}$/m);
  expect(wordText(await zipParts(answer.bytes, /^word\/footer\d*\.xml$/))).toMatch(
    new RegExp(`^${FOOTER} \\d{4}-\\d{2}-\\d{2}\\s*Sida\\s+av\\s*$`),
  );
  // Position and checksum in words, as the footnote.
  expect(wordText(await zipParts(answer.bytes, /^word\/footnotes\.xml$/))).toMatch(
    /Underlaget är händelseloggen till och med händelse nr \d+, registrerad \d{4}-\d{2}-\d{2} \(kontrollsumma [0-9a-f]{64}\)\./,
  );
}, 60_000);

test('the same cutoff gives the same bytes over HTTP, also after the log has grown', async () => {
  const first = await download(`${T1}&format=docx&cutoff=${head}`);
  const again = await download(`${T1}&format=docx&cutoff=${head}`);
  expect(first.status).toBe(200);
  expect(again.bytes.equals(first.bytes)).toBe(true);

  // A new event (an organ registered now): the old cutoff still names the same document.
  expectStatus(
    await api.request('POST', '/api/organs', {
      as: 'person-admin',
      body: {
        organId: 'ny-beredning',
        namn: 'Nya beredningen',
        kortnamn: 'Ny',
        typ: 'beredning',
        parentOrganId: 'regionfullmaktige',
      },
    }),
    201,
  );
  const later = await download(`${T1}&format=docx&cutoff=${head}`);
  expect(later.bytes.equals(first.bytes)).toBe(true);
}, 60_000);

test.each([
  ['xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  ['pdf', 'application/pdf'],
  ['csv', 'text/csv; charset=utf-8'],
  ['html', 'text/html; charset=utf-8'],
])(
  '%s: its content type and file name',
  async (format, type) => {
    const answer = await download(`${T1}&format=${format}&cutoff=${head}`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe(type);
    expect(answer.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent(`${NAME} ${headDate}.${format}`)}`,
    );
  },
  60_000,
);

test('the files as opened: the footer with the cutoff date on every PDF page and in Excel; CSV headings first', async () => {
  const footer = `${FOOTER} ${headDate}`;
  const pages = pdfPages((await download(`${T1}&format=pdf&cutoff=${head}`)).bytes);
  expect(pages.length).toBeGreaterThan(1);
  pages.forEach((page, i) => expect(page).toContain(`Sida ${i + 1} av ${pages.length}`));
  expect(pages.every((page) => page.includes(footer))).toBe(true);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await download(`${T1}&format=xlsx&cutoff=${head}`)).bytes as never);
  const ws = wb.worksheets[0];
  expect(ws.headerFooter.oddFooter).toContain(footer);
  expect(ws.getCell('G2').type).toBe(ExcelJS.ValueType.Date);

  const csv = (await download(`${T1}&format=csv&cutoff=${head}`)).bytes.toString('utf8');
  expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
    'Grupp;Status;Uppdrag;Riktas till;Kommentar;Periodicitet;Slutdatum;Ändrad efter fastställande',
  );
}, 60_000);

test('csv and html carry the reported kommentar', async () => {
  for (const format of ['csv', 'html']) {
    const answer = await download(`${T1}&format=${format}&cutoff=${head}`);
    expect(answer.bytes.toString('utf8')).toContain(reported.april!.kommentar);
  }
});

test('with organ, the organ’s måluppfyllelse is the second section, at the same cutoff', async () => {
  const path = `/api/rapporter/uppdrag?period=2023-T1&organ=rs&format=docx&cutoff=${head}`;
  const answer = await download(path);
  expect(answer.status).toBe(200);
  const { value: text } = await mammoth.extractRawText({ buffer: answer.bytes });
  expect(text).toContain('Måluppfyllelse regionstyrelsen');
  expect(text).toContain(DEMO_DELMAL[0].text);
  expect(text).toContain('Utfallet når 80–99 % av målvärdet');
  expect((await download(path)).bytes.equals(answer.bytes)).toBe(true);
}, 60_000);

test('with organ, DOCX and PDF draw the måluppfyllelse and its trend over the year as charts with tables', async () => {
  const path = `/api/rapporter/uppdrag?period=2023-T2&organ=rs&cutoff=${head}&format=`;
  const docx = await download(`${path}docx`);
  expect(docx.status).toBe(200);
  const { value: text } = await mammoth.extractRawText({ buffer: docx.bytes });
  for (const title of ['Indikatorer och delmål uppfylls…', 'Delmål per period', 'Indikatorer per period'])
    expect(text).toContain(title);
  expect(text).toMatch(/Tertial 1 2023\s+\d+\s+\d+\s+\d+\s+\d+\s+\d+/);
  expect(docx.bytes.includes(Buffer.from('word/media/'))).toBe(true);
  const pdf = await download(`${path}pdf`);
  expect(pdf.status).toBe(200);
  expect((await download(`${path}pdf`)).bytes.equals(pdf.bytes)).toBe(true);
  expect((await download(`${path}docx`)).bytes.equals(docx.bytes)).toBe(true);
}, 60_000);

test('400 names the field; 404 for a position not in the chain; 401 without a token', async () => {
  const wrongFormat = await api.request('GET', '/api/rapporter/uppdrag?period=2023-T1&format=odt', {
    as: 'person-ida',
  });
  expect(wrongFormat.status).toBe(400);
  expect(wrongFormat.body.errors.map((e: { field: string }) => e.field)).toEqual(['format']);

  const wrongPeriod = await api.request('GET', '/api/rapporter/uppdrag?period=2023-T4&format=docx', {
    as: 'person-ida',
  });
  expect(wrongPeriod.status).toBe(400);
  expect(wrongPeriod.body.errors.map((e: { field: string }) => e.field)).toEqual(['period']);

  const wrongCutoff = await api.request(
    'GET',
    '/api/rapporter/uppdrag?period=2023-T1&format=docx&cutoff=-3',
    { as: 'person-ida' },
  );
  expect(wrongCutoff.status).toBe(400);
  expect(wrongCutoff.body.errors.map((e: { field: string }) => e.field)).toEqual(['cutoff']);

  const unknown = await api.request(
    'GET',
    `/api/rapporter/uppdrag?period=2023-T1&format=docx&cutoff=${head + 1_000_000}`,
    { as: 'person-ida' },
  );
  expect(unknown.status).toBe(404);
  expect(unknown.body.code).toBe('NOT_FOUND');

  expect((await api.request('GET', `${T1}&format=docx`)).status).toBe(401);
});
