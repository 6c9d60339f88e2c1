import { reportingCalendar } from '@sparbar/domain';
import { ACTOR } from '@sparbar/domain/testing/fixtures';
import { catchUpLive } from '../src/runner/catch-up';
import { PROJECTIONS } from '../src/catalogue';
import { type ProjectionEnvironment } from '../src/environment';
import { aging } from '../src/periods/aging.queries';
import { maluppfyllelse } from '../src/periods/maluppfyllelse.queries';
import { periodTable, type PeriodTableRow } from '../src/periods/period-table.queries';
import { ReadModelQueryError } from '../src/periods/time-point';
import { uppdragAsOf } from '../src/periods/uppdrag-as-of.queries';
import { cliEnv, lastPosition, openEnv, testSchema } from './support/projection-env';
import { spawnCli } from './support/spawn-cli';
import {
  INKOP,
  KLIMAT,
  LOKALER,
  ORGAN,
  PERSON,
  playYear2023,
  SAMVERKAN,
  Scenario,
  UTBILDNING,
} from './support/scenario';
import { type TestSchema } from '../../../test/support/postgres';

const VALFARD = 'delmal-2023-valfard';
let schema: TestSchema;
let env: ProjectionEnvironment;

beforeAll(async () => {
  schema = await testSchema('proj_periods');
  env = await openEnv(schema);
  const s = new Scenario(env.store);
  await playYear2023(s);
  // A second delmål of regionstyrelsen, assessed for T1 on 10 May 2023: the counts need more than one.
  s.at('2024-02-01T08:00:00Z');
  await s.delmal(
    'DefineDelmal',
    {
      delmalId: VALFARD,
      organId: ORGAN.RS,
      planYear: 2023,
      regionmal: { id: 'regionmal-1', namn: 'Mål 1. God och jämlik hälsa' },
      text: 'Öka andelen invånare med god hälsa',
    },
    ACTOR.idaSekreterareRs,
  );
  await s.delmal(
    'AssessDelmal',
    {
      delmalId: VALFARD,
      period: '2023-T1',
      bedomning: 'helt',
      prognos: 'helt',
      kommentar: 'Enligt plan.',
    },
    ACTOR.idaSekreterareRs,
  );
  await catchUpLive(env, PROJECTIONS, { until: await lastPosition(env) });
});
afterAll(async () => {
  await env.close();
  await schema.drop();
});

const rowOf = (rows: PeriodTableRow[], id: string) => {
  const row = rows.find((r) => r.uppdragId === id);
  if (!row) throw new Error(`${id} is not in the table (has ${rows.map((r) => r.uppdragId).join(', ')})`);
  return row;
};
const ids = (rows: PeriodTableRow[]) => rows.map((r) => r.uppdragId).sort();

/**
 * The last millisecond before the first event of a type was recorded. The store stamps recorded time
 * itself (the scenario's clock is business time; read models keep it to the millisecond), so "what the
 * system showed before the correction" is read from the log rather than assumed.
 */
async function recordedJustBefore(type: string, period?: string): Promise<string> {
  let first = Infinity;
  for await (const e of env.store.readRange({ upTo: await env.store.headPosition() }))
    if (e.type === type && (period === undefined || (e.data as { period?: string }).period === period))
      first = Math.min(first, Date.parse(e.recordedAt));
  return new Date(first - 1).toISOString();
}

