/**
 * The statuses people count (issue 16, point 2), over HTTP on the demo data (Region Västerbotten's
 * 2023): HSN closes four of its uppdrag at the year end, and the year's counts, the period table and
 * the report file (CSV, with its summary) all say Avslutad for the same four; a newly registered
 * uppdrag reads Ej påbörjad until its first report; and as of a day before a period's deadline a
 * report not yet in is not yet due (ej_forfallen, "Ej rapporterad ännu"), the day after ej rapporterad.
 */
import { type Actor } from '@sparbar/domain';
import { type ApiHarness, eventually, startTestApi } from './support/api-harness';
import { ACTORS, expectStatus, newId, setup, THIS_MONTH, TODAY, uppdragBody } from './support/fixtures';

let api: ApiHarness;

/** Only an importer may give a business time earlier than now: the year end of 2023 is long past. */
const migrering: Actor = {
  personId: 'person-migrering',
  roles: ['regiondirektor', 'importer'],
  organId: null,
};
const reader = ACTORS.auditor;

interface Row {
  uppdragId: string;
  text: string;
  lifecycle: string;
  rapportering: string;
  deadline: string | null;
  status: string | null;
  tableStatus: string;
}
interface Table {
  rows: Row[];
}
type Counts = Record<string, number>;

async function post(path: string, body: Record<string, unknown>, status = 200, as: Actor = migrering) {
  expectStatus(await api.request('POST', path, { as, body }), status);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function read(path: string): Promise<any> {
  const answer = await api.request('GET', path, { as: reader });
  expectStatus(answer, 200);
  return answer.body;
}

/** Read until the worker (in the API process) has applied what `accept` waits for. */
async function readWhen<T>(path: string, accept: (body: T) => boolean): Promise<T> {
  const answer = await eventually(
    () => api.request('GET', path, { as: reader }),
    (a) => a.status === 200 && accept(a.body as T),
    60_000,
  );
  return answer.body as T;
}

/** The report file as text, made at the chain's head once the period facts have caught up. */
async function csv(query: string): Promise<string[][]> {
  const token = await api.token(reader);
  const answer = await eventually(
    () =>
      fetch(`${api.url}/api/rapporter/uppdrag?format=csv&${query}`, {
        headers: { authorization: `Bearer ${token}` },
      }),
    (response) => response.status === 200,
    30_000,
  );
  const text = (await answer.text()).replace(/^\uFEFF/, '');
  return text.split('\r\n').map((line) => line.split(';'));
}

/** What the table's rows print, tallied: the counts must be this. */
function tally(table: Table): Counts {
  const counts: Counts = {};
  for (const row of table.rows) counts[row.tableStatus] = (counts[row.tableStatus] ?? 0) + 1;
  return counts;
}

const nonZero = (counts: Counts) =>
  Object.fromEntries(Object.entries(counts).filter(([key, n]) => key !== 'totalt' && n > 0));

let closed: Row[];

beforeAll(async () => {
  api = await startTestApi({ DEMO_DATA: 'true' });
  const year = await readWhen<Table>('/api/perioder/2023/uppdrag?organ=hsn', (t) => t.rows.length >= 4);
  // HSN's årsrapport closes its four uppdrag, whose last report (April) said "Pågående enligt plan".
  closed = year.rows.filter((r) => r.status === 'pagaende_enligt_plan').slice(0, 4);
  expect(closed).toHaveLength(4);
  for (const [i, row] of closed.entries())
    await post(`/api/uppdrag/${row.uppdragId}/close`, {
      kommentar: `Uppdraget är genomfört (${i + 1}).`,
      occurredAt: '2024-01-20T10:00:00+01:00',
    });
  await readWhen<Table>(
    '/api/perioder/2023/uppdrag?organ=hsn',
    (t) => t.rows.filter((r) => r.lifecycle === 'avslutat').length === 4,
  );
}, 180_000);

afterAll(() => api?.close());

describe('Avslutad is counted as the tables print it', () => {
  it('the year 2023 for HSN: four Avslutad in the table, the counts and the CSV alike', async () => {
    const table: Table = await read('/api/perioder/2023/uppdrag?organ=hsn');
    const ids = new Set(closed.map((r) => r.uppdragId));
    expect(table.rows.filter((r) => r.tableStatus === 'avslutad').map((r) => r.uppdragId)).toEqual(
      table.rows.filter((r) => ids.has(r.uppdragId)).map((r) => r.uppdragId),
    );

    const { counts } = await read('/api/perioder/2023/maluppfyllelse?organ=hsn');
    expect(counts.uppdrag.avslutad).toBe(4);
    expect(counts.uppdrag.pagaende_enligt_plan).toBe(
      table.rows.filter((r) => r.tableStatus === 'pagaende_enligt_plan').length,
    );
    expect(nonZero(counts.uppdrag)).toEqual(tally(table));
    expect(counts.uppdrag.totalt).toBe(table.rows.length);
    // The uppdrag list (a read model of its own, a moment behind) comes to say Avslutad too.
    await readWhen<{ items: { uppdragId: string; currentStatus: string }[] }>(
      '/api/uppdrag?organ=hsn&limit=500',
      (l) =>
        closed.every((c) => l.items.find((u) => u.uppdragId === c.uppdragId)?.currentStatus === 'avslutad'),
    );

    const lines = await csv('period=2023&organ=hsn');
    // The table's rows are as wide as its headings on the first line; the summary below has two columns.
    const printed = lines.filter((l) => l.length === lines[0].length && l[1] === 'Avslutad');
    expect(printed.map((l) => l[2]).sort()).toEqual(closed.map((r) => r.text).sort());
    // The summary beside the table counts the same: "Avslutad;4".
    const summary = lines.slice(lines.findIndex((l) => l[0] === 'Uppdrag per status'));
    expect(summary).toEqual(
      expect.arrayContaining([
        ['Avslutad', '4'],
        ['Totalt', String(table.rows.length)],
      ]),
    );
  }, 60_000);

  it('as it stood before the closing, the same uppdrag count as Pågående enligt plan', async () => {
    const { counts } = await read('/api/perioder/2023/maluppfyllelse?organ=hsn&asOf=2024-01-19');
    expect(counts.uppdrag.avslutad).toBe(0);
    expect(counts.uppdrag.pagaende_enligt_plan).toBeGreaterThanOrEqual(4);
  });
});

describe('a newly registered uppdrag reads Ej påbörjad until its first report', () => {
  it('in the period table, the counts and the report file; then its reported status', async () => {
    const text = `Nytt uppdrag ${newId('text')}`;
    const uppdragId = await setup.uppdrag(api, { text, riktasTill: ['hsn'], samordnare: null });
    const path = `/api/perioder/${THIS_MONTH}/uppdrag?organ=hsn`;
    const table = await readWhen<Table>(path, (t) => t.rows.some((r) => r.uppdragId === uppdragId));
    const row = table.rows.find((r) => r.uppdragId === uppdragId)!;
    // This month's report is due after the month has ended: today it is not late.
    expect(row).toMatchObject({ rapportering: 'ej_forfallen', status: null, tableStatus: 'ej_paborjad' });
    expect(row.deadline! > TODAY).toBe(true);

    const { counts } = await read(`/api/perioder/${THIS_MONTH}/maluppfyllelse?organ=hsn`);
    expect(nonZero(counts.uppdrag)).toEqual(tally(table));
    const lines = await csv(`period=${THIS_MONTH}&organ=hsn`);
    expect(lines.find((l) => l[2] === text)?.[1]).toBe('Ej påbörjad');
    // The uppdrag list (uppdrag now) says the same.
    const listed = await readWhen<{ items: { uppdragId: string; currentStatus: string }[] }>(
      '/api/uppdrag?organ=hsn&limit=500',
      (l) => l.items.some((u) => u.uppdragId === uppdragId),
    );
    expect(listed.items.find((u) => u.uppdragId === uppdragId)?.currentStatus).toBe('ej_paborjad');

    await setup.report(api, uppdragId, THIS_MONTH);
    const after = await readWhen<Table>(path, (t) =>
      t.rows.some((r) => r.uppdragId === uppdragId && r.rapportering === 'rapporterad'),
    );
    expect(after.rows.find((r) => r.uppdragId === uppdragId)?.tableStatus).toBe('pagaende_enligt_plan');
    const reported = await readWhen<{ items: { uppdragId: string; currentStatus: string }[] }>(
      '/api/uppdrag?organ=hsn&limit=500',
      (l) => l.items.some((u) => u.uppdragId === uppdragId && u.currentStatus !== 'ej_paborjad'),
    );
    expect(reported.items.find((u) => u.uppdragId === uppdragId)?.currentStatus).toBe('pagaende_enligt_plan');
  }, 90_000);
});

describe('before a period’s deadline a report not yet in is not yet due', () => {
  const TERTIAL = newId('uppdrag-tertial');

  beforeAll(async () => {
    // A 2023 tertial uppdrag of HSN, reported for T1 and never for T2 (due by 14 September 2023).
    const body = uppdragBody({
      uppdragId: TERTIAL,
      text: `Tertialuppdrag ${TERTIAL}`,
      riktasTill: ['hsn'],
      samordnare: null,
      periodicitet: 'tertial',
      slutdatum: '2023-12-31',
      origin: { givenBy: 'regionfullmaktige', kind: 'fullmaktige', planYear: 2023 },
      occurredAt: '2023-01-16T09:00:00+01:00',
    });
    await post('/api/uppdrag', body, 201);
    await post(`/api/uppdrag/${TERTIAL}/reports`, {
      period: '2023-T1',
      status: 'pagaende_delvis_enligt_plan',
      kommentar: 'Delvis igång.',
      occurredAt: '2023-05-03T10:00:00+02:00',
    });
    await readWhen<Table>('/api/perioder/2023-T1/uppdrag?organ=hsn', (t) =>
      t.rows.some((r) => r.uppdragId === TERTIAL && r.rapportering === 'rapporterad'),
    );
  }, 60_000);

  const rowAsOf = async (period: string, asOf: string): Promise<Row> => {
    const table: Table = await read(`/api/perioder/${period}/uppdrag?organ=hsn&asOf=${asOf}`);
    return table.rows.find((r) => r.uppdragId === TERTIAL)!;
  };

  it('reads ej_forfallen up to the deadline day and ej_rapporterad the day after', async () => {
    expect(await rowAsOf('2023-T2', '2023-09-01')).toMatchObject({
      rapportering: 'ej_forfallen',
      deadline: '2023-09-14',
      tableStatus: 'ej_forfallen',
      status: 'pagaende_delvis_enligt_plan',
    });
    expect(await rowAsOf('2023-T2', '2023-09-14')).toMatchObject({ rapportering: 'ej_forfallen' });
    expect(await rowAsOf('2023-T2', '2023-09-15')).toMatchObject({
      rapportering: 'ej_rapporterad',
      tableStatus: 'ej_rapporterad',
    });
    // Before its first report, and before T1's deadline, it read as the plan printed it.
    expect(await rowAsOf('2023-T1', '2023-04-30')).toMatchObject({
      rapportering: 'ej_forfallen',
      tableStatus: 'ej_paborjad',
    });
  });

  it('counts it apart as of the day, as the table of that day prints it', async () => {
    const on = (asOf: string) => read(`/api/perioder/2023-T2/maluppfyllelse?organ=hsn&asOf=${asOf}`);
    const before = (await on('2023-09-01')).counts.uppdrag;
    const after = (await on('2023-09-15')).counts.uppdrag;
    expect(before.ej_forfallen).toBeGreaterThanOrEqual(1);
    expect(after.ej_forfallen).toBe(0);
    expect(after.ej_rapporterad).toBe(before.ej_rapporterad + before.ej_forfallen);
  });

  it('prints "Ej rapporterad ännu – rapporteras senast …" in the report file for a day before the deadline', async () => {
    const text = `Tertialuppdrag ${TERTIAL}`;
    const early = await csv('period=2023-T2&organ=hsn&on=2023-09-01');
    expect(early.find((l) => l[2] === text)?.[1]).toBe(
      'Ej rapporterad ännu – rapporteras senast 14 september 2023',
    );
    const late = await csv('period=2023-T2&organ=hsn&on=2023-09-15');
    expect(late.find((l) => l[2] === text)?.[1]).toBe('Ej rapporterad');
  }, 60_000);
});
