/**
 * Reporting periods. An uppdrag is reported per month ('2023-04') or per tertial ('2023-T1'); the
 * string form is what commands, events and URLs carry, the object form is what code reasons with.
 */
import { DomainError } from '../shared/domain-error';

export const PERIODICITETER = ['manad', 'tertial'] as const;
export type Periodicitet = (typeof PERIODICITETER)[number];

export type Tertial = 1 | 2 | 3;
export type ManadPeriod = { kind: 'manad'; year: number; month: number };
export type TertialPeriod = { kind: 'tertial'; year: number; tertial: Tertial };
export type Period = ManadPeriod | TertialPeriod;

// Only the canonical spelling is accepted, so one period has exactly one key in events and maps.
const MANAD = /^(\d{4})-(0[1-9]|1[0-2])$/;
const TERTIAL = /^(\d{4})-T([1-3])$/;

export function parsePeriod(text: unknown): Period | null {
  if (typeof text !== 'string') return null;
  const manad = MANAD.exec(text);
  if (manad) return { kind: 'manad', year: Number(manad[1]), month: Number(manad[2]) };
  const tertial = TERTIAL.exec(text);
  if (tertial) return { kind: 'tertial', year: Number(tertial[1]), tertial: Number(tertial[2]) as Tertial };
  return null;
}

export function formatPeriod(period: Period): string {
  const year = String(period.year).padStart(4, '0');
  return period.kind === 'manad'
    ? `${year}-${String(period.month).padStart(2, '0')}`
    : `${year}-T${period.tertial}`;
}

/** Parses or refuses with INVALID_PERIOD naming the field. */
export function requirePeriod(value: unknown, field = 'data.period'): Period {
  const period = parsePeriod(value);
  if (!period || period.year < 1900) {
    throw new DomainError(
      'INVALID_PERIOD',
      'Perioden måste anges som ÅÅÅÅ-MM för en månad (2023-04) eller ÅÅÅÅ-Tn för en tertial (2023-T1).',
      field,
    );
  }
  return period;
}

export function fitsPeriodicitet(period: Period, periodicitet: Periodicitet): boolean {
  return period.kind === periodicitet;
}

export function manad(year: number, month: number): ManadPeriod {
  return { kind: 'manad', year, month };
}

export function tertial(year: number, t: Tertial): TertialPeriod {
  return { kind: 'tertial', year, tertial: t };
}
