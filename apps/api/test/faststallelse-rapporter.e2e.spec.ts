/**
 * Issue 20, "shown everywhere": HSN adopts its report for T1 and regionstyrelsen receives it; then one
 * uppdrag's report is corrected and another is reported late, each with a reason. Every report format
 * says "Fastställd av hälso- och sjukvårdsnämnden … § 45", the handling, which version it is, and marks
 * the changed rows "ändrad efter fastställande" with the reason; the file "as adopted" is cut at the
 * adoption (the rows as adopted, no mark, the same bytes however the log grows); the period table, the
 * history, the audit trail and the auditor's package show the change and why.
 */
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { pdfPages } from '../../../libs/reports/test/support/open-files';
import { type ApiHarness, eventually, startTestApi, USERS } from './support/api-harness';
import { ACTORS, expectStatus, newId, setup, TODAY, uppdragBody, YEAR } from './support/fixtures';

const migrering = USERS['person-migrering'];
const officerHsn = ACTORS.officerRecipient;
const T1 = `${YEAR}-T1`;
const MEETING = `${YEAR}-05-20`;
const ADOPTED = `Fastställd av hälso- och sjukvårdsnämnden ${MEETING} § 45`;
const RECEIVED = `Anmäld i regionstyrelsen ${TODAY} § 112`;
const CORRECTION_REASON = 'Leverantören meddelade förseningen efter sammanträdet.';
const LATE_REASON = 'Rapporten kom in efter sammanträdet.';
const MARK = 'ändrad efter fastställande';
const DELMAL_REASON = 'Bedömningen ändrades efter revisionens synpunkter.';
const APRIL_REASON = 'Aprils bedömning gjordes efter sammanträdet.';

let api: ApiHarness;
const ids = { corrected: '', late: '', untouched: '' };
const delmal = { changed: '', april: '', untouched: '' };
let adoptionPosition = 0;

async function hsnUppdrag(prefix: string): Promise<string> {
  const uppdragId = newId(prefix);
  const body = uppdragBody({
    uppdragId,
    text: `Uppdraget ${prefix}`,
    riktasTill: ['hsn'],
    samordnare: null,
    periodicitet: 'tertial',
    occurredAt: `${YEAR}-01-15T09:00:00+01:00`,
  });
  expectStatus(await api.request('POST', '/api/uppdrag', { as: migrering, body }), 201);
  return uppdragId;
}

const report = (uppdragId: string, extra: Record<string, unknown> = {}) =>
  api.request('POST', `/api/uppdrag/${uppdragId}/reports`, {
    as: officerHsn,
    body: { period: T1, status: 'pagaende_enligt_plan', kommentar: 'Arbetet följer planen.', ...extra },
  });

const assess = (delmalId: string, period: string, extra: Record<string, unknown> = {}) =>
  api.request('POST', `/api/delmal/${delmalId}/assessments`, {
    as: ACTORS.secretaryRecipient,
    body: { period, bedomning: 'delvis', prognos: 'helt', kommentar: 'Nästan där.', ...extra },
  });

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

const reportPath = (format: string, extra = '') =>
  `/api/rapporter/uppdrag?period=${T1}&organ=hsn&format=${format}${extra}`;

/** Every format's text, one string each (cells, pages, paragraphs; HTML without its tags). */
async function texts(extra = ''): Promise<Record<string, string>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await download(reportPath('xlsx', extra))).bytes as never);
  const cells: string[] = [];
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => cells.push(String(c.text)))));
  return {
    xlsx: cells.join('\n'),
    pdf: pdfPages((await download(reportPath('pdf', extra))).bytes)
      .join('\n')
      .replace(/\s+/g, ' '),
    docx: (await mammoth.extractRawText({ buffer: (await download(reportPath('docx', extra))).bytes })).value,
    csv: (await download(reportPath('csv', extra))).bytes.toString('utf8'),
    html: (await download(reportPath('html', extra))).bytes.toString('utf8'),
  };
}

