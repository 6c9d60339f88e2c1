/**
 * Loads Region Västerbotten's 2023 (region-vasterbotten-2023.ts) through the application's use cases and
 * the domain's deciders, so the demo log is exactly what people using the product would have written: organs and
 * people on 2 January, uppdrag registered on 16 January (Ej påbörjad), two changed to monthly reporting
 * in February, the April reports on 3 May, regionstyrelsen's delmål with their indikatorer, and Tertial 1
 * adopted by Regionala utvecklingsnämnden and Folkhögskolestyrelsen in May (received by regionstyrelsen). Then the
 * current plan year (current-year.ts), laid out around the clock's now: the day of the first start.
 * A kommun's demo (organisations.ts, kommun-plan.ts) is its organs and people, its last plan year and
 * its current one, laid out the same way.
 *
 * Every write is backdated: each actor carries the `importer` capability beside the role that allows
 * the write, as a migration of history must (libs/domain access/command-guard.ts). Ids are fixed, and
 * anything already there is left alone, so loading twice adds nothing.
 */
import {
  addIndikator,
  adoptPeriodReport,
  Application,
  assessDelmal,
  changeUppdragPeriodicitet,
  closeUppdrag,
  defineDelmal,
  type MasterData,
  registerOrganStructure,
  registerPerson,
  recordIndikatorUtfall,
  recordPeriodReportHandling,
  registerUppdrag,
  reportUppdragStatus,
  type WriteContext,
} from '@sparbar/application';
import {
  type Actor,
  delmalStream,
  isDomainError,
  type OrganisationSlag,
  type Role,
  uppdragStream,
  wallClockInstant,
} from '@sparbar/domain';
import { type EventStore } from '@sparbar/event-store';
import { currentYearPlan } from './current-year';
import { DEMO_ORGANISATIONS, type DemoPerson } from './organisations';
import { DEMO_DELMAL, DEMO_FASTSTALLELSER, DEMO_UPPDRAG } from './region-vasterbotten-2023';

/** Region Västerbotten's organs and people (organisations.ts). */
export const DEMO_ORGANS = DEMO_ORGANISATIONS.region.organs;
export const DEMO_PEOPLE = DEMO_ORGANISATIONS.region.people;

export const DEMO_TIMES = {
  masterData: '2023-01-02T08:00:00+01:00',
  registered: '2023-01-16T09:00:00+01:00',
  delmalDefined: '2023-01-20T09:00:00+01:00',
  periodicitetChanged: '2023-02-15T10:00:00+01:00',
  aprilReported: '2023-05-03T10:00:00+02:00',
} as const;

export const delmalIdOf = (index: number) => `rv-2023-rs-delmal-${String(index + 1).padStart(2, '0')}`;

const importer = (personId: string, role: Role, organId: string | null): Actor => ({
  personId,
  roles: [role, 'importer'],
  organId,
});
/** Who registers the demo's organs and people: how a start-up tells a half-loaded demo from other data. */
export const DEMO_LOADER = 'system-demo';
const ADMIN = importer(DEMO_LOADER, 'admin', null);
/** Each organ's secretary, who registers what the organ decides (uppdrag, delmål, adoptions). */
const secretaries = (people: readonly DemoPerson[]): Record<string, Actor> =>
  Object.fromEntries(
    people
      .filter((p) => p.roles.includes('secretary') && p.organId !== null)
      .map((p) => [p.organId, importer(p.personId, 'secretary', p.organId)]),
  );
const SEKRETERARE = secretaries(DEMO_PEOPLE);

/** Codes meaning "this is already in the log": the reason a second load adds nothing. */
const ALREADY = new Set([
  'ORGAN_ALREADY_REGISTERED',
  'PERSON_ALREADY_REGISTERED',
  'UPPDRAG_ALREADY_REGISTERED',
  'PERIOD_ALREADY_REPORTED',
  'DELMAL_ALREADY_DEFINED',
  'INDIKATOR_ALREADY_ADDED',
  'UTFALL_ALREADY_RECORDED',
  'DELMAL_ALREADY_ASSESSED',
  'PERIOD_REPORT_ALREADY_ADOPTED',
  // Closed on the first load: a second finds it so at its reports and its closing.
  'UPPDRAG_CLOSED',
]);

