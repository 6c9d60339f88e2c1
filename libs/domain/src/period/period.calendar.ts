/**
 * Where periods sit on the calendar. Tertials follow the region's reporting year: T1 = januari–april
 * (delårsrapport per april), T2 = maj–augusti (per augusti), T3 = september–december (årsredovisning).
 */
import { daysInMonth, isoDate } from '../shared/dates';
import { manad, type ManadPeriod, type Period, type Periodicitet, type Tertial, tertial } from './period';

export function tertialOfMonth(month: number): Tertial {
  return (Math.floor((month - 1) / 4) + 1) as Tertial;
}

export function monthsOfTertial(t: Tertial): number[] {
  const first = (t - 1) * 4 + 1;
  return [first, first + 1, first + 2, first + 3];
}

/** The tertial a month belongs to, e.g. 2023-04 → 2023-T1. */
export function tertialOf(period: ManadPeriod): Period {
  return tertial(period.year, tertialOfMonth(period.month));
}

function firstMonth(period: Period): number {
  return period.kind === 'manad' ? period.month : monthsOfTertial(period.tertial)[0];
}

function lastMonth(period: Period): number {
  return period.kind === 'manad' ? period.month : monthsOfTertial(period.tertial)[3];
}

export function firstDayOf(period: Period): string {
  return isoDate(period.year, firstMonth(period), 1);
}

export function lastDayOf(period: Period): string {
  const month = lastMonth(period);
  return isoDate(period.year, month, daysInMonth(period.year, month));
}

/** True when the period shares at least one day with [from, to] (ISO dates, both inclusive). */
export function overlaps(period: Period, from: string, to: string): boolean {
  return lastDayOf(period) >= from && firstDayOf(period) <= to;
}

/** The period of the given periodicitet that contains an ISO date. */
export function periodContaining(periodicitet: Periodicitet, date: string): Period {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return periodicitet === 'manad' ? manad(year, month) : tertial(year, tertialOfMonth(month));
}

export function nextPeriod(period: Period): Period {
  if (period.kind === 'manad') {
    return period.month === 12 ? manad(period.year + 1, 1) : manad(period.year, period.month + 1);
  }
  return period.tertial === 3
    ? tertial(period.year + 1, 1)
    : tertial(period.year, (period.tertial + 1) as Tertial);
}

/** Every period of a periodicitet that overlaps [from, to], in order: what is due for an uppdrag. */
export function periodsBetween(periodicitet: Periodicitet, from: string, to: string): Period[] {
  const periods: Period[] = [];
  for (let p = periodContaining(periodicitet, from); firstDayOf(p) <= to; p = nextPeriod(p)) {
    periods.push(p);
  }
  return periods;
}

/** Orders periods by when they start, then by when they end (a month before the tertial it opens). */
export function comparePeriods(a: Period, b: Period): number {
  return firstDayOf(a).localeCompare(firstDayOf(b)) || lastDayOf(a).localeCompare(lastDayOf(b));
}