beforeAll(async () => {
  api = await startTestApi();
  ids.corrected = await hsnUppdrag('rattad');
  ids.untouched = await hsnUppdrag('orord');
  ids.late = await hsnUppdrag('sen');
  expectStatus(await report(ids.corrected), 200);
  expectStatus(await report(ids.untouched), 200);
  // HSN's delmål: two assessed for T1 before the adoption, one of them corrected after it; a third
  // assessed for April after it (April lies in the adopted tertial).
  delmal.changed = await setup.delmal(api, { text: 'Delmålet som rättades' });
  delmal.untouched = await setup.delmal(api, { text: 'Delmålet som lämnades' });
  delmal.april = await setup.delmal(api, { text: 'Delmålet som bedömdes i april' });
  expectStatus(await assess(delmal.changed, T1), 200);
  expectStatus(await assess(delmal.untouched, T1), 200);
  const adopted = await api.request('POST', `/api/perioder/${T1}/faststallelser`, {
    as: ACTORS.secretaryRecipient,
    body: { organId: 'hsn', meetingDate: MEETING, paragraf: '45' },
  });
  expectStatus(adopted, 200);
  adoptionPosition = (await api.events(`faststallelse-hsn-${T1}`)).at(-1)!.position;
  expectStatus(
    await api.request('POST', `/api/perioder/${T1}/faststallelser/hsn/behandling`, {
      as: USERS['person-ida'],
      body: { by: 'regionstyrelsen', byOrganId: 'rs', kind: 'received', date: TODAY, paragraf: '112' },
    }),
    200,
  );
  expectStatus(
    await api.request('POST', `/api/uppdrag/${ids.corrected}/reports/${T1}/corrections`, {
      as: officerHsn,
      body: { status: 'pagaende_delvis_enligt_plan', kommentar: 'Försenat.', reason: CORRECTION_REASON },
    }),
    200,
  );
  expectStatus(await report(ids.late, { reason: LATE_REASON }), 200);
  expectStatus(
    await api.request('POST', `/api/delmal/${delmal.changed}/assessments/${T1}/corrections`, {
      as: ACTORS.secretaryRecipient,
      body: { bedomning: 'inte', prognos: 'delvis', kommentar: 'Sämre än väntat.', reason: DELMAL_REASON },
    }),
    200,
  );
  expect((await assess(delmal.april, `${YEAR}-04`)).status).toBe(400);
  expectStatus(await assess(delmal.april, `${YEAR}-04`, { reason: APRIL_REASON }), 200);
  // The files are made from the period facts: wait until they show the late report.
  await eventually(
    () => download(reportPath('csv')),
    (answer) =>
      answer.status === 200 &&
      [LATE_REASON, DELMAL_REASON, APRIL_REASON].every((r) => answer.bytes.toString('utf8').includes(r)),
    60_000,
  );
}, 120_000);

afterAll(() => api?.close());

test('every format: the adoption and its handling, "läget nu", and the changed rows marked with their reason', async () => {
  for (const [format, text] of Object.entries(await texts())) {
    const has = (s: string) => ({ format, s, found: text.includes(s) });
    for (const s of [ADOPTED, RECEIVED, 'Läget nu, underlag till och med'])
      expect(has(s)).toEqual({ format, s, found: true });
    if (format === 'pdf') {
      // The mark wraps in the narrow status column: its words, and each reason's last words.
      expect(has('ändrad efter')).toEqual({ format, s: 'ändrad efter', found: true });
      expect(has('sammanträdet.)')).toEqual({ format, s: 'sammanträdet.)', found: true });
    } else
      for (const reason of [CORRECTION_REASON, LATE_REASON]) {
        const s = `${MARK} (skäl: ${reason})`;
        expect(has(s)).toEqual({ format, s, found: true });
      }
  }
  // The row of the uppdrag left alone has no mark (CSV: the last column is empty).
  const csv = (await download(reportPath('csv'))).bytes.toString('utf8').split('\r\n');
  expect(csv[0].endsWith(';Ändrad efter fastställande')).toBe(true);
  expect(csv.find((l) => l.includes('Uppdraget orord'))!.endsWith(';')).toBe(true);
  expect(csv.find((l) => l.includes('Uppdraget rattad'))).toContain(`;${MARK} (skäl: ${CORRECTION_REASON})`);
}, 60_000);

