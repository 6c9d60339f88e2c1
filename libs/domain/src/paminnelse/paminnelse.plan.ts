/**
 * Which reminders an uppdrag should have scheduled, as a pure function of its facts and the time.
 * The schedule driver computes this after every event about the uppdrag and makes the queue match;
 * the worker computes it again when a job fires and delivers only if the job is still in it. So a
 * report, a closing or a withdrawal cancels what is pending, an extension adds the periods it opens,
 * and a job left over from an older plan does nothing.
 *
 * For each period the uppdrag owes (dueReports up to slutdatum) and has not reported:
 * - a reminder `leadDays` before the deadline (e.g. 14, 3 and 1 days), at `sendAt` Swedish time —
 *   while the deadline has not passed, not on a day before the uppdrag existed, and of the reminders
 *   already due only the latest (after an outage one "1 dag kvar" is sent, not three in a row);
 * - an escalation `escalationDelayDays` after the deadline, for `catchUpDays` after its time (an
 *   escalation missed during an outage still goes out, one from last year does not).
 * An uppdrag that is closed or withdrawn can no longer be reported: it gets none, and neither does a
 * period every organ owing it has adopted (the nämnd adopted its report; faststallelse.reminders.ts).
 *
 * Job ids are deterministic (`uppdrag.<id>.<period>.p14`, `uppdrag.<id>.<period>.e`), so planning the
 * same facts twice schedules the same jobs, and BullMQ ignores an id it already has. Ids never
 * contain ':' (BullMQ's separator): item ids and period keys cannot.
 */
import { dueReports } from '../arshjul/due-reports';
import { DEFAULT_REPORTING_CALENDAR, type ReportingCalendar } from '../arshjul/reporting-calendar';
import { type Periodicitet } from '../period/period';
import { BUSINESS_TIME_ZONE, businessDateOf } from '../shared/dates';
import { DomainError } from '../shared/domain-error';
import { type PaminnelseKind } from './paminnelse.events';

export type ReminderSettings = {
  /** Days before the deadline on which the ansvarig is reminded. */
  leadDays: readonly number[];
  /** Days after the deadline on which a missing report is escalated. */
  escalationDelayDays: number;
  /** Swedish wall-clock time of day at which reminders go out ('08:00'). */
  sendAt: string;
  /** How long after its time an escalation is still sent (after an outage). */
  catchUpDays: number;
  /** Whether escalations also go to the regiondirektör's office. */
  escalateToRegiondirektor: boolean;
};

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = Object.freeze({
  leadDays: Object.freeze([14, 3, 1]),
  escalationDelayDays: 1,
  sendAt: '08:00',
  catchUpDays: 7,
  escalateToRegiondirektor: false,
});

/** What the plan needs to know about an uppdrag. */
export type ReminderItem = {
  uppdragId: string;
  periodicitet: Periodicitet;
  registeredOn: string;
  slutdatum: string;
  active: boolean;
  reports: ReadonlySet<string>;
  /** Periods every organ owing them has adopted (faststallelse.reminders.ts): no reminders. */
  stoppedByAdoption?: ReadonlySet<string>;
};

export type PlannedReminder = {
  itemKind: 'uppdrag';
  jobId: string;
  uppdragId: string;
  period: string;
  deadline: string;
  kind: PaminnelseKind;
  /** Days before the deadline for a reminder; null for an escalation. */
  leadDays: number | null;
  /** When it is to go out (ISO instant, UTC). */
  fireAt: string;
};

export function reminderJobId(uppdragId: string, period: string, leadDays: number | null): string {
  return `uppdrag.${uppdragId}.${period}.${leadDays === null ? 'e' : `p${leadDays}`}`;
}

/** The reminders `item` should have at `now` (ISO instant), in fire order. */
export function planReminders(
  item: ReminderItem,
  now: string,
  settings: ReminderSettings = DEFAULT_REMINDER_SETTINGS,
  calendar: ReportingCalendar = DEFAULT_REPORTING_CALENDAR,
): PlannedReminder[] {
  if (!item.active) return [];
  const dues = dueReports({ ...item, endedOn: null }, item.slutdatum, calendar)
    .filter((due) => !item.reports.has(due.key) && !item.stoppedByAdoption?.has(due.key))
    .map((due) => ({ period: due.key, deadline: due.deadline }));
  return plannedFor(dues, item.registeredOn, now, settings, (period, lead) =>
    reminderJobId(item.uppdragId, period, lead),
  ).map((r) => ({ ...r, itemKind: 'uppdrag' as const, uppdragId: item.uppdragId }));
}

