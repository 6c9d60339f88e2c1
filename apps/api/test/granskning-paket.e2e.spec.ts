/**
 * The auditor's package over HTTP: an uppdrag to HSN reminded about and then reported, an uppsiktsärende
 * on HSN reminded about and answered, HSN's internkontrollplan adopted with an avvikelse and its åtgärd;
 * the package as JSON, DOCX and PDF from the same cutoff twice gives the same bytes (also after the log
 * has grown), and it holds the reminders with the response times, the answer, the avvikelse and the
 * chain head. Auditors and the regiondirektör only.
 */
import {
  type Actor,
  businessDateOf,
  PAMINNELSE_ACTOR,
  paminnelseStreamOf,
  type ReminderItemKind,
  uppdragStream,
  uppsiktsarendeStream,
} from '@sparbar/domain';
import { AUDIT_PROJECTIONS } from '@sparbar/audit';
import { type SqlDriver } from '@sparbar/event-store';
import { catchUpLive, PgProjectionDb } from '@sparbar/projections';
import { SQL_DATABASE } from '@sparbar/runtime';
import mammoth from 'mammoth';
import { type ApiHarness, eventually, startTestApi, USERS } from './support/api-harness';
import { testClock } from '../../../test/support/clock';
import { pdfPages, zipParts } from '../../../libs/reports/test/support/open-files';
import { findIds } from '../../../test/support/id-scan';
import {
  ACTORS,
  ANSVARIG,
  expectStatus,
  newId,
  setup,
  THIS_MONTH,
  THIS_TERTIAL,
  TODAY,
  uppdragBody,
  YEAR,
} from './support/fixtures';

let api: ApiHarness;
const secretary = ACTORS.secretaryRecipient; // HSN
const officer = ACTORS.officerRecipient; // HSN
const base = `/api/internkontroll/hsn/${YEAR}`;
const arendeId = newId('uppsikt');
const ANSWER = 'Rapporten lämnas i nästa månadsrapport.';
const AVVIKELSE = 'Tre av tjugo inköp utanför avtal.';
let head: number;
/** The business date the event at the cutoff was recorded: the files' footers and names print it. */
let headDate: string;
let uppdragId: string;
const imported = newId('uppdrag');
/**
 * History brought in by someone who may import it: with its business time, not today's. The register
 * decides roles, so it is the migration account (regiondirektör + importer), not a token's claim.
 */
const importer: Actor = USERS['person-migrering']!;

/** A reminder as the delivery records it once the mail server took it (see libs/reminders delivery). */
async function reminderSent(itemKind: ReminderItemKind, itemId: string, period: string, to: string) {
  const jobId = `${itemKind}.${itemId}.${period}.p14`;
  await api.store.appendToStream(paminnelseStreamOf(itemKind, itemId), [
    {
      type: 'PaminnelseSent',
      data: {
        idempotencyKey: `${jobId}.${to}.epost`,
        jobId,
        itemKind,
        itemId,
        period,
        deadline: `${YEAR + 1}-01-31`,
        kind: 'paminnelse',
        channel: 'epost',
        recipientPersonId: to,
        address: `${to}@example.se`,
        messageId: `<${jobId}@sparbar>`,
      },
      metadata: {
        actor: PAMINNELSE_ACTOR,
        occurredAt: testClock().toISOString(),
        commandType: 'RecordPaminnelseSent',
      },
    },
  ]);
}

async function download(path: string, as = 'person-revisor') {
  const response = await fetch(`${api.url}${path}`, {
    headers: { authorization: `Bearer ${await api.token(as)}` },
  });
  return {
    status: response.status,
    headers: response.headers,
    bytes: Buffer.from(await response.arrayBuffer()),
  };
}

const paket = (format: string, cutoff = head) =>
  `/api/granskning/paket?organ=hsn&year=${YEAR}&format=${format}&cutoff=${cutoff}`;