test('every format: the delmål changed after adoption marked with their reason, as the uppdrag rows', async () => {
  for (const [format, text] of Object.entries(await texts())) {
    const has = (s: string) => ({ format, s, found: text.includes(s) });
    expect(has('Delmålet som rättades')).toEqual({ format, s: 'Delmålet som rättades', found: true });
    if (format === 'pdf') {
      // Wrapped in the narrow bedömning column: each reason's last words.
      for (const s of ['synpunkter.)', 'sammanträdet.)']) expect(has(s)).toEqual({ format, s, found: true });
    } else
      for (const reason of [DELMAL_REASON, APRIL_REASON]) {
        const s = `${MARK} (skäl: ${reason})`;
        expect(has(s)).toEqual({ format, s, found: true });
      }
  }
  // CSV: the delmål table has the mark column; the delmål left alone has it empty.
  const csv = (await download(reportPath('csv'))).bytes.toString('utf8').split('\r\n');
  expect(csv).toContain('Regionmål;Delmål;Bedömning;Indikatorer;Ändrad efter fastställande');
  expect(csv.find((l) => l.includes('Delmålet som lämnades'))!.endsWith(';')).toBe(true);
  expect(csv.find((l) => l.includes('Delmålet som rättades'))).toContain(`;${MARK} (skäl: ${DELMAL_REASON})`);
  const html = (await download(reportPath('html'))).bytes.toString('utf8');
  expect(html).toContain(
    `<strong class="andrad-efter-faststallande">${MARK} (skäl: ${APRIL_REASON})</strong>`,
  );
}, 60_000);

test('"as adopted": cut at the adoption, the rows as adopted and unmarked, the same bytes after the log grows', async () => {
  const asAdopted = await texts('&version=faststalld');
  for (const [format, text] of Object.entries(asAdopted)) {
    expect({ format, version: text.includes(`Som fastställd ${MEETING} § 45`) }).toEqual({
      format,
      version: true,
    });
    expect({ format, adoption: text.includes(ADOPTED) }).toEqual({ format, adoption: true });
    // Nothing after the adoption: no mark, no correction, no handling yet.
    for (const later of [MARK, 'Försenat.', RECEIVED, LATE_REASON])
      expect({ format, later, found: text.includes(later) }).toEqual({ format, later, found: false });
  }
  const first = await download(reportPath('docx', '&version=faststalld'));
  expect(first.headers.get('content-disposition')).toContain(encodeURIComponent('som fastställd.docx'));
  // The log grows (another correction); the adopted version is still the same document.
  expectStatus(
    await api.request('POST', `/api/uppdrag/${ids.untouched}/reports/${T1}/corrections`, {
      as: officerHsn,
      body: { status: 'pagaende_delvis_enligt_plan', kommentar: 'Något sent.', reason: 'Rättat i juni.' },
    }),
    200,
  );
  for (const format of ['docx', 'xlsx', 'pdf', 'csv'] as const) {
    const a = await download(reportPath(format, '&version=faststalld'));
    const b = await download(reportPath(format, `&version=faststalld&cutoff=${adoptionPosition}`));
    const again =
      format === 'docx' ? first.bytes : (await download(reportPath(format, '&version=faststalld'))).bytes;
    expect({ format, same: a.bytes.equals(b.bytes) && a.bytes.equals(again) }).toEqual({
      format,
      same: true,
    });
  }
}, 60_000);

test('"as adopted" for a period not adopted, or without an organ: 400 with a Swedish reason', async () => {
  const rs = await api.request(
    'GET',
    `/api/rapporter/uppdrag?period=${T1}&organ=rs&format=csv&version=faststalld`,
    {
      as: 'person-revisor',
    },
  );
  expect(rs.status).toBe(400);
  expect(rs.body.errors).toEqual([
    { field: 'version', reason: expect.stringContaining('Rapporten för Tertial 1') },
  ]);
  expect(rs.body.errors[0].reason).toContain('inte fastställd av Regionstyrelsen');
  const before = await api.request(
    'GET',
    `/api/rapporter/uppdrag?period=${T1}&organ=hsn&format=csv&version=faststalld&cutoff=${adoptionPosition - 1}`,
    { as: 'person-revisor' },
  );
  expect(before.status).toBe(400);
  const noOrgan = await api.request(
    'GET',
    `/api/rapporter/uppdrag?period=${T1}&format=csv&version=faststalld`,
    {
      as: 'person-revisor',
    },
  );
  expect(noOrgan.status).toBe(400);
  expect(noOrgan.body.errors).toEqual([expect.objectContaining({ field: 'organ' })]);
  const bad = await api.request(
    'GET',
    `/api/rapporter/uppdrag?period=${T1}&organ=hsn&format=csv&version=da`,
    {
      as: 'person-revisor',
    },
  );
  expect(bad.status).toBe(400);
  expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'version' })]);
});