/** A planned reminder before it is told which item it is about. */
type PlannedFor = Omit<PlannedReminder, 'itemKind' | 'uppdragId'>;

/** A report owed by a deadline, not yet given. */
export type OwedReport = { period: string; deadline: string };

/**
 * The reminders and escalations for reports owed by an item that exists since `firstDay`, by the rules
 * in this file's header; shared by uppdrag and delmål (paminnelse.delmal.ts).
 */
export function plannedFor(
  owed: readonly OwedReport[],
  firstDay: string,
  now: string,
  settings: ReminderSettings,
  jobIdOf: (period: string, leadDays: number | null) => string,
): PlannedFor[] {
  const nowMs = Date.parse(now);
  const today = businessDateOf(now);
  const leads = [...new Set(settings.leadDays)].sort((a, b) => b - a);
  const planned: PlannedFor[] = [];
  for (const due of owed) {
    const base = { period: due.period, deadline: due.deadline };
    if (today <= due.deadline) {
      const reminders = leads
        .map((lead) => ({ lead, day: addDays(due.deadline, -lead) }))
        .filter(({ day }) => day >= firstDay)
        .map(({ lead, day }) => ({ lead, fireAt: wallClockInstant(day, settings.sendAt) }));
      const past = reminders.filter((r) => Date.parse(r.fireAt) <= nowMs);
      const latestPast = past.at(-1);
      for (const r of reminders) {
        if (Date.parse(r.fireAt) <= nowMs && r !== latestPast) continue;
        planned.push({
          ...base,
          jobId: jobIdOf(due.period, r.lead),
          kind: 'paminnelse',
          leadDays: r.lead,
          fireAt: r.fireAt,
        });
      }
    }
    const escalateOn = addDays(due.deadline, settings.escalationDelayDays);
    const escalateAt = wallClockInstant(escalateOn, settings.sendAt);
    if (Date.parse(escalateAt) + settings.catchUpDays * DAY_MS >= nowMs) {
      planned.push({
        ...base,
        jobId: jobIdOf(due.period, null),
        kind: 'eskalering',
        leadDays: null,
        fireAt: escalateAt,
      });
    }
  }
  return planned.sort((a, b) => a.fireAt.localeCompare(b.fireAt) || a.jobId.localeCompare(b.jobId));
}

/** Refuses settings that would plan nonsense (negative lead times, an unparsable time of day). */
export function reminderSettings(input: Partial<ReminderSettings>): ReminderSettings {
  const settings = { ...DEFAULT_REMINDER_SETTINGS, ...input };
  const wholeDays = (n: number) => Number.isInteger(n) && n >= 0 && n <= 366;
  if (!settings.leadDays.every(wholeDays))
    throw new DomainError('INVALID_NUMBER', 'Påminnelsedagarna måste vara heltal 0–366.', 'leadDays');
  if (!wholeDays(settings.escalationDelayDays) || settings.escalationDelayDays < 1)
    throw new DomainError(
      'INVALID_NUMBER',
      'Eskaleringen måste ske minst en dag efter sista dag.',
      'escalationDelayDays',
    );
  if (!wholeDays(settings.catchUpDays))
    throw new DomainError('INVALID_NUMBER', 'Eftersändningstiden måste vara heltal 0–366.', 'catchUpDays');
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(settings.sendAt))
    throw new DomainError('INVALID_VALUE', 'Utskickstiden måste anges som TT:MM.', 'sendAt');
  return Object.freeze({ ...settings, leadDays: Object.freeze([...settings.leadDays]) });
}

const DAY_MS = 86_400_000;

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

const zoneParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: BUSINESS_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** Planning 10,000 uppdrag asks for the same few hundred days over and over; Intl is slow. */
const instants = new Map<string, string>();

/** The instant at which Swedish clocks show `time` on `date` (summer and winter time alike). */
export function wallClockInstant(date: string, time: string): string {
  const key = `${date}T${time}`;
  let instant = instants.get(key);
  if (instant === undefined) {
    instant = computeInstant(date, time);
    if (instants.size > 10_000) instants.clear();
    instants.set(key, instant);
  }
  return instant;
}

function computeInstant(date: string, time: string): string {
  const wanted = Date.parse(`${date}T${time}:00Z`);
  let guess = wanted;
  // Twice: the offset at the first guess may differ from the offset at the answer around a switch.
  for (let i = 0; i < 2; i++) guess = wanted - (localAsUtc(guess) - guess);
  return new Date(guess).toISOString();
}

function localAsUtc(instant: number): number {
  const p = Object.fromEntries(zoneParts.formatToParts(new Date(instant)).map((x) => [x.type, x.value]));
  return Date.parse(`${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:00Z`);
}