beforeAll(async () => {
  api = await startTestApi();
  // Reminded first, reported the same day: the response time is 0 days and the report on time.
  uppdragId = await setup.uppdrag(api, { riktasTill: ['rs', 'hsn'] });
  await reminderSent('uppdrag', uppdragId, THIS_MONTH, ANSVARIG.personId);
  await setup.report(api, uppdragId, THIS_MONTH);
  // January's report, made on 3 February and registered in the system today.
  expectStatus(
    await api.request('POST', '/api/uppdrag', {
      as: importer,
      body: { ...uppdragBody({ uppdragId: imported }), occurredAt: `${YEAR}-01-10T09:00:00+01:00` },
    }),
    201,
  );
  expectStatus(
    await api.request('POST', `/api/uppdrag/${imported}/reports`, {
      as: importer,
      body: {
        period: `${YEAR}-01`,
        status: 'pagaende_enligt_plan',
        kommentar: 'Arbetet följer planen.',
        occurredAt: `${YEAR}-02-03T10:00:00+01:00`,
      },
    }),
    200,
  );
  const steps: [string, unknown, Actor][] = [
    [
      '/api/uppsikt',
      {
        arendeId,
        organId: 'hsn',
        kind: 'begaran_om_information',
        text: 'Redogör för läget.',
        dueDate: `${YEAR + 1}-01-31`,
      },
      USERS['person-ida'],
    ],
    ['remind about the answer', null, secretary],
    [`/api/uppsikt/${arendeId}/answers`, { text: ANSWER }, secretary],
    ['/api/internkontroll', { organId: 'hsn', year: YEAR }, secretary],
    [
      `${base}/risks`,
      { riskId: 'risk-inkop', text: 'Inköp görs utanför avtal', sannolikhet: 3, konsekvens: 4 },
      secretary,
    ],
    [
      `${base}/kontrollmoment`,
      {
        riskId: 'risk-inkop',
        kontrollmomentId: 'km-stickprov',
        vad: 'Att inköp görs mot avtal',
        hur: 'Stickprov',
        vem: 'Ekonomichef',
        frekvens: 'tertial',
      },
      secretary,
    ],
    [`${base}/adoption`, { adoptedOn: `${YEAR}-01-02`, paragraf: '§ 12' }, secretary],
    [
      `${base}/results`,
      {
        kontrollmomentId: 'km-stickprov',
        period: THIS_TERTIAL,
        resultat: 'avvikelse',
        beskrivning: AVVIKELSE,
      },
      officer,
    ],
    [
      `${base}/atgarder`,
      {
        atgardId: 'atgard-1',
        kontrollmomentId: 'km-stickprov',
        period: THIS_TERTIAL,
        text: 'Informera beställarna',
        ansvarigPersonId: officer.personId,
        dueDate: `${YEAR + 1}-01-31`,
      },
      officer,
    ],
  ];
  for (const [path, body, as] of steps)
    if (path === 'remind about the answer')
      await reminderSent('uppsiktsarende', arendeId, 'svar', as.personId);
    else
      expectStatus(
        await api.request('POST', path, { as, body }),
        path === '/api/uppsikt' || path === '/api/internkontroll' ? 201 : 200,
      );
  // The åtgärd is the last event written; its position is the cutoff (readAll may not show it yet).
  const plan = await api.events(`internkontroll-hsn-${YEAR}`);
  head = plan[plan.length - 1].position;
  headDate = businessDateOf(plan[plan.length - 1].recordedAt);
  await eventually(
    () => download(paket('json')),
    (answer) => answer.status === 200,
    30_000,
  );
}, 120_000);

afterAll(() => api?.close());

test('JSON: the ärende with its answer, the plan with its avvikelse and åtgärd, and the chain head', async () => {
  const answer = await download(paket('json'));
  expect(answer.status).toBe(200);
  expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
  const body = JSON.parse(answer.bytes.toString('utf8'));
  expect(body.cutoff).toEqual({
    position: head,
    hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    date: headDate,
  });
  expect(body.uppsiktsarenden).toContainEqual(
    expect.objectContaining({ arendeId, svar: [expect.objectContaining({ text: ANSWER, late: false })] }),
  );
  const moment = body.internkontrollplan.risker[0].kontrollmoment[0];
  expect(body.internkontrollplan.adoptedOn).toBe(`${YEAR}-01-02`);
  expect(moment.resultat).toEqual([
    expect.objectContaining({ resultat: 'avvikelse', beskrivning: AVVIKELSE }),
  ]);
  expect(moment.atgarder).toEqual([expect.objectContaining({ atgardId: 'atgard-1', status: 'planerad' })]);
}, 60_000);