test('the period table (JSON) gives the mark with its reason', async () => {
  const table = await api.request('GET', `/api/perioder/${T1}/uppdrag?organ=hsn`, { as: ACTORS.auditor });
  expectStatus(table, 200);
  const row = (id: string) => table.body.rows.find((r: { uppdragId: string }) => r.uppdragId === id);
  expect(row(ids.corrected)).toMatchObject({
    andradEfterFaststallande: true,
    faststallandeSkal: CORRECTION_REASON,
  });
  expect(row(ids.late)).toMatchObject({ andradEfterFaststallande: true, faststallandeSkal: LATE_REASON });
});

test('the history marks the change after adoption, with the adoption and the reason', async () => {
  const history = await eventually(
    () => api.request('GET', `/api/uppdrag/${ids.late}/historik`, { as: ACTORS.auditor }),
    (answer) => answer.status === 200 && answer.body.lines.length === 2,
  );
  const [registered, late] = history.body.lines;
  expect(registered.andradEfterFaststallande).toBeNull();
  expect(late).toMatchObject({
    eventType: 'UppdragStatusReported',
    reason: LATE_REASON,
    andradEfterFaststallande: { adoptedOn: MEETING, paragraf: '45', reason: LATE_REASON },
  });
});

test('the audit trail says the adoption, its handling and the change after it, in Swedish', async () => {
  type Entry = {
    eventType: string;
    description: string;
    reason: string | null;
    item: { kind: string; id: string };
  };
  const trail = await eventually(
    () => api.request('GET', '/api/granskning/handelser?organ=hsn&limit=200', { as: ACTORS.auditor }),
    (answer) =>
      answer.status === 200 &&
      (answer.body.entries as Entry[]).some((e) => e.eventType === 'PeriodReportHandlingRecorded') &&
      (answer.body.entries as Entry[]).some(
        (e) => e.item.id === ids.late && e.eventType === 'UppdragStatusReported',
      ),
  );
  const entries = trail.body.entries as Entry[];
  const adopted = entries.find((e) => e.eventType === 'PeriodReportAdopted')!;
  expect(adopted.item).toEqual({ kind: 'organ', id: 'hsn' });
  expect(adopted.description).toMatch(
    new RegExp(`^Rapporten för Tertial 1 ${YEAR} fastställd av .+ ${MEETING} § 45$`),
  );
  expect(entries.find((e) => e.eventType === 'PeriodReportHandlingRecorded')!.description).toContain(
    `anmäld i regionstyrelsen ${TODAY} § 112`,
  );
  const corrected = entries.find(
    (e) => e.eventType === 'UppdragReportCorrected' && e.item.id === ids.corrected,
  )!;
  expect(corrected.description).toContain(`— ${MARK} ${MEETING} § 45 (skäl: ${CORRECTION_REASON})`);
  const late = entries.find((e) => e.eventType === 'UppdragStatusReported' && e.item.id === ids.late)!;
  expect(late.reason).toBe(LATE_REASON);
  expect(entries.some((e) => e.description.startsWith('Händelse av typen'))).toBe(false);
});

test("the auditor's package lists the adoption with its handling and the changes after it with the reason", async () => {
  const head = await api.store.headPosition();
  const paket = (format: string) =>
    `/api/granskning/paket?organ=hsn&year=${YEAR}&format=${format}&cutoff=${head}`;
  const json = await eventually(
    () => download(paket('json')),
    (answer) => answer.status === 200,
    30_000,
  );
  const body = JSON.parse(json.bytes.toString('utf8'));
  expect(body.faststallelser).toEqual([
    expect.objectContaining({
      period: T1,
      meetingDate: MEETING,
      paragraf: '45',
      handlings: [{ by: 'regionstyrelsen', kind: 'received', date: TODAY, paragraf: '112' }],
    }),
  ]);
  expect(
    body.andringarEfterFaststallande.map((c: { uppdragId: string; reason: string }) => [
      c.uppdragId,
      c.reason,
    ]),
  ).toEqual(
    expect.arrayContaining([
      [ids.corrected, CORRECTION_REASON],
      [ids.late, LATE_REASON],
    ]),
  );
  const docx = (await mammoth.extractRawText({ buffer: (await download(paket('docx'))).bytes })).value;
  for (const s of [ADOPTED, RECEIVED, 'Ändringar efter fastställande', CORRECTION_REASON, LATE_REASON])
    expect({ s, found: docx.includes(s) }).toEqual({ s, found: true });
  const pdf = pdfPages((await download(paket('pdf'))).bytes)
    .join(' ')
    .replace(/\s+/g, ' ');
  expect(pdf).toContain('Fastställda rapporter');
  expect(pdf).toContain('Ändringar efter fastställande');
}, 60_000);
