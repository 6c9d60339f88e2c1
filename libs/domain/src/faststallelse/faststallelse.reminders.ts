/**
 * Reminders stop for an organ's adopted period: what the nämnd adopted is its report, so nobody is
 * asked to report that period any more — a report still missing then is a gap the uppsikt view shows,
 * not a task to chase. On a joint uppdrag only the adopted organs drop out; the others are still owed.
 *
 * The same rule holds at three moments: when the schedule is planned (a period every owing organ has
 * adopted gets no jobs), when a job falls due (it goes only to the organs still owing), and in the
 * inbox (a reminder already delivered is no longer listed once its recipient's organ has adopted).
 */
import { monthsOfTertial } from '../period/period.calendar';
import { fitsPeriodicitet, formatPeriod, manad, parsePeriod } from '../period/period';
import { partsOwing } from '../uppdrag/uppdrag.parts';
import { type Uppdrag } from '../uppdrag/uppdrag.state';
import { reportOrgansOf, periodsCovering } from './faststallelse.lock';

/**
 * The periods an adoption settles, the adopted one first: a tertial's adoption also settles the monthly
 * reports of its months (the lock covers them, faststallelse.lock.ts), a month's only itself.
 */
export function periodsSettledBy(adopted: string): string[] {
  const parsed = parsePeriod(adopted);
  if (!parsed) return [];
  if (parsed.kind !== 'tertial') return [formatPeriod(parsed)];
  return [
    formatPeriod(parsed),
    ...monthsOfTertial(parsed.tertial).map((m) => formatPeriod(manad(parsed.year, m))),
  ];
}

/** The periods whose adoption settles a period's report: itself and, for a month, its tertial. */
export function adoptedPeriodsSettling(period: string): string[] {
  return periodsCovering(period).filter((p) => parsePeriod(p) !== null);
}

/** The organs whose adoption settles a period's report, given who adopted which period. */
export function organsSettled(
  period: string,
  adoptedIn: (period: string) => ReadonlySet<string>,
): Set<string> {
  return new Set(adoptedPeriodsSettling(period).flatMap((p) => [...adoptedIn(p)]));
}

/**
 * The organs still owing a period's report once adoptions count: `owing` are the organs the report is
 * owed by (a joint uppdrag's missing parts, or the organs whose joint report it is). Empty: the
 * reminder stops.
 */
export function owingAfterAdoption(owing: readonly string[], adopted: ReadonlySet<string>): string[] {
  return owing.filter((organId) => !adopted.has(organId));
}

/**
 * The periods for which an uppdrag is planned no reminders, among those settled by `adoptedPeriods`
 * (adopted periods, a tertial with its months): every organ that still owes the period's report has
 * adopted it or the tertial it lies in. `adoptedIn(period)` gives the organs that adopted a period.
 */
export function periodsStoppedByAdoption(
  uppdrag: Uppdrag,
  adoptedPeriods: Iterable<string>,
  adoptedIn: (period: string) => ReadonlySet<string>,
): Set<string> {
  const stopped = new Set<string>();
  const settled = new Set([...adoptedPeriods].flatMap(periodsSettledBy));
  for (const period of settled) {
    const parsed = parsePeriod(period);
    if (!parsed || !fitsPeriodicitet(parsed, uppdrag.periodicitet)) continue;
    const owing = partsOwing(uppdrag, period) ?? reportOrgansOf(uppdrag, null);
    if (owing.length > 0 && owingAfterAdoption(owing, organsSettled(period, adoptedIn)).length === 0)
      stopped.add(period);
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
