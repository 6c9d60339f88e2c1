/**
 * The demo's current plan year for two pinned first starts — 18 June 2025 (tertial 2) and 20 January
 * 2026 — and its load: the same start writes the same events, a second load writes nothing, and no
 * business time lies after the start.
 */
import { DEFAULT_REMINDER_SETTINGS, planReminders } from '@sparbar/domain';
import { InMemoryEventStore, type StoredEvent } from '@sparbar/event-store';
import { currentYearPlan } from './current-year';
import { loadDemo } from './load-demo';

const JUNE = new Date('2025-06-18T10:00:00+02:00');
const JANUARY = new Date('2026-01-20T10:00:00+01:00');

const byId = (plan: ReturnType<typeof currentYearPlan>, prefix: string) =>
  plan.uppdrag.find((u) => u.uppdragId.startsWith(prefix))!;

describe('a first start on 18 June 2025', () => {
  const plan = currentYearPlan(JUNE);

  it('lays out plan year 2025 with reports through May and June due 14 July', () => {
    expect(plan.planYear).toBe(2025);
    const u01 = byId(plan, 'demo-2025-u01');
    expect(u01.reports.map((r) => r.period)).toEqual(['2025-01', '2025-02', '2025-03', '2025-04', '2025-05']);
    expect(u01.missing).toEqual([]);
    expect(u01.dueNext).toEqual({ period: '2025-06', deadline: '2025-07-14' });
    expect(byId(plan, 'demo-2025-u03').reports.map((r) => r.period)).toEqual(['2025-T1']);
  });

  it('leaves May late on u02, April and May on u04, and May of the two-year uppdrag of 2024', () => {
    expect(byId(plan, 'demo-2025-u02').missing).toEqual(['2025-05']);
    expect(byId(plan, 'demo-2025-u04').missing).toEqual(['2025-04', '2025-05']);
    const f01 = byId(plan, 'demo-2024-f01');
    expect(f01.reports).toHaveLength(15);
    expect(f01.missing).toEqual(['2025-05']);
  });

  it('plans an escalation now for the late May reports (their deadline just passed)', () => {
    const u02 = byId(plan, 'demo-2025-u02');
    const planned = planReminders(
      {
        uppdragId: u02.uppdragId,
        periodicitet: u02.periodicitet,
        registeredOn: '2025-01-16',
        slutdatum: u02.slutdatum,
        active: true,
        reports: new Set(u02.reports.map((r) => r.period)),
      },
      JUNE.toISOString(),
      DEFAULT_REMINDER_SETTINGS,
    );
    const escalation = planned.find((p) => p.kind === 'eskalering' && p.period === '2025-05')!;
    expect(Date.parse(escalation.fireAt)).toBeLessThanOrEqual(JUNE.getTime());
  });

  it('has HSN’s delmål with T1 utfall, the second’s bedömning owing', () => {
    expect(plan.delmal.map((d) => d.tertialer.map((t) => [t.period, t.bedomning]))).toEqual([
      [['2025-T1', 'delvis']],
      [['2025-T1', null]],
    ]);
    expect(plan.delmal[0].tertialer[0].utfall).toEqual({ 'ind-1': 4.2, 'ind-2': 300 });
  });
});

describe('a first start on 20 January 2026', () => {
  const plan = currentYearPlan(JANUARY);

  it('has nothing of 2026 past its deadline yet, January due next', () => {
    expect(plan.planYear).toBe(2026);
    const u01 = byId(plan, 'demo-2026-u01');
    expect(u01.registeredAt).toBe('2026-01-16T08:00:00.000Z');
    expect(u01.reports).toEqual([]);
    expect(u01.missing).toEqual([]);
    expect(u01.dueNext?.period).toBe('2026-01');
    expect(plan.delmal.every((d) => d.tertialer.length === 0)).toBe(true);
  });

  it('has the two-year uppdrag of 2025 with December late (due 15 January)', () => {
    const f01 = byId(plan, 'demo-2025-f01');
    expect(f01.reports.at(-1)?.period).toBe('2025-11');
    expect(f01.missing).toEqual(['2025-12']);
  });
});

it('has Regionala utvecklingsnämnden adopt the last tertial it has met on before the start', () => {
  expect(currentYearPlan(JUNE).adoption).toEqual({
    organId: 'run',
    period: '2025-T1',
    meetingDate: '2025-05-27',
    paragraf: '60',
    diarienummer: 'RUN 2025/137',
    recordedAt: '2025-05-28T07:30:00.000Z',
  });
  // On 3 January the autumn tertial's meeting is still ahead: the summer one is the latest adopted.
  expect(currentYearPlan(new Date('2026-01-03T09:30:00+01:00')).adoption).toMatchObject({
    period: '2025-T2',
    meetingDate: '2025-09-23',
  });
});

it('a first start on 3 January writes nothing after it', () => {
  const start = new Date('2026-01-03T09:30:00+01:00');
  const plan = currentYearPlan(start);
  const times = [
    plan.definedAt,
    ...plan.uppdrag.flatMap((u) => [u.registeredAt, ...u.reports.map((r) => r.occurredAt)]),
    ...plan.delmal.flatMap((d) => d.tertialer.map((t) => t.occurredAt)),
    ...(plan.adoption ? [plan.adoption.recordedAt] : []),
  ];
  expect(times.every((t) => Date.parse(t) < start.getTime())).toBe(true);
});

describe('loading', () => {
  /** What a load wrote, without what every write makes anew (event ids, positions, command ids). */
  const written = (events: StoredEvent[]) =>
    events.map((e) => ({
      stream: e.stream,
      type: e.type,
      data: e.data,
      actor: e.metadata.actor,
      occurredAt: e.metadata.occurredAt,
    }));

  const load = async (start: Date) => {
    const store = new InMemoryEventStore();
    const clock = () => start;
    const first = await loadDemo(store, clock);
    const second = await loadDemo(store, clock);
    return { store, first, second, events: await store.readAll() };
  };

  it('writes the same events for the same start, nothing on a second load, nothing after the start', async () => {
    const [a, b] = [await load(JUNE), await load(JUNE)];
    expect(a.second.written).toBe(0);
    expect(written(a.events)).toEqual(written(b.events));
    expect(a.events.every((e) => Date.parse(e.metadata.occurredAt) <= JUNE.getTime())).toBe(true);
    const current = a.events.filter((e) => e.stream.includes('demo-2025-'));
    expect(current.map((e) => e.type)).toEqual(
      expect.arrayContaining([
        'UppdragRegistered',
        'UppdragStatusReported',
        'DelmalDefined',
        'IndikatorAdded',
        'IndikatorUtfallRecorded',
        'DelmalAssessed',
      ]),
    );
    // A period adopted: Regionala utvecklingsnämnden's Tertial 1 of 2023 and its last closed tertial.
    const adopted = a.events.filter((e) => e.type === 'PeriodReportAdopted').map((e) => e.stream);
    expect(adopted).toEqual(
      expect.arrayContaining(['faststallelse-run-2023-T1', 'faststallelse-run-2025-T1']),
    );
  }, 60_000);
});
