/**
 * Reminders stop for an organ's adopted period: what the nämnd adopted is its report, so nobody is
 * asked to report that period any more — a report still missing then is a gap the uppsikt view shows,
 * not a task to chase. On a joint uppdrag only the adopted organs drop out; the others are still owed.
 *
 * The same rule holds at three moments: when the schedule is planned (a period every owing organ has
 * adopted gets no jobs), when a job falls due (it goes only to the organs still owing), and in the
 * inbox (a reminder already delivered is no longer listed once its recipient's organ has adopted).
 */
import { partsOwing } from '../uppdrag/uppdrag.parts';
import { type Uppdrag } from '../uppdrag/uppdrag.state';
import { reportOrgansOf } from './faststallelse.lock';

/**
 * The organs still owing a period's report once adoptions count: `owing` are the organs the report is
 * owed by (a joint uppdrag's missing parts, or the organs whose joint report it is). Empty: the
 * reminder stops.
 */
export function owingAfterAdoption(owing: readonly string[], adopted: ReadonlySet<string>): string[] {
  return owing.filter((organId) => !adopted.has(organId));
}

/**
 * The periods among `periods` for which an uppdrag is planned no reminders: every organ that still owes
 * the period's report has adopted it. `adoptedIn(period)` gives the organs that adopted a period.
 */
export function periodsStoppedByAdoption(
  uppdrag: Uppdrag,
  periods: Iterable<string>,
  adoptedIn: (period: string) => ReadonlySet<string>,
): Set<string> {
  const stopped = new Set<string>();
  for (const period of periods) {
    const owing = partsOwing(uppdrag, period) ?? reportOrgansOf(uppdrag, null);
    if (owing.length > 0 && owingAfterAdoption(owing, adoptedIn(period)).length === 0) stopped.add(period);
  }
  return stopped;
}

/**
 * Whether a reminder already in a person's inbox is settled by adoption, so the inbox no longer lists
 * it. `owedBy`: the organs the item's report is owed by (an uppdrag's recipients, a delmål's nämnd).
 * A recipient of one of those organs is done once that organ has adopted the period, whatever the
 * others do; anyone else (an ansvarig of another organ, the regiondirektör) once all of them have.
 */
export function inboxReminderSettled(
  owedBy: readonly string[],
  recipientOrganId: string | null,
  adopted: ReadonlySet<string>,
): boolean {
  if (recipientOrganId !== null && owedBy.includes(recipientOrganId)) return adopted.has(recipientOrganId);
  return owedBy.length > 0 && owingAfterAdoption(owedBy, adopted).length === 0;
}