describe('the period table', () => {
  it('T1: a monthly uppdrag shows its last report in the tertial (April, as corrected), a tertial one its T1 report', async () => {
    const table = await periodTable(env.db, { period: '2023-T1', organ: ORGAN.HSN });
    expect(table).toMatchObject({ period: '2023-T1', periodStart: '2023-01-01', periodEnd: '2023-04-30' });
    expect(ids(table.rows)).toEqual([INKOP, SAMVERKAN].sort());
    expect(rowOf(table.rows, INKOP)).toMatchObject({
      rapportering: 'rapporterad',
      reportPeriod: '2023-04',
      status: 'pagaende_delvis_enligt_plan',
      kommentar: 'Upphandlingen är försenad.',
      corrected: true,
      correctionReason: 'Fel status i första rapporten',
      carriedForward: false,
      periodicitet: 'manad',
    });
    expect(rowOf(table.rows, SAMVERKAN)).toMatchObject({
      rapportering: 'rapporterad',
      reportPeriod: '2023-T1',
      status: 'pagaende_delvis_enligt_plan',
      kommentar: 'Kartläggning pågår.',
      corrected: false,
      reportedBy: PERSON.ida,
    });
  });

  it('a month table shows that month’s report: March has the late March report, not April’s', async () => {
    const table = await periodTable(env.db, { period: '2023-03', organ: ORGAN.HSN });
    expect(rowOf(table.rows, INKOP)).toMatchObject({
      rapportering: 'rapporterad',
      reportPeriod: '2023-03',
      status: 'ej_paborjad',
      kommentar: 'Sen rapport för mars.',
    });
  });

  it('a missing report is ej rapporterad, with the last known status carried forward and flagged', async () => {
    const table = await periodTable(env.db, { period: '2023-05', organ: ORGAN.HSN });
    expect(rowOf(table.rows, INKOP)).toMatchObject({
      rapportering: 'ej_rapporterad',
      carriedForward: true,
      reportPeriod: '2023-04',
      status: 'pagaende_delvis_enligt_plan',
    });
    // A tertial uppdrag owes nothing in May: its T1 status is carried forward, not marked missing.
    expect(rowOf(table.rows, SAMVERKAN)).toMatchObject({
      rapportering: 'ej_aktuell',
      carriedForward: true,
      reportPeriod: '2023-T1',
    });
  });

  it('a tertial uppdrag counts as reported in the month that ends its tertial; never reported has no status', async () => {
    const table = await periodTable(env.db, { period: '2023-04', organ: ORGAN.RUN });
    expect(ids(table.rows)).toEqual([SAMVERKAN, UTBILDNING, LOKALER].sort());
    expect(rowOf(table.rows, SAMVERKAN)).toMatchObject({
      rapportering: 'rapporterad',
      reportPeriod: '2023-T1',
    });
    expect(rowOf(table.rows, UTBILDNING)).toMatchObject({
      rapportering: 'ej_rapporterad',
      status: null,
      carriedForward: false,
      slutdatum: '2023-03-31',
      lifecycle: 'aktivt',
    });
  });

  it('a withdrawn uppdrag appears in the month it was withdrawn, then no more', async () => {
    const june = await periodTable(env.db, { period: '2023-06', organ: ORGAN.RUN });
    expect(rowOf(june.rows, LOKALER)).toMatchObject({
      lifecycle: 'aterkallat',
      endedOn: '2023-06-01',
      endComment: 'Inte längre aktuellt',
      rapportering: 'ej_aktuell',
    });
    const july = await periodTable(env.db, { period: '2023-07', organ: ORGAN.RUN });
    expect(ids(july.rows)).not.toContain(LOKALER);
  });

  it('a closed uppdrag appears in the tertial it was closed in, then no more', async () => {
    const t1 = await periodTable(env.db, { period: '2024-T1', organ: ORGAN.RS });
    expect(rowOf(t1.rows, SAMVERKAN)).toMatchObject({
      lifecycle: 'avslutat',
      endedOn: '2024-01-20',
      endComment: 'Strukturerna är optimerade.',
    });
    const t2 = await periodTable(env.db, { period: '2024-T2', organ: ORGAN.RS });
    expect(ids(t2.rows)).toEqual([INKOP]);
  });

  it('filters by the giving organ: regionfullmäktige → nämnder', async () => {
    const table = await periodTable(env.db, { period: '2023-T1', givenBy: ORGAN.RF });
    expect(ids(table.rows)).toEqual([INKOP, SAMVERKAN, UTBILDNING, LOKALER].sort());
    const none = await periodTable(env.db, { period: '2023-T1', givenBy: ORGAN.HSN });
    expect(none.rows).toEqual([]);
  });

  it('the whole year (årsredovisning): each uppdrag with its last report of the year', async () => {
    const year = await periodTable(env.db, { period: '2023', organ: ORGAN.HSN });
    expect(year).toMatchObject({ period: '2023', periodStart: '2023-01-01', periodEnd: '2023-12-31' });
    expect(rowOf(year.rows, INKOP)).toMatchObject({
      rapportering: 'rapporterad',
      reportPeriod: '2023-04',
      corrected: true,
    });
    expect(rowOf(year.rows, SAMVERKAN)).toMatchObject({
      rapportering: 'rapporterad',
      reportPeriod: '2023-T1',
    });
    const next = await periodTable(env.db, { period: '2024', organ: ORGAN.HSN });
    expect(rowOf(next.rows, INKOP)).toMatchObject({
      rapportering: 'ej_rapporterad',
      carriedForward: true,
      reportPeriod: '2023-04',
    });
    expect(rowOf(next.rows, SAMVERKAN)).toMatchObject({ lifecycle: 'avslutat', rapportering: 'ej_aktuell' });
  });

  it('refuses a malformed period, naming the field', async () => {
    await expect(periodTable(env.db, { period: '2023-13' })).rejects.toMatchObject({ field: 'period' });
    await expect(periodTable(env.db, { period: '2023-T4' })).rejects.toBeInstanceOf(ReadModelQueryError);
    await expect(periodTable(env.db, { period: '23' })).rejects.toMatchObject({ field: 'period' });
  });
});

