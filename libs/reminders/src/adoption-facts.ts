/**
 * Which organs have adopted their report for which period, folded from the log for the schedule: a
 * period every organ owing it has adopted gets no reminders planned (faststallelse.reminders.ts in the
 * domain). Adoptions are few — one per organ and period — so they are all kept.
 */
import { FASTSTALLELSE_STREAM_PREFIX, type PeriodReportAdopted } from '@sparbar/domain';

const NONE: ReadonlySet<string> = new Set();

export class AdoptionFacts {
  /** Period → the organs that adopted it. */
  private readonly byPeriod = new Map<string, Set<string>>();

  /** The adoption an event records, once folded in; null for any other event. */
  apply(event: { stream: string; type: string; data: unknown }): { organId: string; period: string } | null {
    if (event.type !== 'PeriodReportAdopted' || !event.stream.startsWith(FASTSTALLELSE_STREAM_PREFIX))
      return null;
    const { organId, period } = event.data as PeriodReportAdopted['data'];
    let organs = this.byPeriod.get(period);
    if (!organs) this.byPeriod.set(period, (organs = new Set()));
    organs.add(organId);
    return { organId, period };
  }

  /** The organs that adopted exactly this period (faststallelse.reminders.ts adds the tertial's). */
  adoptedIn = (period: string): ReadonlySet<string> => this.byPeriod.get(period) ?? NONE;

  /** The periods any of these organs adopted. */
  periodsOf(organIds: readonly string[]): string[] {
    return [...this.byPeriod]
      .filter(([, organs]) => organIds.some((o) => organs.has(o)))
      .map(([period]) => period);
  }
}
