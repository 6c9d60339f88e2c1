/**
 * Reminders for an åtgärd of a nämnd's intern kontroll: the åtgärd remedies an avvikelse found by a
 * kontrollmoment, has a responsible person and a due date (internkontroll.events.ts). Its responsible
 * is reminded before the due date, as an uppdrag's ansvarig is before a deadline, until it is klar.
 *
 * - Owed: the åtgärd done by `dueDate`, while its status is planerad or pågår; klar cancels the rest
 *   (and a step back from klar plans them again).
 * - When: `leadDays` before the due date, from the day it was added, at `sendAt` (paminnelse.plan.ts).
 *   No escalation: what happens to an åtgärd past its due date is the nämnd's to follow up in its
 *   uppföljning of the plan, and the plan shows it.
 * - Who: the responsible person if the directory knows them and they are active, else the nämnd's
 *   secretaries (as for a kontrollmoment, kontrollmomentRecipientsOf).
 *
 * Job ids: `atgard.<organId>-<year>.<atgardId>.<period>.p14` — an åtgärd's id is unique within its plan
 * only; `period` is the avvikelse's.
 */
import { type AtgardStatus } from '../internkontroll/internkontroll.events';
import { plannedFor, DEFAULT_REMINDER_SETTINGS, type ReminderSettings } from './paminnelse.plan';
import { type PaminnelseKind } from './paminnelse.events';
import { internkontrollPlanId } from './paminnelse.kontrollmoment';

export type AtgardReminderItem = {
  organId: string;
  year: number;
  atgarder: readonly {
    atgardId: string;
    /** The avvikelse's period ('2023-T1'). */
    period: string;
    dueDate: string;
    status: AtgardStatus;
    /** The business date it was added. */
    addedOn: string;
  }[];
};

export type PlannedAtgardReminder = {
  itemKind: 'atgard';
  jobId: string;
  planId: string;
  atgardId: string;
  period: string;
  deadline: string;
  kind: PaminnelseKind;
  leadDays: number | null;
  fireAt: string;
};

export function atgardReminderJobId(
  planId: string,
  atgardId: string,
  period: string,
  leadDays: number | null,
): string {
  return `atgard.${planId}.${atgardId}.${period}.${leadDays === null ? 'e' : `p${leadDays}`}`;
}

/** The reminders the plan's åtgärder should have at `now` (ISO instant), in fire order. */
export function planAtgardReminders(
  item: AtgardReminderItem,
  now: string,
  settings: ReminderSettings = DEFAULT_REMINDER_SETTINGS,
): PlannedAtgardReminder[] {
  const planId = internkontrollPlanId(item.organId, item.year);
  const planned: PlannedAtgardReminder[] = [];
  for (const atgard of item.atgarder) {
    if (atgard.status === 'klar') continue;
    const owed = [{ period: atgard.period, deadline: atgard.dueDate }];
    const reminders = plannedFor(owed, atgard.addedOn, now, settings, (period, lead) =>
      atgardReminderJobId(planId, atgard.atgardId, period, lead),
    ).filter((r) => r.kind === 'paminnelse');
    for (const r of reminders) planned.push({ ...r, itemKind: 'atgard', planId, atgardId: atgard.atgardId });
  }
  return planned.sort((a, b) => a.fireAt.localeCompare(b.fireAt) || a.jobId.localeCompare(b.jobId));
}
