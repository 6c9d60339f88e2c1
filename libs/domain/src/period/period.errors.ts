/** Refusals about periods that every aggregate reporting per period shares. */
import { DomainError } from '../shared/domain-error';
import { firstDayOf } from './period.calendar';
import { type Period } from './period';
import { capitalisedPeriodLabel } from './period.labels';

/** A report on a period that has not begun would be a guess, not a report: refused for every aggregate. */
export function requirePeriodStarted(period: Period, today: string, field = 'data.period'): void {
  if (firstDayOf(period) > today) {
    throw new DomainError(
      'PERIOD_NOT_STARTED',
      `${capitalisedPeriodLabel(period)} har inte börjat än och kan inte rapporteras.`,
      field,
    );
  }
}
