/**
 * Reminders for an uppsiktsärende's answer. Regionstyrelsen records the ärende with the day the organ's
 * answer is due (uppsikt.events.ts); the organ is reminded before that day and, when it passes without
 * an answer, regionstyrelsen is told — the same machinery and timing as an uppdrag's report.
 *
 * - Owed: one answer, by `dueDate`, while the ärende is open and not yet answered. The first answer
 *   cancels the rest (a later answer adds to it; regionstyrelsen decides whether it suffices), and a
 *   closed ärende gets none.
 * - When: as for an uppdrag (paminnelse.plan.ts): `leadDays` before the due date from the day it was
 *   recorded, an escalation `escalationDelayDays` after it, with the same catch-up rules.
 * - Who: the reminder goes to the secretaries of the organ the ärende concerns (they prepare its
 *   answers); the escalation to regionstyrelsen's secretaries, who follow up for the uppsikt, and to the
 *   regiondirektör's office where the organisation wants it.
 *
 * Job ids: `uppsiktsarende.<arendeId>.svar.p14`, `uppsiktsarende.<arendeId>.svar.e` — the prefix is
 * the stream category's name (STREAM_PREFIXES), so the audit trail reads the key like the others; the
 * "period" of an answer is `svar`.
 */
import { type PaminnelseKind } from './paminnelse.events';
import { DEFAULT_REMINDER_SETTINGS, plannedFor, type ReminderSettings } from './paminnelse.plan';
import { organSecretariesOf, type RecipientCandidate } from './paminnelse.recipients';

/** The period of an uppsiktsärende's reminders: it owes one answer, not a report per period. */
export const UPPSIKT_SVAR_PERIOD = 'svar';

export type UppsiktReminderItem = {
  arendeId: string;
  organId: string;
  regionstyrelsenId: string;
  recordedOn: string;
  dueDate: string;
  answered: boolean;
  closed: boolean;
};

export type PlannedUppsiktReminder = {
  itemKind: 'uppsiktsarende';
  jobId: string;
  arendeId: string;
  period: typeof UPPSIKT_SVAR_PERIOD;
  deadline: string;
  kind: PaminnelseKind;
  leadDays: number | null;
  fireAt: string;
};

export function uppsiktReminderJobId(arendeId: string, leadDays: number | null): string {
  return `uppsiktsarende.${arendeId}.${UPPSIKT_SVAR_PERIOD}.${leadDays === null ? 'e' : `p${leadDays}`}`;
}

/** The reminders `item` should have at `now` (ISO instant), in fire order. */
export function planUppsiktReminders(
  item: UppsiktReminderItem,
  now: string,
  settings: ReminderSettings = DEFAULT_REMINDER_SETTINGS,
): PlannedUppsiktReminder[] {
  if (item.closed || item.answered) return [];
  const owed = [{ period: UPPSIKT_SVAR_PERIOD, deadline: item.dueDate }];
  return plannedFor(owed, item.recordedOn, now, settings, (_period, lead) =>
    uppsiktReminderJobId(item.arendeId, lead),
  ).map((r) => ({
    ...r,
    period: UPPSIKT_SVAR_PERIOD,
    itemKind: 'uppsiktsarende' as const,
    arendeId: item.arendeId,
  }));
}

/**
 * A reminder: the secretaries of the organ that must answer. An escalation: regionstyrelsen's
 * secretaries, and the regiondirektör where configured.
 */
export function uppsiktRecipientsOf(
  kind: PaminnelseKind,
  item: { organId: string; regionstyrelsenId: string },
  people: Iterable<RecipientCandidate>,
  options: { escalateToRegiondirektor: boolean },
): string[] {
  const organ = kind === 'paminnelse' ? item.organId : item.regionstyrelsenId;
  return organSecretariesOf(kind, organ, people, options);
}
