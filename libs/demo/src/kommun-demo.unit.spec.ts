/**
 * A kommun's demo (issue 22): a kommun's organs only, kommunfullmäktige's uppdrag to them in a kommun's
 * words, 20–50 a plan year, followed up per tertial, laid out around a pinned first start (18 June 2025,
 * tertial 2) by the same generator as a region's.
 */
import { checkOrganStructure, ORGAN_TYPER_FOR, type UppdragEvent } from '@sparbar/domain';
import { InMemoryEventStore } from '@sparbar/event-store';
import { currentYearPlan } from './current-year';
import { loadDemo } from './load-demo';
import { DEMO_ORGANISATIONS } from './organisations';

const JUNE = new Date('2025-06-18T10:00:00+02:00');
const kommun = DEMO_ORGANISATIONS.kommun;
const plan = currentYearPlan(JUNE, 'kommun');
const organIds = new Set(kommun.organs.map((o) => o.organId));

describe("a kommun's demo organisation", () => {
  it('has kommunfullmäktige at the top, kommunstyrelsen, nämnder and a bolag: a structure a kommun can have', () => {
    expect(kommun.organs[0]).toMatchObject({ typ: 'kommunfullmaktige', parentOrganId: null });
    expect(kommun.organs.map((o) => o.namn)).toEqual(
      expect.arrayContaining([
        'Kommunfullmäktige',
        'Kommunstyrelsen',
        'Barn- och utbildningsnämnden',
        'Socialnämnden',
        'Tekniska nämnden',
        'Miljö- och byggnadsnämnden',
      ]),
    );
    expect(kommun.organs.every((o) => ORGAN_TYPER_FOR.kommun.includes(o.typ))).toBe(true);
    expect(() => checkOrganStructure('kommun', kommun.organs)).not.toThrow();
    // …and not one a region may have: the two kinds' demos cannot be swapped.
    expect(() => checkOrganStructure('region', kommun.organs)).toThrow(/kommunfullmäktige/);
    expect(() => checkOrganStructure('kommun', DEMO_ORGANISATIONS.region.organs)).toThrow(
      /regionfullmäktige/,
    );
  });

  it('places every person in one of its own organs, or in none', () => {
    for (const p of kommun.people) {
      expect({ person: p.personId, inKommun: p.organId === null || organIds.has(p.organId) }).toEqual({
        person: p.personId,
        inKommun: true,
      });
    }
    expect(kommun.people.find((p) => p.personId === 'person-regiondirektor')?.namn).toBe('Kommundirektören');
  });
});

describe("a kommun's plan years, first started on 18 June 2025", () => {
  const perYear = (year: number) => plan.uppdrag.filter((u) => u.planYear === year);

  it('has 20–50 uppdrag from kommunfullmäktige in each of last year and this year, to its own organs', () => {
    expect(plan.fullmaktige).toBe('kf');
    for (const year of [2024, 2025]) expect(perYear(year).length).toBeGreaterThanOrEqual(20);
    for (const year of [2024, 2025]) expect(perYear(year).length).toBeLessThanOrEqual(50);
    expect(plan.uppdrag.every((u) => u.riktasTill.every((o) => organIds.has(o) && o !== 'kf'))).toBe(true);
    expect(new Set(plan.uppdrag.map((u) => u.uppdragId)).size).toBe(plan.uppdrag.length);
  });

  it('words each uppdrag as a kommun does, in Swedish', () => {
    for (const u of plan.uppdrag) expect(u.text).toMatch(/får i uppdrag att /);
    expect(plan.uppdrag.map((u) => u.text)).toContain(
      'Socialnämnden får i uppdrag att ta fram en plan för fler platser i särskilt boende till 2030',
    );
  });

  it('follows every uppdrag up per tertial: last year all three reported, this year T1 (due in May)', () => {
    expect(plan.uppdrag.every((u) => u.periodicitet === 'tertial')).toBe(true);
    const lastYear = perYear(2024).filter((u) => u.slutdatum === '2024-12-31');
    for (const u of lastYear)
      expect(u.reports.map((r) => r.period)).toEqual(['2024-T1', '2024-T2', '2024-T3']);
    // …and closed (Avslutad) after the T3 report, as the årsredovisning closes a year's uppdrag.
    for (const u of lastYear) {
      expect(u.closed?.kommentar).toBe('Uppdraget är genomfört och redovisat i årsredovisningen.');
      expect(Date.parse(u.closed!.occurredAt)).toBeGreaterThan(Date.parse(u.reports[2].occurredAt));
    }
    expect(plan.uppdrag.filter((u) => u.slutdatum >= '2025-01-01').every((u) => u.closed === null)).toBe(
      true,
    );
    const thisYear = perYear(2025);
    expect(thisYear.filter((u) => u.missing.length === 0).every((u) => u.reports.length === 1)).toBe(true);
    // A few nämnder are late with T1: what a kommunstyrelse's uppsikt is for.
    expect(thisYear.filter((u) => u.missing.includes('2025-T1')).length).toBeGreaterThan(0);
    expect(thisYear.every((u) => u.dueNext?.period === '2025-T2')).toBe(true);
  });

  it("has barn- och utbildningsnämnden's delmål with T1 utfall, and its adoption of T1", () => {
    expect(plan.delmalOrgan).toBe('bun');
    expect(plan.delmal.map((d) => d.tertialer.map((t) => t.period))).toEqual([['2025-T1'], ['2025-T1']]);
    expect(plan.adoption).toMatchObject({ organId: 'bun', period: '2025-T1', diarienummer: 'BUN 2025/137' });
  });
});

describe("loading a kommun's demo", () => {
  it("registers a kommun's organs only, the plan's uppdrag and reports, nothing after the start, nothing twice", async () => {
    const store = new InMemoryEventStore();
    const first = await loadDemo(store, () => JUNE, 'kommun');
    const second = await loadDemo(store, () => JUNE, 'kommun');
    expect(first.written).toBeGreaterThan(0);
    expect(second.written).toBe(0);
    const events = await store.readAll();
    const typer = events
      .filter((e) => e.type === 'OrganRegistered')
      .map((e) => (e.data as { typ: string }).typ);
    expect(typer).toEqual(kommun.organs.map((o) => o.typ));
    expect(typer).not.toContain('regionfullmaktige');
    expect(typer).not.toContain('regionstyrelse');
    const registered = events
      .filter((e) => e.type === 'UppdragRegistered')
      .map((e) => e.data as Extract<UppdragEvent, { type: 'UppdragRegistered' }>['data']);
    expect(registered).toHaveLength(plan.uppdrag.length);
    expect(registered.every((u) => u.origin.givenBy === 'kf')).toBe(true);
    const reports = events.filter((e) => e.type === 'UppdragStatusReported');
    expect(reports).toHaveLength(plan.uppdrag.reduce((n, u) => n + u.reports.length, 0));
    expect(events.every((e) => Date.parse(e.metadata.occurredAt) <= JUNE.getTime())).toBe(true);
    const closed = events.filter((e) => e.type === 'UppdragClosed');
    expect(closed).toHaveLength(plan.uppdrag.filter((u) => u.closed).length);
    const adopted = events.filter((e) => e.type === 'PeriodReportAdopted').map((e) => e.stream);
    expect(adopted).toEqual(['faststallelse-bun-2025-T1']);
  }, 60_000);
});
