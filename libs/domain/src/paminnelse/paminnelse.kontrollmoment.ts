/**
 * Reminders for the results of a nämnd's intern kontroll. Once the nämnd has adopted its
 * internkontrollplan, each kontrollmoment owes a result for each period of its frekvens, by that
 * period's deadline in the årshjul — the deadline an uppdrag's report on the same period has:
 *
 * - månad: each month of the plan year; tertial: T1, T2, T3; år: once, by T3's deadline (the
 *   årsredovisning, where the nämnd accounts for its intern kontroll).
 * - Owed from the day the plan was adopted (a draft owes nothing), or for a kontrollmoment added to the
 *   adopted plan later, from the day it was added: a period whose deadline passed before is not owed.
 * - A result recorded for the period (utan anmärkning or avvikelse) cancels that period's reminders.
 * - When: as for an uppdrag (paminnelse.plan.ts): `leadDays` before the deadline and an escalation
 *   `escalationDelayDays` after it, with the same catch-up rules.
 * - Who: the reminder goes to whoever the kontrollmoment names as responsible (`vem`) when that is a
 *   person in the directory; plans often name a role ("ekonomichef"), and then the nämnd's secretaries
 *   get it. The escalation goes to the nämnd's secretaries, and to the regiondirektör's office where
 *   the organisation wants it.
 *
 * All of a plan's reminders are planned together: every event of the plan may move them.
 * Job ids: `kontrollmoment.<organId>-<year>.<kontrollmomentId>.<period>.p14` (`….e`); a kontrollmoment
 * id is unique within its plan only, so the plan is part of the id. Ids and periods hold no '.'.
 */
import {
  DEFAULT_REPORTING_CALENDAR,
  deadlineOf,
  type ReportingCalendar,
} from '../arshjul/reporting-calendar';
import { type Frekvens } from '../internkontroll/internkontroll.frekvens';
import { resultKey } from '../internkontroll/internkontroll.state';
import { formatPeriod, type Period } from '../period/period';
import { type PaminnelseKind } from './paminnelse.events';
import { DEFAULT_REMINDER_SETTINGS, plannedFor, type ReminderSettings } from './paminnelse.plan';
import { organSecretariesOf, type RecipientCandidate } from './paminnelse.recipients';

export type KontrollmomentReminderItem = {
  organId: string;
  year: number;
  /** The day the nämnd adopted the plan; null while it is a draft. */
  adoptedOn: string | null;
  kontrollmoment: readonly {
    kontrollmomentId: string;
    frekvens: Frekvens;
    /** The business date it was added to the plan. */
    addedOn: string;
  }[];
  /** The results recorded, as `<kontrollmomentId>/<period>` (resultKey). */
  results: ReadonlySet<string>;
};

export type PlannedKontrollmomentReminder = {
  itemKind: 'kontrollmoment';
  jobId: string;
  /** `<organId>-<year>`, the plan's stream id. */
  planId: string;
  kontrollmomentId: string;
  period: string;
  deadline: string;
  kind: PaminnelseKind;
  leadDays: number | null;
  fireAt: string;
};

/** The plan's id in stream names and job ids: `hsn-2023` (as internkontrollplanStream). */
export const internkontrollPlanId = (organId: string, year: number): string => `${organId}-${year}`;

/** The nämnd and year of a plan id; null for one not of that shape. */
export function parseInternkontrollPlanId(planId: string): { organId: string; year: number } | null {
  const match = /^(.+)-(\d{4})$/.exec(planId);
  return match ? { organId: match[1], year: Number(match[2]) } : null;
}

export function kontrollmomentReminderJobId(
  planId: string,
  kontrollmomentId: string,
  period: string,
  leadDays: number | null,
): string {
  return `kontrollmoment.${planId}.${kontrollmomentId}.${period}.${leadDays === null ? 'e' : `p${leadDays}`}`;
}

/** The periods a frekvens asks a result for in `year`, with their deadlines. */
export function kontrollPeriodsOf(
  frekvens: Frekvens,
  year: number,
  calendar: ReportingCalendar = DEFAULT_REPORTING_CALENDAR,
): { period: string; deadline: string }[] {
  const of = (p: Period) => ({ period: formatPeriod(p), deadline: deadlineOf(p, calendar) });
  switch (frekvens) {
    case 'manad':
      return Array.from({ length: 12 }, (_, i) => of({ kind: 'manad', year, month: i + 1 }));
    case 'tertial':
      return ([1, 2, 3] as const).map((tertial) => of({ kind: 'tertial', year, tertial }));
    case 'ar':
      return [
        { period: String(year), deadline: deadlineOf({ kind: 'tertial', year, tertial: 3 }, calendar) },
      ];
  }
}

/** The reminders the plan's kontrollmoment should have at `now` (ISO instant), in fire order. */
export function planKontrollmomentReminders(
  item: KontrollmomentReminderItem,
  now: string,
  settings: ReminderSettings = DEFAULT_REMINDER_SETTINGS,
  calendar: ReportingCalendar = DEFAULT_REPORTING_CALENDAR,
): PlannedKontrollmomentReminder[] {
  if (item.adoptedOn === null) return [];
  const planId = internkontrollPlanId(item.organId, item.year);
  const planned: PlannedKontrollmomentReminder[] = [];
  for (const moment of item.kontrollmoment) {
    const firstDay = moment.addedOn > item.adoptedOn ? moment.addedOn : item.adoptedOn;
    const owed = kontrollPeriodsOf(moment.frekvens, item.year, calendar)
      .filter((due) => !item.results.has(resultKey(moment.kontrollmomentId, due.period)))
      .filter((due) => due.deadline >= firstDay);
    const id = moment.kontrollmomentId;
    for (const r of plannedFor(owed, firstDay, now, settings, (period, lead) =>
      kontrollmomentReminderJobId(planId, id, period, lead),
    ))
      planned.push({ ...r, itemKind: 'kontrollmoment', planId, kontrollmomentId: id });
  }
  return planned.sort((a, b) => a.fireAt.localeCompare(b.fireAt) || a.jobId.localeCompare(b.jobId));
}

/**
 * A reminder: the person the kontrollmoment names, when `vem` is an active person's id; else the
 * nämnd's secretaries. An escalation: the nämnd's secretaries, and the regiondirektör where configured.
 */
export function kontrollmomentRecipientsOf(
  kind: PaminnelseKind,
  item: { organId: string; vem: string },
  people: Iterable<RecipientCandidate>,
  options: { escalateToRegiondirektor: boolean },
): string[] {
  const everyone = [...people];
  if (kind === 'paminnelse' && everyone.some((p) => p.active && p.personId === item.vem)) return [item.vem];
  return organSecretariesOf(kind, item.organId, everyone, options);
}
