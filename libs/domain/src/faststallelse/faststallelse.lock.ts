/**
 * The lock of an adopted period. What a nämnd adopted is what it is held to, so once its report for a
 * period is adopted, every later change to that period's reports and assessments of that organ — a
 * first report written late as well as a correction — needs a reason, and its event says it was made
 * after adoption (`afterAdoption`), so tables, reports and the audit trail can mark it "ändrad efter
 * fastställande". The lock is per organ and exact period: adopting 2023-T1 locks the 2023-T1 reports,
 * not the months 2023-01…04 (monthly reports are adopted as months).
 *
 * The check spans two streams (the item's and the adoption's), so the use case reads the adoption and
 * asks here after the item's decider has decided; these functions decide, given that state.
 */
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
    const lock = locks.find((l) => l.period === data.period);
    if (!lock) return event;
    const why = typeof data.reason === 'string' ? data.reason : requireLockReason(reason, reasonField, lock);
    const afterAdoption: AfterAdoption = { adoptedOn: lock.adoptedOn, paragraf: lock.paragraf, reason: why };
    return { ...event, data: { ...event.data, afterAdoption } };
  });
}

function requireLockReason(reason: unknown, field: string, lock: AdoptionLock): string {
  if (typeof reason !== 'string' || reason.trim() === '') {
    throw new DomainError(
      'REASON_REQUIRED',
      `Rapporten för ${lock.period} är fastställd ${lock.adoptedOn} § ${lock.paragraf}. ` +
        `En ändring efter fastställandet måste ha ett skäl: fyll i fältet "reason" (skäl till ändringen).`,
      field,
    );
  }
  return requireReason(reason, field, 'Skäl till ändringen efter fastställandet');
}