test('JSON: reminders sent, filed under their item, with the response time and the names at the cutoff', async () => {
  const body = JSON.parse((await download(paket('json'))).bytes.toString('utf8'));
  const uppdrag = body.uppdrag.find((u: { uppdragId: string }) => u.uppdragId === uppdragId);
  expect(uppdrag.paminnelser).toEqual([
    expect.objectContaining({ period: THIS_MONTH, kind: 'paminnelse', recipientPersonId: ANSVARIG.personId }),
  ]);
  expect(uppdrag.svarstider).toEqual([
    expect.objectContaining({
      period: THIS_MONTH,
      reportedOn: TODAY,
      onTime: true,
      paminnelser: 1,
      eskaleringar: 0,
      firstReminderOn: TODAY,
      daysFromReminderToReport: 0,
    }),
  ]);
  const arende = body.uppsiktsarenden.find((a: { arendeId: string }) => a.arendeId === arendeId);
  expect(arende.paminnelser).toEqual([
    expect.objectContaining({ period: 'svar', recipientPersonId: secretary.personId }),
  ]);
  expect(arende.daysToFirstAnswer).toBe(0);
  // Everyone named (reporters, recipients, the åtgärd's ansvarig) with a name, not only an id.
  expect(Object.keys(body.personer)).toEqual(
    expect.arrayContaining([ANSVARIG.personId, secretary.personId, officer.personId]),
  );
  expect(body.personer[ANSVARIG.personId]).toBe('Johan Lindström');
}, 60_000);

test('an imported report counts from when it was made, not from when it was registered', async () => {
  const body = JSON.parse((await download(paket('json'))).bytes.toString('utf8'));
  const uppdrag = body.uppdrag.find((u: { uppdragId: string }) => u.uppdragId === imported);
  // Only January's row is about the import: the months after it are missing and may be reminded of.
  const january = uppdrag.svarstider.find((row: { period: string }) => row.period === `${YEAR}-01`);
  expect(january).toEqual(expect.objectContaining({ reportedOn: `${YEAR}-02-03`, onTime: true }));
  const { value: text } = await mammoth.extractRawText({ buffer: (await download(paket('docx'))).bytes });
  // Registered when the store recorded it (the database's clock), which is not the business day.
  const [report] = (await api.events(uppdragStream(imported))).filter(
    (e) => e.type === 'UppdragStatusReported',
  );
  const registered = businessDateOf(report.recordedAt);
  expect(text).toMatch(new RegExp(`${YEAR}-02-03 \\(registrerad ${registered} \\d{2}:\\d{2}\\)`));
}, 60_000);

test('the same cutoff gives the same bytes, JSON, DOCX and PDF, also after the log has grown', async () => {
  const json = await download(paket('json'));
  const docx = await download(paket('docx'));
  const pdf = await download(paket('pdf'));
  expect(pdf.status).toBe(200);
  expect(pdf.headers.get('content-type')).toBe('application/pdf');
  expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(docx.status).toBe(200);
  // Named for organ, year and the cutoff's date.
  expect(docx.headers.get('content-disposition')).toMatch(
    new RegExp(`^attachment; filename="Granskningspaket .* ${YEAR} ${headDate}\\.docx"`),
  );

  expectStatus(
    await api.request('POST', `/api/uppsikt/${arendeId}/answers`, {
      as: officer,
      body: { text: 'Ett svar till.' },
    }),
    200,
  );
  const jsonAgain = await download(paket('json'));
  const docxAgain = await download(paket('docx'));
  const pdfAgain = await download(paket('pdf'));
  expect(jsonAgain.bytes.equals(json.bytes)).toBe(true);
  expect(docxAgain.bytes.equals(docx.bytes)).toBe(true);
  expect(pdfAgain.bytes.equals(pdf.bytes)).toBe(true);

  const { value: text } = await mammoth.extractRawText({ buffer: docx.bytes });
  expect(text).toContain(ANSWER);
  expect(text).toContain(`Avvikelse: ${AVVIKELSE}`);
  expect(text).toContain(`Underlag till och med ${headDate}`);
  // The position and checksum in words are the Word file's footnote.
  expect(await zipParts(docx.bytes, /^word\/footnotes\.xml$/)).toMatch(
    new RegExp(`händelse nr ${head}, registrerad ${headDate} \\(kontrollsumma [0-9a-f]{64}\\)`),
  );
  expect(text).toContain('Johan Lindström (e-post)');
  expect(text).toContain('Från påminnelse till rapport');
}, 60_000);

