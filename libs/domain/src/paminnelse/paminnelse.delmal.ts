/**
 * Reminders for delmål. A delmål has no periodicitet of its own (delmal.period.ts: any month or
 * tertial of its plan year may be assessed), so the rule here is the one the reports need: a
 * bedömning for each tertial of the plan year — T1 and T2 for the delårsrapporter, T3 for the
 * årsredovisning — is due by that tertial's deadline in the årshjul, the same deadline an uppdrag
 * reported per tertial has.
 *
 * - Owed: T1, T2 and T3 of the plan year whose deadline is not before the day the delmål was defined,
 *   while the delmål is open (a closed delmål gets none).
 * - Given: an assessment for the tertial, or for its last month (april, augusti, december: the
 *   månadsrapport read at the tertial's end says the same), cancels the tertial's reminders.
 * - When: as for an uppdrag (paminnelse.plan.ts): `leadDays` before the deadline and an escalation
 *   `escalationDelayDays` after it, with the same catch-up rules.
 * - Who: a delmål belongs to one nämnd and has no ansvarig person, so both the reminder and the
 *   escalation go to the secretaries of that nämnd (who enter its assessments), and the escalation
 *   also to the regiondirektör's office where the organisation wants it.
 *
 * Job ids: `delmal.<delmalId>.<tertial>.p14`, `delmal.<delmalId>.<tertial>.e` — never the uppdrag's
 * (`uppdrag.` prefix), never ':' (ids and period keys cannot hold it).
 */
import {
  DEFAULT_REPORTING_CALENDAR,
  deadlineOf,
  type ReportingCalendar,
} from '../arshjul/reporting-calendar';
import { formatPeriod, type Tertial } from '../period/period';
import { type PaminnelseKind } from './paminnelse.events';
import { DEFAULT_REMINDER_SETTINGS, plannedFor, type ReminderSettings } from './paminnelse.plan';
import { organSecretariesOf, type RecipientCandidate } from './paminnelse.recipients';

export type DelmalReminderItem = {
  delmalId: string;
  organId: string;
  planYear: number;
  /** The business date the delmål was defined. */
  definedOn: string;
  active: boolean;
  /** The periods assessed ('2023-T1', '2023-04'). */
  assessments: ReadonlySet<string>;
  /** The tertials the delmål's nämnd has adopted its report for: no reminders (faststallelse.reminders.ts). */
  adopted?: ReadonlySet<string>;
};

export type PlannedDelmalReminder = {
  itemKind: 'delmal';
  jobId: string;
  delmalId: string;
  period: string;
  deadline: string;
  kind: PaminnelseKind;
  leadDays: number | null;
  fireAt: string;
};

export function delmalReminderJobId(delmalId: string, period: string, leadDays: number | null): string {
  return `delmal.${delmalId}.${period}.${leadDays === null ? 'e' : `p${leadDays}`}`;
}

const LAST_MONTH: Record<Tertial, string> = { 1: '04', 2: '08', 3: '12' };

/** The reminders `item` should have at `now` (ISO instant), in fire order. */
export function planDelmalReminders(
  item: DelmalReminderItem,
  now: string,
  settings: ReminderSettings = DEFAULT_REMINDER_SETTINGS,
  calendar: ReportingCalendar = DEFAULT_REPORTING_CALENDAR,
): PlannedDelmalReminder[] {
  if (!item.active) return [];
  const owed = ([1, 2, 3] as const)
    .map((tertial) => ({ kind: 'tertial' as const, year: item.planYear, tertial }))
    .filter((p) => !item.assessments.has(formatPeriod(p)) && !item.adopted?.has(formatPeriod(p)))
    .filter((p) => !item.assessments.has(`${p.year}-${LAST_MONTH[p.tertial]}`))
    .map((p) => ({ period: formatPeriod(p), deadline: deadlineOf(p, calendar) }))
    .filter((due) => due.deadline >= item.definedOn);
  return plannedFor(owed, item.definedOn, now, settings, (period, lead) =>
    delmalReminderJobId(item.delmalId, period, lead),
  ).map((r) => ({ ...r, itemKind: 'delmal' as const, delmalId: item.delmalId }));
}

/** The secretaries of the delmål's nämnd; for an escalation also the regiondirektör where configured. */
export function delmalRecipientsOf(
  kind: PaminnelseKind,
  item: { organId: string },
  people: Iterable<RecipientCandidate>,
  options: { escalateToRegiondirektor: boolean },
): string[] {
  return organSecretariesOf(kind, item.organId, people, options);
}