describe('time travel', () => {
  it('as recorded just before the correction of 12 May: the April report as first reported', async () => {
    const recordedAt = await recordedJustBefore('UppdragReportCorrected');
    const table = await periodTable(env.db, { period: '2023-T1', organ: ORGAN.HSN, recordedAt });
    expect(rowOf(table.rows, INKOP)).toMatchObject({
      status: 'pagaende_enligt_plan',
      kommentar: 'Riktlinjerna är kommunicerade.',
      corrected: false,
    });
    expect(table.recordedAt).toBe(recordedAt);
  });

  it('as of business date 30 April 2023: the T1 reports made in May are not there yet, nor due', async () => {
    const table = await periodTable(env.db, { period: '2023-T1', organ: ORGAN.HSN, asOf: '2023-04-30' });
    // T1's deadline is 15 May 2023: before it a report not in is not late, and a never reported uppdrag
    // reads Ej påbörjad, as in the plan.
    for (const id of [INKOP, SAMVERKAN])
      expect(rowOf(table.rows, id)).toMatchObject({
        rapportering: 'ej_forfallen',
        deadline: '2023-05-15',
        status: null,
        tableStatus: 'ej_paborjad',
      });
    const late = await periodTable(env.db, {
      period: '2023-T1',
      organ: ORGAN.HSN,
      asOf: '2023-04-30',
      on: '2023-05-16',
    });
    expect(rowOf(late.rows, INKOP)).toMatchObject({
      rapportering: 'ej_rapporterad',
      tableStatus: 'ej_rapporterad',
    });
  });

  it('takes each deadline from the årshjul: in April’s table a tertial uppdrag owes T1’s report', async () => {
    const calendar = reportingCalendar({ deadlines: { '2023-T1': '2023-05-12' } });
    const table = (on: string) =>
      periodTable(env.db, { period: '2023-04', organ: ORGAN.HSN, asOf: '2023-04-30', on, calendar });
    const april = await table('2023-04-30');
    expect(rowOf(april.rows, SAMVERKAN)).toMatchObject({
      rapportering: 'ej_forfallen',
      deadline: '2023-05-12',
    });
    expect(rowOf(april.rows, INKOP)).toMatchObject({ deadline: '2023-05-15' });
    // The log as of 30 April, read on 13 May: T1's report would be late by then.
    const may13 = await table('2023-05-13');
    expect(rowOf(may13.rows, SAMVERKAN)).toMatchObject({ rapportering: 'ej_rapporterad' });
    expect(rowOf(may13.rows, INKOP)).toMatchObject({ rapportering: 'ej_forfallen' });
  });

  it('an uppdrag as it stood: before and after its withdrawal, before and after the extension', async () => {
    expect(await uppdragAsOf(env.db, LOKALER, { asOf: '2023-05-31' })).toMatchObject({ lifecycle: 'aktivt' });
    expect(await uppdragAsOf(env.db, LOKALER, { asOf: '2023-06-01' })).toMatchObject({
      lifecycle: 'aterkallat',
      endedOn: '2023-06-01',
    });
    expect(await uppdragAsOf(env.db, INKOP, { asOf: '2023-11-30' })).toMatchObject({
      slutdatum: '2023-12-31',
      slutdatumExtensions: 0,
      ansvarigPersonId: PERSON.sara,
    });
    const now = await uppdragAsOf(env.db, INKOP);
    expect(now).toMatchObject({ slutdatum: '2024-06-30', slutdatumExtensions: 1 });
    expect(now?.reports.map((r) => [r.period, r.status, r.corrected])).toEqual([
      ['2023-03', 'ej_paborjad', false],
      ['2023-04', 'pagaende_delvis_enligt_plan', true],
    ]);
    const beforeMarch = await recordedJustBefore('UppdragStatusReported', '2023-03');
    const before = await uppdragAsOf(env.db, INKOP, { recordedAt: beforeMarch });
    expect(before?.reports.map((r) => [r.period, r.status])).toEqual([['2023-04', 'pagaende_enligt_plan']]);
  });

  it('nothing before registration, and an unknown uppdrag is undefined', async () => {
    expect(await uppdragAsOf(env.db, INKOP, { asOf: '2023-01-15' })).toBeUndefined();
    expect(await uppdragAsOf(env.db, 'uppdrag-finns-inte')).toBeUndefined();
  });

  it('refuses a time point it cannot read, naming the parameter', async () => {
    await expect(periodTable(env.db, { period: '2023-T1', asOf: '2023-02-30' })).rejects.toMatchObject({
      field: 'asOf',
    });
    await expect(
      periodTable(env.db, { period: '2023-T1', recordedAt: '2023-05-08 10:00' }),
    ).rejects.toMatchObject({ field: 'recordedAt' });
  });
});

