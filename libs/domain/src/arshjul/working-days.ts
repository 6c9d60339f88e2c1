/**
 * Working days in Swedish public administration: the days a report can be written and a deadline can
 * fall on. Not working days are
 * - Saturdays and Sundays;
 * - the public holidays (helgdagar, lag 1989:253): nyårsdagen, trettondedag jul, långfredagen,
 *   påskdagen, annandag påsk, första maj, Kristi himmelsfärdsdag, pingstdagen, nationaldagen,
 *   midsommardagen, alla helgons dag, juldagen, annandag jul — and annandag pingst up to 2004, which
 *   nationaldagen replaced from 2005;
 * - midsommarafton, julafton and nyårsafton: not helgdagar in law, but the collective agreements of
 *   the regions and the state make them days off, so nobody reports on them.
 * The half days (trettondagsafton, valborgsmässoafton, allhelgonaafton) and skärtorsdagen are working days.
 *
 * The dates come from `date-holidays` (Easter and midsommar move every year; a library kept up for
 * many countries is safer than our own Computus). It is a pure calculation on the year, which is why
 * the domain may use it. Its Swedish data marks the helgdagar `public` and exactly the three aftnar
 * above `bank`; the spec pins that, so a change in the library's data fails a test instead of moving
 * deadlines silently.
 */
import Holidays from 'date-holidays';
import { isoDate } from '../shared/dates';
import { requireDate } from '../shared/validate';
import { DomainError } from '../shared/domain-error';

export type Helgdag = {
  date: string;
  /** Swedish name as the library gives it, e.g. "långfredagen". */
  name: string;
  /** `helgdag` by law, or an `afton` that is a day off by agreement. */
  kind: 'helgdag' | 'afton';
};

/** Annandag pingst was a helgdag until nationaldagen took its place in 2005; the library omits that. */
const ANNANDAG_PINGST_LAST_YEAR = 2004;

const sweden = new Holidays('SE', { languages: 'sv' });
// Each year is computed once: addWorkingDays asks about every day it passes.
const byYear = new Map<number, readonly Helgdag[]>();
const datesByYear = new Map<number, ReadonlySet<string>>();

/** The days in a year, other than weekends, on which the administration does not work, in date order. */
export function helgdagarOf(year: number): readonly Helgdag[] {
  const cached = byYear.get(year);
  if (cached) return cached;
  const days: Helgdag[] = [];
  for (const holiday of sweden.getHolidays(year, 'sv')) {
    // The library's date is local to Sweden ("2023-04-07 00:00:00"): its first ten characters are the date.
    const date = holiday.date.slice(0, 10);
    if (holiday.type === 'public') days.push({ date, name: holiday.name, kind: 'helgdag' });
    else if (holiday.type === 'bank') days.push({ date, name: holiday.name, kind: 'afton' });
    else if (year <= ANNANDAG_PINGST_LAST_YEAR && holiday.rule === 'easter 50') {
      days.push({ date, name: holiday.name, kind: 'helgdag' });
    }
  }
  // Frozen because the cache hands out the same objects to every caller.
  const sorted = Object.freeze(
    days.sort((a, b) => a.date.localeCompare(b.date)).map((day) => Object.freeze(day)),
  );
  byYear.set(year, sorted);
  return sorted;
}

function isHelgdag(date: string): boolean {
  const year = Number(date.slice(0, 4));
  let dates = datesByYear.get(year);
  if (!dates) {
    dates = new Set(helgdagarOf(year).map((day) => day.date));
    datesByYear.set(year, dates);
  }
  return dates.has(date);
}

function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

function plusDays(date: string, days: number): string {
  const moved = new Date(`${date}T00:00:00Z`);
  moved.setUTCDate(moved.getUTCDate() + days);
  return isoDate(moved.getUTCFullYear(), moved.getUTCMonth() + 1, moved.getUTCDate());
}

export function isWorkingDay(date: string): boolean {
  requireDate(date, 'date', 'Datumet');
  const day = weekday(date);
  return day !== 0 && day !== 6 && !isHelgdag(date);
}

/** Far more than any deadline needs; it bounds the loop against a mistyped number. */
const MAX_WORKING_DAYS = 366;

/**
 * The n:th working day after `date` (before it when n is negative); `date` itself is not counted, so
 * it may be a holiday. n = 0 returns `date` unchanged, working day or not.
 */
export function addWorkingDays(date: string, n: number): string {
  requireDate(date, 'date', 'Datumet');
  if (!Number.isInteger(n) || Math.abs(n) > MAX_WORKING_DAYS) {
    throw new DomainError(
      'INVALID_NUMBER',
      `Antalet arbetsdagar måste vara ett heltal mellan -${MAX_WORKING_DAYS} och ${MAX_WORKING_DAYS}.`,
      'n',
    );
  }
  const step = Math.sign(n);
  let current = date;
  for (let left = Math.abs(n); left > 0;) {
    current = plusDays(current, step);
    if (isWorkingDay(current)) left -= 1;
  }
  return current;
}