export interface DemoLoadResult {
  /** Commands that wrote events (0 when everything was there). */
  written: number;
  skipped: number;
}

/** The process clock (AppConfig.clock): the day of the first start, from which the current year is laid out. */
export type DemoClock = () => Date;

/**
 * The demo of a region (Region Västerbotten's 2023 and the current plan year) or of a kommun (its last
 * and current plan years): its organs through `registerOrganStructure`, as provisioning registers them.
 */
export async function loadDemo(
  store: EventStore,
  clock: DemoClock,
  kind: OrganisationSlag = 'region',
): Promise<DemoLoadResult> {
  const app = Application.live(store, clock);
  const result: DemoLoadResult = { written: 0, skipped: 0 };
  const run = async (write: () => Promise<{ events: unknown[] }>) => {
    try {
      const { events } = await write();
      if (events.length > 0) result.written++;
      else result.skipped++;
    } catch (error) {
      if (!isDomainError(error) || !ALREADY.has(error.code)) throw error;
      result.skipped++;
    }
  };
  const as = (actor: Actor, occurredAt: string): WriteContext => ({
    actor,
    occurredAt,
    requestId: DEMO_CORRELATION_ID[kind],
  });

  // A kommun's demo has no 2023: its master data comes in on the first working days of last year.
  const { organs, people } = DEMO_ORGANISATIONS[kind];
  const masterDataAt =
    kind === 'region'
      ? DEMO_TIMES.masterData
      : wallClockInstant(`${currentYearPlan(clock(), kind).planYear - 1}-01-02`, '08:00');
  const already = (error: unknown) => isDomainError(error) && ALREADY.has(error.code);
  const registered = await registerOrganStructure(
    app,
    { organisation: kind, organs },
    as(ADMIN, masterDataAt),
    already,
  );
  result.written += registered.length;
  result.skipped += organs.length - registered.length;
  for (const p of people) {
    const epost = `${p.personId.replace(/^person-/, '')}@example.se`;
    await run(() => registerPerson(app, DEMO_MASTER_DATA, { ...p, epost }, as(ADMIN, masterDataAt)));
  }
  if (kind === 'kommun') {
    await loadCurrentYear(app, clock(), run, as, kind);
    return result;
  }

  for (const u of DEMO_UPPDRAG) {
    const secretary = SEKRETERARE[u.givenBy];
    const originKind = u.givenBy === 'regionfullmaktige' ? 'fullmaktige' : 'namnd';
    const register = {
      uppdragId: u.uppdragId,
      text: u.text,
      riktasTill: u.riktasTill,
      samordnare: u.samordnare,
      periodicitet: u.periodicitet,
      slutdatum: u.slutdatum,
      ansvarigPersonId: u.ansvarig,
      origin: { givenBy: u.givenBy, kind: originKind, planYear: 2023 } as const,
    };
    await run(() => registerUppdrag(app, register, as(secretary, DEMO_TIMES.registered)));
    if (u.changedTo) {
      const change = { uppdragId: u.uppdragId, ...u.changedTo };
      await run(() => changeUppdragPeriodicitet(app, change, as(secretary, DEMO_TIMES.periodicitetChanged)));
    }
    if (u.april) {
      const period = (u.changedTo?.periodicitet ?? u.periodicitet) === 'manad' ? '2023-04' : '2023-T1';
      const officer = DEMO_PEOPLE.find((p) => p.personId === u.ansvarig)!;
      const report = { uppdragId: u.uppdragId, period, ...u.april, organId: null };
      await run(() =>
        reportUppdragStatus(
          app,
          report,
          as(importer(officer.personId, 'officer', officer.organId), DEMO_TIMES.aprilReported),
        ),
      );
    }
  }

  for (const [index, d] of DEMO_DELMAL.entries()) {
    const delmalId = delmalIdOf(index);
    const define = { delmalId, organId: 'rs', planYear: 2023, regionmal: d.regionmal, text: d.text };
    await run(() => defineDelmal(app, define, as(SEKRETERARE.rs, DEMO_TIMES.delmalDefined)));
    for (const [i, ind] of d.indikatorer.entries()) {
      const add = {
        delmalId,
        indikatorId: `ind-${i + 1}`,
        namn: ind.namn,
        enhet: ind.enhet,
        baseline: ind.baseline2021 === null ? null : { year: 2021, value: ind.baseline2021 },
        malvarde: ind.mal2023,
        riktning: ind.riktning,
      };
      await run(() => addIndikator(app, add, as(SEKRETERARE.rs, DEMO_TIMES.delmalDefined)));
    }
  }
  await loadAdoptions(app, clock(), run, as);
  await loadCurrentYear(app, clock(), run, as, kind);
  return result;
}

