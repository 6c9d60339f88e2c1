/**
 * The auditor's package over HTTP: an uppsiktsärende on HSN answered, HSN's internkontrollplan adopted
 * with an avvikelse and its åtgärd; the package as JSON and DOCX from the same cutoff twice gives the
 * same bytes (also after the log has grown), and it holds the answer, the avvikelse and the chain head.
 * Auditors and the regiondirektör only.
 */
import { type Actor } from '@sparbar/domain';
import mammoth from 'mammoth';
import { type ApiHarness, eventually, startTestApi, USERS } from './support/api-harness';
import { ACTORS, expectStatus, newId, THIS_TERTIAL, YEAR } from './support/fixtures';

let api: ApiHarness;
const secretary = ACTORS.secretaryRecipient; // HSN
const officer = ACTORS.officerRecipient; // HSN
const base = `/api/internkontroll/hsn/${YEAR}`;
const arendeId = newId('uppsikt');
const ANSWER = 'Rapporten lämnas i nästa månadsrapport.';
const AVVIKELSE = 'Tre av tjugo inköp utanför avtal.';
let head: number;

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
    expectStatus(
      await api.request('POST', path, { as, body }),
      path === '/api/uppsikt' || path === '/api/internkontroll' ? 201 : 200,
    );
  // The åtgärd is the last event written; its position is the cutoff (readAll may not show it yet).
  const plan = await api.events(`internkontroll-hsn-${YEAR}`);
  head = plan[plan.length - 1].position;
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
  expect(body.cutoff).toEqual({ position: head, hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
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

test('the same cutoff gives the same bytes, JSON and DOCX, also after the log has grown', async () => {
  const json = await download(paket('json'));
  const docx = await download(paket('docx'));
  expect(docx.status).toBe(200);
  expect(docx.headers.get('content-disposition')).toMatch(
    /^attachment; filename="Granskningspaket .* position \d+\.docx"/,
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
  expect(jsonAgain.bytes.equals(json.bytes)).toBe(true);
  expect(docxAgain.bytes.equals(docx.bytes)).toBe(true);

  const { value: text } = await mammoth.extractRawText({ buffer: docx.bytes });
  expect(text).toContain(ANSWER);
  expect(text).toContain(`Avvikelse: ${AVVIKELSE}`);
  expect(text).toMatch(new RegExp(`loggposition ${head}, kedjehash [0-9a-f]{64}`));
}, 60_000);

test('only auditors and the regiondirektör; a cutoff not in the chain is 404; a bad format 400', async () => {
  expect((await download(paket('json'), 'person-ida')).status).toBe(403);
  expect((await download(paket('json'), ACTORS.regiondirektor.personId)).status).toBe(200);
  expect((await download(paket('json', 999_999_999))).status).toBe(404);
  expect((await download(paket('pdf'))).status).toBe(400);
}, 60_000);
