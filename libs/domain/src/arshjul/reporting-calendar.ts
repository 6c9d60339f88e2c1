/**
 * An organisation's reporting calendar (årshjul): by which day the report on each period is due.
 *
 * By default a report is due a number of working days after its period ends (10 unless the
 * organisation says otherwise), so April 2023 and T1 2023 are due on the 10th working day after
 * 30 April. An organisation whose årshjul fixes dates — the T1 reports by 12 May because the
 * delårsrapport goes to the nämnd on the 20th — overrides those periods one by one.
 *
 * A fixed date is taken as decided, even when it is not a working day: moving it would contradict the
 * decision people read. It must lie after the period's last day, as the default does: a report is
 * written on a period that is over, and an uppdrag registered on a period's last day must still have
 * a day left to report it.
 */
import { formatPeriod, manad, type Period, requirePeriod, tertial, type Tertial } from '../period/period';
import { firstDayOf, lastDayOf } from '../period/period.calendar';
import { periodLabel } from '../period/period.labels';
import { DomainError } from '../shared/domain-error';
import { lookup } from '../shared/records';
import { requireDate, requireObject, requirePlanYear } from '../shared/validate';
import { addWorkingDays } from './working-days';

export type ReportingCalendar = {
  /** Working days after a period's last day on which its report is due at the latest. */
  workingDaysAfterPeriod: number;
  /** Fixed deadlines from the organisation's årshjul, by period key: { '2023-T1': '2023-05-12' }. */
  deadlines: Readonly<Record<string, string>>;
};

export const DEFAULT_WORKING_DAYS_AFTER_PERIOD = 10;

/** Bounds a mistyped number; a quarter of a year is already far longer than any årshjul allows. */
const MAX_WORKING_DAYS_AFTER_PERIOD = 60;

export const DEFAULT_REPORTING_CALENDAR: ReportingCalendar = Object.freeze({
  workingDaysAfterPeriod: DEFAULT_WORKING_DAYS_AFTER_PERIOD,
  deadlines: Object.freeze({}),
});

/** Builds a calendar from an organisation's settings, refusing what would give a meaningless deadline. */
export function reportingCalendar(input: {
  workingDaysAfterPeriod?: unknown;
  deadlines?: unknown;
}): ReportingCalendar {
  const n = input.workingDaysAfterPeriod ?? DEFAULT_WORKING_DAYS_AFTER_PERIOD;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > MAX_WORKING_DAYS_AFTER_PERIOD) {
    throw new DomainError(
      'INVALID_NUMBER',
      `Antalet arbetsdagar efter periodens slut måste vara ett heltal från 1 till ${MAX_WORKING_DAYS_AFTER_PERIOD}.`,
      'workingDaysAfterPeriod',
    );
  }
  const deadlines: Record<string, string> = {};
  const fixed = requireObject(input.deadlines ?? {}, 'deadlines', 'Datumen i årshjulet');
  for (const [key, value] of Object.entries(fixed)) {
    const field = `deadlines.${key}`;
    const period = requirePeriod(key, field);
    const date = requireDate(value, field, `Sista dag för ${periodLabel(period)}`);
    if (date <= lastDayOf(period)) {
      throw new DomainError(
        'INVALID_DATE',
        `Sista dag för ${periodLabel(period)} (${date}) måste ligga efter periodens slut (${lastDayOf(period)}).`,
        field,
      );
    }
    deadlines[key] = date;
  }
  return Object.freeze({ workingDaysAfterPeriod: n, deadlines: Object.freeze(deadlines) });
}

/** The last day on which the report on a period is on time (ISO date). */
export function deadlineOf(period: Period, calendar: ReportingCalendar = DEFAULT_REPORTING_CALENDAR): string {
  return (
    lookup(calendar.deadlines, formatPeriod(period)) ??
    addWorkingDays(lastDayOf(period), calendar.workingDaysAfterPeriod)
  );
}

export type ArshjulEntry = {
  period: Period;
  key: string;
  firstDay: string;
  lastDay: string;
  deadline: string;
  /** True when the date is fixed in the organisation's årshjul rather than counted in working days. */
  fixed: boolean;
};

/**
 * Every period of a year — its 12 months and 3 tertials — with its deadline, in the order the
 * deadlines come; on the same deadline the month comes before the tertial it closes (april, T1).
 */
export function arshjul(
  year: number,
  calendar: ReportingCalendar = DEFAULT_REPORTING_CALENDAR,
): ArshjulEntry[] {
  requirePlanYear(year, 'year', 'År');
  const periods: Period[] = [
    ...Array.from({ length: 12 }, (_, i) => manad(year, i + 1)),
    ...([1, 2, 3] as Tertial[]).map((t) => tertial(year, t)),
  ];
  return periods
    .map((period) => {
      const key = formatPeriod(period);
      return {
        period,
        key,
        firstDay: firstDayOf(period),
        lastDay: lastDayOf(period),
        deadline: deadlineOf(period, calendar),
        fixed: lookup(calendar.deadlines, key) !== undefined,
      };
    })
    .sort(
      (a, b) =>
        a.deadline.localeCompare(b.deadline) ||
        a.lastDay.localeCompare(b.lastDay) ||
        Number(a.period.kind === 'tertial') - Number(b.period.kind === 'tertial'),
    );
}