/** 2023's adoptions and their handling (only those before the start: nothing is dated ahead of it). */
async function loadAdoptions(
  app: Application,
  start: Date,
  run: Run,
  as: (actor: Actor, occurredAt: string) => WriteContext,
): Promise<void> {
  for (const f of DEMO_FASTSTALLELSER) {
    if (Date.parse(f.recordedAt) >= start.getTime()) continue;
    const { organId, period, meetingDate, paragraf, diarienummer } = f;
    const adopt = { organId, period, meetingDate, paragraf, diarienummer };
    await run(() => adoptPeriodReport(app, adopt, as(SEKRETERARE[organId], f.recordedAt)));
    for (const b of f.behandlingar) {
      if (Date.parse(b.recordedAt) >= start.getTime()) continue;
      const handling = { organId, period, by: b.by, byOrganId: b.byOrganId, kind: b.kind, date: b.date };
      await run(() =>
        recordPeriodReportHandling(
          app,
          { ...handling, paragraf: b.paragraf },
          as(SEKRETERARE[b.byOrganId], b.recordedAt),
        ),
      );
    }
  }
}

type Run = (write: () => Promise<{ events: unknown[] }>) => Promise<void>;

/** The current plan year (current-year.ts); a region's only once 2023 is history. */
async function loadCurrentYear(
  app: Application,
  start: Date,
  run: Run,
  as: (actor: Actor, occurredAt: string) => WriteContext,
  kind: OrganisationSlag,
): Promise<void> {
  const plan = currentYearPlan(start, kind);
  if (kind === 'region' && plan.planYear <= 2023) return;
  const { people } = DEMO_ORGANISATIONS[kind];
  const sekreterare = secretaries(people);
  for (const u of plan.uppdrag) {
    const secretary = sekreterare[plan.fullmaktige];
    const register = {
      uppdragId: u.uppdragId,
      text: u.text,
      riktasTill: u.riktasTill,
      samordnare: null,
      periodicitet: u.periodicitet,
      slutdatum: u.slutdatum,
      ansvarigPersonId: u.ansvarig,
      origin: { givenBy: plan.fullmaktige, kind: 'fullmaktige', planYear: u.planYear } as const,
    };
    await run(() => registerUppdrag(app, register, as(secretary, u.registeredAt)));
    const officer = people.find((p) => p.personId === u.ansvarig)!;
    const reporter = importer(officer.personId, 'officer', officer.organId);
    for (const r of u.reports) {
      const report = { uppdragId: u.uppdragId, period: r.period, status: r.status, kommentar: r.kommentar };
      await run(() => reportUppdragStatus(app, { ...report, organId: null }, as(reporter, r.occurredAt)));
    }
    if (u.closed) {
      const close = { uppdragId: u.uppdragId, kommentar: u.closed.kommentar };
      await run(() => closeUppdrag(app, close, as(secretary, u.closed!.occurredAt)));
    }
  }
  for (const d of plan.delmal) {
    const define = {
      delmalId: d.delmalId,
      organId: plan.delmalOrgan,
      planYear: plan.planYear,
      regionmal: d.regionmal,
      text: d.text,
    };
    await run(() => defineDelmal(app, define, as(sekreterare[plan.delmalOrgan], plan.definedAt)));
    for (const ind of d.indikatorer) {
      const add = {
        delmalId: d.delmalId,
        indikatorId: ind.indikatorId,
        namn: ind.namn,
        enhet: ind.enhet,
        baseline: { year: plan.planYear - 1, value: ind.baseline },
        malvarde: ind.malvarde,
        riktning: ind.malvarde < ind.baseline ? ('lower_is_better' as const) : ('higher_is_better' as const),
      };
      await run(() => addIndikator(app, add, as(sekreterare[plan.delmalOrgan], plan.definedAt)));
    }
    for (const t of d.tertialer) {
      for (const [indikatorId, utfall] of Object.entries(t.utfall)) {
        const record = { delmalId: d.delmalId, indikatorId, period: t.period, utfall };
        await run(() => recordIndikatorUtfall(app, record, as(sekreterare[plan.delmalOrgan], t.occurredAt)));
      }
      if (t.bedomning === null) continue;
      const assess = {
        delmalId: d.delmalId,
        period: t.period,
        bedomning: t.bedomning,
        prognos: t.bedomning,
        kommentar: KOMMENTAR_DELMAL[t.bedomning],
      };
      await run(() => assessDelmal(app, assess, as(sekreterare[plan.delmalOrgan], t.occurredAt)));
    }
  }
  if (plan.adoption) {
    const { recordedAt, ...adopt } = plan.adoption;
    await run(() => adoptPeriodReport(app, adopt, as(sekreterare[adopt.organId], recordedAt)));
  }
}

