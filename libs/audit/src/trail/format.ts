/** How values read in Swedish descriptions, as the printed reports write them. */
import { BUSINESS_TIME_ZONE, parsePeriod, periodLabel } from '@sparbar/domain';
import { type NameKind, type Names } from './names';

/** "1 061", "0,5", "-15": a space between thousands, a decimal comma; the same on every machine. */
export function formatNumber(value: number): string {
  const [whole, fraction] = Math.abs(value).toString().split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${value < 0 ? '-' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
}

/** A number or, as the plans print a missing one, "Svar saknas". */
export function numberOrMissing(value: number | null | undefined): string {
  return value === null || value === undefined ? 'Svar saknas' : formatNumber(value);
}

/** "april 2023", "Tertial 1 2023"; an unparsable period as it was written. */
export function periodText(period: string): string {
  const parsed = parsePeriod(period);
  return parsed ? periodLabel(parsed) : period;
}

/** The name where the log gives one, else the id, so a description never loses who or what. */
export function named(names: Names, kind: NameKind, id: string | null | undefined, none = 'inget'): string {
  if (id === null || id === undefined) return none;
  return names.nameOr(kind, id, id);
}

export function namedList(names: Names, kind: NameKind, ids: readonly string[]): string {
  return listText(ids.map((id) => named(names, kind, id)));
}

/** "A", "A och B", "A, B och C". */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} och ${items[items.length - 1]}`;
}

const swedishDay = new Intl.DateTimeFormat('sv-SE', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: BUSINESS_TIME_ZONE,
});

/**
 * " (bakåtdaterad; …)" for a correction dated before events already in the log
 * (libs/domain shared/business-time.ts), else nothing: auditors must see that it was dated back.
 */
export function backdatedText(data: { backdatedBefore?: string }): string {
  const before = data.backdatedBefore;
  if (typeof before !== 'string' || Number.isNaN(Date.parse(before))) return '';
  return ` (bakåtdaterad; senare händelser fanns redan, den senaste daterad ${swedishDay.format(Date.parse(before))})`;
}
