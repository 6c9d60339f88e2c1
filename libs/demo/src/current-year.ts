/**
 * The demo's current plan year, laid out around the day of the first start (the process clock), so a
 * newcomer's Mina uppdrag and Inkorg look like an ordinary working day: reports given on time, one due
 * next, some missing past their deadline. A pure function of the start instant: the same start gives
 * the same plan, ids derived from the plan year, every business time before the start.
 *
 * The årshjul decides the dates (a report is due 10 working days after its period, libs/domain
 * arshjul), so "late" means the latest period whose deadline has passed, "due next" the first whose
 * deadline has not. An escalation goes out for 7 days after the day after a deadline (the reminder
 * settings' catch-up), and a reminder from 14 days before one: on most days of a month the reminder
 * runner finds one or the other; on the rest the late cards are there but the inkorg waits.
 *
 * One nämnd has adopted its report for the last tertial it has met on since, so the uppsikt view has a
 * period fastställd and that tertial's reminders to the nämnd have stopped.
 *
 * One uppdrag runs over two plan years (given the year before, slutdatum this year's end), so a start
 * in January also has reports given and missing. What is laid out depends on the kind of organisation
 * (plan-profile.ts): a region's uppdrag, delmål and nämnder (region-plan.ts) or a kommun's
 * (kommun-plan.ts); the laying out is the same.
 */
import {
  addDays,
  type OrganisationSlag,
  type Bedomning,
  businessDateOf,
  deadlineOf,
  formatPeriod,
  lastDayOf,
  periodsBetween,
  tertial,
  type UppdragStatus,
  wallClockInstant,
} from '@sparbar/domain';
import { KOMMUN_PLAN } from './kommun-plan';
import { type DelmalSpec, type PlanProfile, type UppdragSpec } from './plan-profile';
import { REGION_PLAN } from './region-plan';

const PLANS: Record<OrganisationSlag, PlanProfile> = { region: REGION_PLAN, kommun: KOMMUN_PLAN };

export interface CurrentReport {
  period: string;
  status: UppdragStatus;
  kommentar: string;
  occurredAt: string;
}

/** An uppdrag laid out: its spec (plan-profile.ts) with what the start day makes of it. */
export interface CurrentUppdrag extends Omit<UppdragSpec, 'registeredOn' | 'leftOwing'> {
  registeredAt: string;
  reports: CurrentReport[];
  /** Periods whose deadline has passed without a report (the late ones), in order. */
  missing: string[];
  /** The first period whose deadline is still ahead (null past slutdatum). */
  dueNext: { period: string; deadline: string } | null;
  /** Closed (Avslutad) once past slutdatum with every report given: after its last report, before the start. */
  closed: { kommentar: string; occurredAt: string } | null;
}

export interface CurrentDelmal extends Omit<DelmalSpec, 'utfall' | 'owingLast'> {
  /** Per tertial: its utfall per indikator and (unless left owing) the bedömning. */
  tertialer: {
    period: string;
    occurredAt: string;
    utfall: Record<string, number>;
    bedomning: Bedomning | null;
  }[];
}

/** A nämnd's adoption of its report for the last tertial it has met on since. */
export interface CurrentAdoption {
  organId: string;
  period: string;
  meetingDate: string;
  paragraf: string;
  diarienummer: string;
  recordedAt: string;
}

export interface CurrentYearPlan {
  planYear: number;
  /** Fullmäktige's organ id (every uppdrag's giver) and the nämnd whose delmål these are. */
  fullmaktige: string;
  delmalOrgan: string;
  startDay: string;
  definedAt: string;
  uppdrag: CurrentUppdrag[];
  delmal: CurrentDelmal[];
  adoption: CurrentAdoption | null;
}

const STATUSES: readonly UppdragStatus[] = [
  'pagaende_enligt_plan',
  'pagaende_enligt_plan',
  'pagaende_delvis_enligt_plan',
  'pagaende_enligt_plan',
  'pagaende_ej_enligt_plan',
];

const KOMMENTAR: Record<UppdragStatus, string> = {
  ej_paborjad: 'Arbetet har inte börjat.',
  pagaende_enligt_plan: 'Arbetet går enligt plan.',
  pagaende_delvis_enligt_plan: 'En del av arbetet är försenat; en ny tidplan tas fram.',
  pagaende_ej_enligt_plan: 'Arbetet har stannat upp i väntan på beslut om resurser.',
};

const AVSLUTAD = 'Uppdraget är genomfört och redovisat i årsredovisningen.';