const KOMMENTAR_DELMAL: Record<string, string> = {
  helt: 'Indikatorerna visar att delmålet nås.',
  delvis: 'Delmålet nås delvis; åtgärder pågår.',
  inte: 'Delmålet nås inte.',
  saknas: 'Utfall saknas.',
};

/** Ties every event of a demo load together in the log (its correlation id). */
const DEMO_CORRELATION_ID: Record<OrganisationSlag, string> = {
  region: 'demo-region-vasterbotten-2023',
  kommun: 'demo-kommun',
};

/**
 * The demo's people have addresses made from their unique ids, so the one-address-per-person rule has
 * nothing to find: the load hands the use case no one else's address.
 */
const DEMO_MASTER_DATA: MasterData = {
  current: async () => ({ organs: new Map(), persons: new Map() }),
};

/** True when the demo's first uppdrag is not in the log yet: a fresh store. */
export async function demoMissing(store: EventStore): Promise<boolean> {
  return (await store.readStream(uppdragStream(DEMO_UPPDRAG[0].uppdragId))).length === 0;
}

/**
 * True when the demo is all there: 2023's last write (the last delmål's last indikator) and a current
 * year's delmål, whichever year the first start laid out (up to the one of `now`; none before 2024).
 */
export async function demoComplete(store: EventStore, now: Date = new Date()): Promise<boolean> {
  const last = DEMO_DELMAL.length - 1;
  const events = await store.readStream(delmalStream(delmalIdOf(last)));
  if (events.length < 1 + DEMO_DELMAL[last].indikatorer.length) return false;
  const { planYear, delmal } = currentYearPlan(now);
  if (planYear <= 2023) return true;
  for (let year = planYear; year >= 2024; year--) {
    const lastDelmal = delmal[delmal.length - 1].delmalId.replace(String(planYear), String(year));
    const written = await store.readStream(delmalStream(lastDelmal));
    if (written.length >= 1 + delmal[delmal.length - 1].indikatorer.length) return true;
  }
  return false;
}
