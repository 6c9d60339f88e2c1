/**
 * The lock of an adopted period. What a nämnd adopted is what it is held to, so once its report for a
 * period is adopted, every later change to that period's reports and assessments of that organ — a
 * first report written late as well as a correction — needs a reason, and its event says it was made
 * after adoption (`afterAdoption`), so tables, reports and the audit trail can mark it "ändrad efter
 * fastställande". The lock is per organ, and a period's adoption covers the periods inside it: adopting
 * 2023-T1 locks the 2023-T1 reports and the monthly reports of 2023-01…04 (a monthly-reported uppdrag's
 * April report is part of the delårsrapport per april); a year ('2023') would lock its tertials and
 * months. The nämnd adopts months and tertials; the årsrapport is the report after December, so its
 * adoption is the year's last tertial's (`yearReportPeriod`).
 *
 * The check spans two streams (the item's and the adoption's), so the use case reads the adoption and
 * asks here after the item's decider has decided; these functions decide, given that state.
 */
import { tertialOf } from '../period/period.calendar';
import { formatPeriod, parsePeriod } from '../period/period';
import { DomainError } from '../shared/domain-error';
import { requireReason } from '../shared/validate';
import { type AfterAdoption } from './faststallelse.events';
import { type FaststallelseState } from './faststallelse.state';

export type AdoptionLock = { organId: string; period: string; adoptedOn: string; paragraf: string };

export function lockOf(state: FaststallelseState): AdoptionLock | null {
  if (!state.adopted) return null;
  const { organId, period, latest } = state;
  return { organId, period, adoptedOn: latest.meetingDate, paragraf: latest.paragraf };
}

/**
 * The organs whose adopted report an uppdrag's report belongs to: a recipient's own part is that
 * recipient's; the joint report is the samordnare's summary, or with no samordnare the report of every
 * recipient (with one recipient simply its report).
 */
export function reportOrgansOf(
  uppdrag: { riktasTill: readonly string[]; samordnare?: string | null },
  part: string | null,
): string[] {
  if (part !== null) return [part];
  if (uppdrag.samordnare) return [uppdrag.samordnare];
  return [...uppdrag.riktasTill];
}

const YEAR = /^(\d{4})$/;

/**
 * The periods whose adoption covers a period, the period itself first: a month's tertial and year, a
 * tertial's year. A year ('2023') is covered only by itself; a malformed period by nothing.
 */
export function periodsCovering(period: unknown): string[] {
  if (typeof period === 'string' && YEAR.test(period)) return [period];
  const parsed = parsePeriod(period);
  if (!parsed) return [];
  const year = String(parsed.year).padStart(4, '0');
  return parsed.kind === 'manad'
    ? [formatPeriod(parsed), formatPeriod(tertialOf(parsed)), year]
    : [formatPeriod(parsed), year];
}

/** True when adopting `adopted` locks `period`: the same period, or one inside it. */
export function adoptionCovers(adopted: string, period: unknown): boolean {
  return periodsCovering(period).includes(adopted);
}

/**
 * The period whose adoption is the year's report (årsrapport, for the årsredovisning): the report after
 * December, i.e. the year's last tertial. Null for anything but a year.
 */
export function yearReportPeriod(year: unknown): string | null {
  return typeof year === 'string' && YEAR.test(year) ? `${year}-T3` : null;
}

/**
 * The adoptions a period's table names and marks by, the most specific first: a month's own, then its
 * tertial's; a tertial's own; a year's table the årsrapport's (its last tertial). Only periods that are
 * adopted as such: a year is not (the decider takes months and tertials), so it is not looked for.
 */
export function adoptionPeriodsOfTable(period: unknown): string[] {
  const report = yearReportPeriod(period);
  return report ? [report] : periodsCovering(period).filter((p) => parsePeriod(p) !== null);
}

type PeriodEvent = { type: string; data: object };

/**
 * The events the item's decider chose, with those on a locked period marked. A correction brings its
 * own reason; anything else takes `reason` from the command and is refused without one, naming the field.
 */
export function applyAdoptionLock<E extends PeriodEvent>(
  events: readonly E[],
  locks: readonly AdoptionLock[],
  reason: unknown,
  reasonField = 'data.reason',
): E[] {
  return events.map((event) => {
    const data = event.data as { period?: unknown; reason?: unknown };
    // The lock of the period itself first, then of the period it lies in (a month's tertial, a year).
    const lock = periodsCovering(data.period)
      .map((p) => locks.find((l) => l.period === p))
      .find((l) => l !== undefined);
    if (!lock) return event;
    const why =
      typeof data.reason === 'string'
        ? data.reason
        : requireLockReason(reason, reasonField, lock, data.period);
    const afterAdoption: AfterAdoption = { adoptedOn: lock.adoptedOn, paragraf: lock.paragraf, reason: why };
    return { ...event, data: { ...event.data, afterAdoption } };
  });
}

function requireLockReason(reason: unknown, field: string, lock: AdoptionLock, period: unknown): string {
  if (typeof reason !== 'string' || reason.trim() === '') {
    const within = period !== lock.period ? `Perioden ${String(period)} ingår i ${lock.period}. ` : '';
    throw new DomainError(
      'REASON_REQUIRED',
      `${within}Rapporten för ${lock.period} är fastställd ${lock.adoptedOn} § ${lock.paragraf}. ` +
        `En ändring efter fastställandet måste ha ett skäl: fyll i fältet "reason" (skäl till ändringen).`,
      field,
    );
  }
  return requireReason(reason, field, 'Skäl till ändringen efter fastställandet');
}