export function currentYearPlan(start: Date, kind: OrganisationSlag = 'region'): CurrentYearPlan {
  const startAt = start.toISOString();
  const startDay = businessDateOf(startAt);
  const Y = Number(startDay.slice(0, 4));
  // Nothing is written after the start: on the first days of January the year's uppdrag are just in.
  const before = (at: string) => (Date.parse(at) < Date.parse(startAt) ? at : earlier(startAt, 60));
  const registered = before(wallClockInstant(`${Y}-01-16`, '09:00'));
  const registeredOn = businessDateOf(registered);
  const profile = PLANS[kind];
  return {
    planYear: Y,
    fullmaktige: profile.fullmaktige,
    delmalOrgan: profile.delmalOrgan,
    startDay,
    definedAt: before(wallClockInstant(`${Y}-01-20`, '09:00')),
    uppdrag: profile.uppdrag(Y, registeredOn).map((spec) => laidOut(spec, startDay, before)),
    delmal: delmalOf(profile.delmal(Y), Y, startDay, before),
    adoption: adoptionOf(profile.adoptedBy, Y, startAt),
  };
}

/**
 * The nämnd meets on the first Tuesday a week after a tertial's reports are due; its secretary records the decision
 * the next morning: the latest tertial (of this year or the last) whose record is before the start.
 */
function adoptionOf(by: PlanProfile['adoptedBy'], Y: number, startAt: string): CurrentAdoption | null {
  const candidates = [Y - 1, Y].flatMap((year) =>
    ([1, 2, 3] as const).map((t) => {
      const meetingDate = tuesdayFrom(addDays(deadlineOf(tertial(year, t)), 7));
      return {
        organId: by.organId,
        period: `${year}-T${t}`,
        meetingDate,
        paragraf: String(20 + t * 40),
        diarienummer: `${by.diarium} ${year}/${100 + t * 37}`,
        recordedAt: wallClockInstant(addDays(meetingDate, 1), '09:30'),
      };
    }),
  );
  return candidates.filter((c) => Date.parse(c.recordedAt) < Date.parse(startAt)).at(-1) ?? null;
}

function laidOut(spec: UppdragSpec, startDay: string, before: (at: string) => string): CurrentUppdrag {
  const { registeredOn, leftOwing, ...rest } = spec;
  const registeredAt = before(wallClockInstant(registeredOn, '09:00'));
  const periods = periodsBetween(spec.periodicitet, businessDateOf(registeredAt), spec.slutdatum).map(
    (p) => ({ period: formatPeriod(p), deadline: deadlineOf(p), lastDay: lastDayOf(p) }),
  );
  const passed = periods.filter((p) => p.deadline < startDay);
  const reported = passed.slice(0, Math.max(0, passed.length - leftOwing));
  const next = periods.find((p) => p.deadline >= startDay);
  const last = passed.at(-1);
  const ended = spec.slutdatum < startDay && reported.length === passed.length && last !== undefined;
  return {
    ...rest,
    registeredAt,
    closed: ended
      ? { kommentar: AVSLUTAD, occurredAt: wallClockInstant(addDays(last.deadline, -2), '14:00') }
      : null,
    reports: reported.map((p, i) => {
      const status = STATUSES[i % STATUSES.length];
      // A few days before the deadline, long after the period ended.
      return { period: p.period, status, kommentar: KOMMENTAR[status], occurredAt: reportTime(p.deadline) };
    }),
    missing: passed.slice(reported.length).map((p) => p.period),
    dueNext: next ? { period: next.period, deadline: next.deadline } : null,
  };
}

/** The delmål's utfall each tertial past its deadline, and a bedömning unless the spec leaves the last owing. */
function delmalOf(
  specs: DelmalSpec[],
  Y: number,
  startDay: string,
  before: (at: string) => string,
): CurrentDelmal[] {
  const tertials = ([1, 2, 3] as const)
    .map((t) => ({ period: `${Y}-T${t}`, deadline: deadlineOf(tertial(Y, t)) }))
    .filter((t) => t.deadline < startDay);
  return specs.map(({ utfall, owingLast, ...delmal }) => ({
    ...delmal,
    tertialer: tertials.map((t, i) => ({
      period: t.period,
      occurredAt: before(reportTime(t.deadline)),
      utfall: utfall(i),
      bedomning:
        owingLast && i === tertials.length - 1 ? null : ((['delvis', 'helt', 'helt'] as const)[i] ?? 'helt'),
    })),
  }));
}

function tuesdayFrom(day: string): string {
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
  return addDays(day, (2 - weekday + 7) % 7);
}

function reportTime(deadline: string): string {
  return wallClockInstant(addDays(deadline, -3), '10:00');
}

function earlier(at: string, minutes: number): string {
  return new Date(Date.parse(at) - minutes * 60_000).toISOString();
}
