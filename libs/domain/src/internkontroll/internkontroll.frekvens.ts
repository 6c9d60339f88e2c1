/**
 * How often a kontrollmoment is carried out, and the periods its results are recorded for: a month
 * ('2023-04'), a tertial ('2023-T1') or the whole year ('2023').
 */
import { type Period, parsePeriod } from '../period/period';
import { firstDayOf } from '../period/period.calendar';
import { periodLabel } from '../period/period.labels';
import { DomainError } from '../shared/domain-error';

export const FREKVENSER = ['manad', 'tertial', 'ar'] as const;
export type Frekvens = (typeof FREKVENSER)[number];

export const FREKVENS_LABELS: Record<Frekvens, string> = {
  manad: 'Varje månad',
  tertial: 'Varje tertial',
  ar: 'En gång per år',
};

export type KontrollPeriod = Period | { kind: 'ar'; year: number };

const AR = /^(\d{4})$/;

export function parseKontrollPeriod(value: unknown): KontrollPeriod | null {
  if (typeof value === 'string' && AR.test(value)) return { kind: 'ar', year: Number(value) };
  return parsePeriod(value);
}

export function kontrollPeriodLabel(period: KontrollPeriod): string {
  return period.kind === 'ar' ? `år ${period.year}` : periodLabel(period);
}

function firstDay(period: KontrollPeriod): string {
  return period.kind === 'ar' ? `${String(period.year).padStart(4, '0')}-01-01` : firstDayOf(period);
}

const EXAMPLE: Record<Frekvens, (year: number) => string> = {
  manad: (year) => `${year}-04`,
  tertial: (year) => `${year}-T1`,
  ar: (year) => `${year}`,
};

/**
 * A result is for a period of the kontrollmoment's frekvens, inside the plan's year, that has begun:
 * a control not yet possible to carry out has no result.
 */
export function requireKontrollPeriod(
  value: unknown,
  frekvens: Frekvens,
  planYear: number,
  today: string,
  field = 'data.period',
): KontrollPeriod {
  const period = parseKontrollPeriod(value);
  if (!period) {
    throw new DomainError(
      'INVALID_PERIOD',
      'Perioden måste anges som ÅÅÅÅ-MM (månad), ÅÅÅÅ-Tn (tertial) eller ÅÅÅÅ (helår).',
      field,
    );
  }
  if (period.kind !== frekvens) {
    throw new DomainError(
      'PERIOD_NOT_IN_FREKVENS',
      `Kontrollmomentet utförs ${FREKVENS_LABELS[frekvens].toLowerCase()}; ange perioden som t.ex. ${EXAMPLE[frekvens](planYear)}, inte ${kontrollPeriodLabel(period)}.`,
      field,
    );
  }
  if (period.year !== planYear) {
    throw new DomainError(
      'PERIOD_OUTSIDE_PLAN_YEAR',
      `Internkontrollplanen gäller ${planYear}; ${kontrollPeriodLabel(period)} ligger utanför.`,
      field,
    );
  }
  if (firstDay(period) > today) {
    throw new DomainError(
      'PERIOD_NOT_STARTED',
      `Perioden (${kontrollPeriodLabel(period)}) har inte börjat än; kontrollen kan inte ha gjorts.`,
      field,
    );
  }
  return period;
}

export function formatKontrollPeriod(period: KontrollPeriod): string {
  if (period.kind === 'ar') return String(period.year).padStart(4, '0');
  const year = String(period.year).padStart(4, '0');
  return period.kind === 'manad'
    ? `${year}-${String(period.month).padStart(2, '0')}`
    : `${year}-T${period.tertial}`;
}
