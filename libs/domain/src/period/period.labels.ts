/** How periods read in Swedish, as in the printed reports ("april 2023", "Tertial 1 2023"). */
import { type Period, type Periodicitet } from './period';

export const MONTH_NAMES = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
] as const;

export const MONTH_ABBREVIATIONS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'maj',
  'jun',
  'jul',
  'aug',
  'sep',
  'okt',
  'nov',
  'dec',
] as const;

/** Exactly as the report tables' column "Periodicitet och slutdatum" prints it. */
export const PERIODICITET_LABELS: Record<Periodicitet, string> = {
  manad: 'Månad',
  tertial: 'Tertial: apr, aug, dec',
};

export function periodLabel(period: Period): string {
  return period.kind === 'manad'
    ? `${MONTH_NAMES[period.month - 1]} ${period.year}`
    : `Tertial ${period.tertial} ${period.year}`;
}

export function periodicitetLabel(periodicitet: Periodicitet): string {
  return PERIODICITET_LABELS[periodicitet];
}

/** For the start of a sentence: "April 2023 är redan rapporterad." */
export function capitalisedPeriodLabel(period: Period): string {
  const label = periodLabel(period);
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** An ISO date as the reports print it: "15 maj 2023" (no weekday, no leading zero). */
export function isoDateLabel(date: string): string {
  const [year, month, day] = date.slice(0, 10).split('-').map(Number);
  return `${day} ${MONTH_NAMES[month - 1]} ${year}`;
}