describe('måluppfyllelse', () => {
  it('counts delmål, indikatorer and uppdrag for regionstyrelsen in T1 2023', async () => {
    const result = await maluppfyllelse(env.db, { organ: ORGAN.RS, period: '2023-T1' });
    expect(result.delmal.map((d) => [d.delmalId, d.bedomning])).toEqual([
      [VALFARD, 'helt'],
      [KLIMAT, 'saknas'],
    ]);
    expect(result.counts.delmal).toEqual({ helt: 1, delvis: 0, inte: 0, saknas: 1, totalt: 2 });
    // The April utfall 1 200 was corrected to 1 100 against a målvärde of 1 010 (lower is better): 92 %.
    expect(result.delmal[1].indikatorer).toEqual([
      expect.objectContaining({ utfall: 1100, malvarde: 1010, bedomning: 'delvis', utfallPeriod: '2023-04' }),
    ]);
    expect(result.counts.indikatorer).toEqual({ helt: 0, delvis: 1, inte: 0, saknas: 0, totalt: 1 });
    // Samverkan was closed in January 2024: read now, its row prints Avslutad, and it is counted so.
    expect(result.counts.uppdrag).toMatchObject({ pagaende_delvis_enligt_plan: 1, avslutad: 1, totalt: 2 });
    expect(result.sammanfattning).toBe(
      'Totalt 2 delmål, varav 1 uppnås, 0 uppnås delvis och 0 uppnås inte. 1 saknar bedömning.',
    );
  });

  it('as recorded before the utfall was corrected, and before the second delmål was assessed', async () => {
    const recordedAt = await recordedJustBefore('UppdragReportCorrected');
    const result = await maluppfyllelse(env.db, { organ: ORGAN.RS, period: '2023-T1', recordedAt });
    expect(result.delmal.map((d) => d.delmalId)).toEqual([KLIMAT]);
    expect(result.delmal[0].indikatorer[0]).toMatchObject({ utfall: 1200, bedomning: 'delvis' });
    expect(result.counts.uppdrag).toMatchObject({ pagaende_enligt_plan: 1, pagaende_delvis_enligt_plan: 1 });
  });

  it('for the whole year: the last bedömning and utfall of the year', async () => {
    const result = await maluppfyllelse(env.db, { organ: ORGAN.RS, period: '2023' });
    expect(result.period).toBe('2023');
    expect(result.counts.delmal).toEqual({ helt: 1, delvis: 0, inte: 0, saknas: 1, totalt: 2 });
    expect(result.counts.indikatorer).toMatchObject({ delvis: 1, totalt: 1 });
  });

  it('a period with nothing assessed counts everything as saknas', async () => {
    const result = await maluppfyllelse(env.db, { organ: ORGAN.RS, period: '2023-T3' });
    expect(result.counts.delmal).toMatchObject({ saknas: 2, totalt: 2 });
    expect(result.counts.indikatorer).toMatchObject({ saknas: 1, totalt: 1 });
  });
});

