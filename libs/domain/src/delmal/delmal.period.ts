/**
 * Which periods a delmål is followed up for: any month or tertial of its plan year that has begun.
 * Unlike an uppdrag a delmål has no periodicitet of its own — the same delmål is read in the
 * månadsrapport, the delårsrapporter (T1, T2) and the årsredovisning (T3 or december).
 */
import { formatPeriod, type Period, requirePeriod } from '../period/period';
import { requirePeriodStarted } from '../period/period.errors';
import { businessDateOf } from '../shared/dates';
import { delmalErrors } from './delmal.errors';
import { type Delmal } from './delmal.state';

export function requireFollowUpPeriod(
  value: unknown,
  delmal: Delmal,
  now: string,
): { period: Period; key: string } {
  const period = requirePeriod(value);
  if (period.year !== delmal.planYear) throw delmalErrors.periodOutsidePlanYear(period, delmal.planYear);
  requirePeriodStarted(period, businessDateOf(now));
  return { period, key: formatPeriod(period) };
}
