import { businessDateOf } from '@sparbar/domain';

/**
 * The business day (the Swedish date) of a clock's instants, worked out once an hour of UTC: Intl's
 * time-zone arithmetic on every request was over 1 % of the API's CPU under read load. Swedish time is
 * a whole number of hours from UTC and changes on the hour, so the Swedish date is the same through
 * each hour of UTC.
 */
export class HourlyBusinessDay {
  private last: { hour: string; day: string } | undefined;

  /** The business day of an instant given as an ISO string (UTC, `…Z`), as `businessDateOf` says. */
  of(instant: string): string {
    const hour = instant.slice(0, 13);
    if (hour !== this.last?.hour) this.last = { hour, day: businessDateOf(instant) };
    return this.last.day;
  }
}