describe('aging', () => {
  it('on 30 June 2023: open uppdrag oldest first, with the reports missing past their deadline', async () => {
    const list = await aging(env.db, { on: '2023-06-30' });
    // Lokaler was withdrawn on 1 June; all four were registered the same day, so ids break the tie.
    expect(list.open.map((u) => u.uppdragId)).toEqual([SAMVERKAN, INKOP, UTBILDNING].sort());
    const inkop = list.open.find((u) => u.uppdragId === INKOP)!;
    // March and April were reported; May's deadline, 10 working days on, was 15 June (6 June
    // is Nationaldagen); June is not yet due.
    expect(inkop.missingReports).toEqual([
      { period: '2023-01', deadline: '2023-02-14', daysLate: 136 },
      { period: '2023-02', deadline: '2023-03-14', daysLate: 108 },
      { period: '2023-05', deadline: '2023-06-15', daysLate: 15 },
    ]);
    expect(inkop).toMatchObject({ ageDays: 165, overdue: false, extensions: [] });
    const utbildning = list.open.find((u) => u.uppdragId === UTBILDNING)!;
    expect(utbildning).toMatchObject({ overdue: true, slutdatum: '2023-03-31' });
    expect(utbildning.missingReports.map((m) => m.period)).toEqual(['2023-01', '2023-02', '2023-03']);
    expect(list.open.find((u) => u.uppdragId === SAMVERKAN)!.missingReports).toEqual([]);
  });

  it('on 31 January 2024: the extension with who, when and why, and how often each uppdrag was extended', async () => {
    const list = await aging(env.db, { on: '2024-01-31', organ: ORGAN.HSN });
    expect(list.open.map((u) => u.uppdragId)).toEqual([INKOP]);
    const extension = {
      from: '2023-12-31',
      to: '2024-06-30',
      reason: 'Upphandlingen dröjer',
      on: '2023-12-01',
      by: ACTOR.sekreterareRf.personId,
    };
    expect(list.open[0].extensions).toEqual([extension]);
    expect(list.open[0].missingReports).toHaveLength(10);
    expect(list.extended).toEqual([
      { uppdragId: INKOP, text: expect.any(String), lifecycle: 'aktivt', extensions: [extension] },
    ]);
    const before = await aging(env.db, { on: '2023-11-30', organ: ORGAN.HSN });
    expect(before.extended).toEqual([]);
  });

  it('refuses a day it cannot read', async () => {
    await expect(aging(env.db, { on: '30 juni' })).rejects.toMatchObject({ field: 'on' });
  });
});

describe('the CLI', () => {
  const cli = async (...args: string[]) => {
    const run = spawnCli(args, cliEnv(schema));
    const code = await run.exited;
    return { code, output: run.output() };
  };

  it('prints the period table now and as the system showed it before the correction', async () => {
    const recordedAt = await recordedJustBefore('UppdragReportCorrected');
    const [now, before] = await Promise.all([
      cli('tabell', '2023-T1', '--organ', ORGAN.HSN),
      cli('tabell', '2023-T1', '--organ', ORGAN.HSN, '--recorded-at', recordedAt),
    ]);
    const inkop = (output: string) => output.split('\n').find((line) => line.includes(INKOP));
    expect(now.code).toBe(0);
    expect(inkop(now.output)).toMatch(
      /^Pågående, delvis enligt plan .*rapporterad .*\(rättad\)\s+— Upphandlingen är försenad\.$/,
    );
    expect(before.output).toContain(`Uppföljning Tertial 1 2023 (som systemet visade ${recordedAt})`);
    expect(inkop(before.output)).toMatch(/^Pågående enligt plan .*— Riktlinjerna är kommunicerade\.$/);
  });

  it('prints an uppdrag as of a business date, and refuses a bad period with exit code 2', async () => {
    const [asOf, bad] = await Promise.all([
      cli('uppdrag', INKOP, '--as-of', '2023-11-30', '--json'),
      cli('tabell', '2023-13'),
    ]);
    expect(JSON.parse(asOf.output)).toMatchObject({ slutdatum: '2023-12-31', slutdatumExtensions: 0 });
    expect(bad.code).toBe(2);
    expect(bad.output).toContain('period: Perioden måste anges');
  });
});
