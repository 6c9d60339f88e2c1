/**
 * Which reports an uppdrag owes up to a day, and how each stands: the basis for reminders and for the
 * list of reports missing past their deadline that Regionstyrelsen and the auditors read.
 *
 * The periods due are those of the uppdrag's periodicitet that
 * - overlap its life from the registration day to slutdatum — the same rule by which a report is
 *   accepted (uppdrag.reporting.ts): the period in which it was registered is due even when it began
 *   before, and so is the period containing slutdatum even when it ends after;
 * - have begun by `until`: a period not yet begun cannot be reported (PERIOD_NOT_STARTED);
 * - if the uppdrag was closed or withdrawn (`endedOn`), ended before that day. Reports are refused once
 *   it is no longer active, so a period still running on the day it ended — or ending that very day —
 *   could never be reported after it ended: its last word is the slutkommentar or the reason for the
 *   withdrawal, and it is not due. A period that was over before the uppdrag ended could have been
 *   reported while it was still active, so it stays due, even when its deadline came after the end.
 *   An end after `until` had not happened at `until` and is ignored, so the answer is the one that
 *   day would have given.
 *
 * Each period is `reported` when its key is in `reports`, else `missing` once its deadline is past
 * (on the deadline day itself the report is still on time), else `not_yet_due`. Whether a report came
 * in late is not judged here: that needs the date of the report, not just its period.
 *
 * The periodicitet is the current one, applied to the whole life of the uppdrag. After a change of
 * periodicitet the periods before the change are therefore asked for in the new one and reports made
 * in the old one are not counted; getting that right needs the history of changes, not just the
 * current state.
 */
import { formatPeriod, type Period, type Periodicitet } from '../period/period';
import { lastDayOf, periodsBetween } from '../period/period.calendar';
import { optionalDate, requireDate } from '../shared/validate';
import { DEFAULT_REPORTING_CALENDAR, deadlineOf, type ReportingCalendar } from './reporting-calendar';

/** What the rule needs to know about an uppdrag; ISO dates throughout. */
export type UppdragReportingFacts = {
  periodicitet: Periodicitet;
  registeredOn: string;
  slutdatum: string;
  /** The business date on which it was closed or withdrawn; null while it is active. */
  endedOn: string | null;
  /** The keys of the periods reported ('2023-04', '2023-T1'). */
  reports: ReadonlySet<string>;
};

export const DUE_REPORT_STATES = ['reported', 'missing', 'not_yet_due'] as const;
export type DueReportState = (typeof DUE_REPORT_STATES)[number];

export type DueReport = {
  period: Period;
  key: string;
  deadline: string;
  state: DueReportState;
};

/** The reports an uppdrag owes up to and including `until`, in period order. */
export function dueReports(
  item: UppdragReportingFacts,
  until: string,
  calendar: ReportingCalendar = DEFAULT_REPORTING_CALENDAR,
): DueReport[] {
  const today = requireDate(until, 'until', 'Dagen');
  const registeredOn = requireDate(item.registeredOn, 'registeredOn', 'Registreringsdagen');
  const slutdatum = requireDate(item.slutdatum, 'slutdatum', 'Slutdatum');
  const endedOn = optionalDate(item.endedOn, 'endedOn', 'Dagen uppdraget avslutades');
  const to = slutdatum < today ? slutdatum : today;
  if (registeredOn > to) return [];
  return periodsBetween(item.periodicitet, registeredOn, to)
    .filter((period) => endedOn === null || endedOn > today || lastDayOf(period) < endedOn)
    .map((period) => {
      const key = formatPeriod(period);
      const deadline = deadlineOf(period, calendar);
      const state: DueReportState = item.reports.has(key)
        ? 'reported'
        : today > deadline
          ? 'missing'
          : 'not_yet_due';
      return { period, key, deadline, state };
    });
}