test('DOCX and PDF name organs and people and show no id or key; the JSON is machine data and keeps them', async () => {
  const organs = await api.request('GET', '/api/organs', { as: ACTORS.auditor });
  const itemIds = [uppdragId, imported, arendeId, 'risk-inkop', 'km-stickprov', 'atgard-1'];
  const { value: docx } = await mammoth.extractRawText({ buffer: (await download(paket('docx'))).bytes });
  const pdf = pdfPages((await download(paket('pdf'))).bytes).join('\n');
  for (const text of [docx, pdf]) {
    expect(text).toContain('Givet av Regionfullmäktige');
    expect(findIds(text, { organs: organs.body, itemIds })).toEqual([]);
  }
});

test('only auditors and the regiondirektör; a cutoff not in the chain is 404; an unknown format 400', async () => {
  expect((await download(paket('json'), 'person-ida')).status).toBe(403);
  expect((await download(paket('json'), ACTORS.regiondirektor.personId)).status).toBe(200);
  expect((await download(paket('json', 999_999_999))).status).toBe(404);
  expect((await download(paket('xml'))).status).toBe(400);
}, 60_000);

describe('a cutoff date instead of a position', () => {
  let sql: SqlDriver;
  let mid: number;
  const byDate = (format: string, date: string) =>
    `/api/granskning/paket?organ=hsn&year=${YEAR}&format=${format}&cutoffDate=${date}`;

  beforeAll(async () => {
    sql = api.app.get<SqlDriver>(SQL_DATABASE);
    const readModels = new PgProjectionDb({
      connectionString: api.schema.connectionString,
      schema: api.schema.schema,
    });
    try {
      await catchUpLive({ store: api.store, db: readModels }, AUDIT_PROJECTIONS, { until: head });
    } finally {
      await readModels.close();
    }
    // The log as if recorded over two days: everything up to the uppsiktsärende's answer on 17 June
    // (just after midnight Swedish time, still the 16th in UTC), the rest today.
    const [answered] = (await api.events(uppsiktsarendeStream(arendeId))).filter(
      (e) => e.type === 'UppsiktsarendeAnswered',
    );
    mid = answered!.position;
    await sql.query(`UPDATE audit_log SET recorded_at = '2025-06-16T22:30:00Z' WHERE position <= $1`, [mid]);
  }, 60_000);

  test('is the package at the last position recorded before that day ended, Swedish time', async () => {
    const json = await download(byDate('json', '2025-06-17'));
    expect(json.status).toBe(200);
    expect(JSON.parse(json.bytes.toString('utf8')).cutoff.position).toBe(mid);
    expect(json.bytes.equals((await download(paket('json', mid))).bytes)).toBe(true);
    const docx = await download(byDate('docx', '2025-06-17'));
    expect(docx.bytes.equals((await download(paket('docx', mid))).bytes)).toBe(true);
    // The internkontrollplan came later that day: the package at the head is another one.
    expect(json.bytes.equals((await download(paket('json', head))).bytes)).toBe(false);
  }, 60_000);

  test('a day before anything was recorded is 404; a bad date, or both cutoffs, 400 naming cutoffDate', async () => {
    const before = await download(byDate('json', '2025-06-16'));
    expect(before.status).toBe(404);
    expect(JSON.parse(before.bytes.toString('utf8'))).toMatchObject({
      code: 'NOT_FOUND',
      field: 'cutoffDate',
    });
    for (const query of [
      byDate('json', '2025-02-30'),
      byDate('json', '17-06-2025'),
      `${byDate('json', '2025-06-17')}&cutoff=${mid}`,
    ]) {
      const answer = await download(query);
      expect([query, answer.status, JSON.parse(answer.bytes.toString('utf8')).errors]).toEqual([
        query,
        400,
        [expect.objectContaining({ field: 'cutoffDate' })],
      ]);
    }
  }, 60_000);
});
