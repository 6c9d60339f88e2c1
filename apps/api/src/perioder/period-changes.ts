/**
 * Which organs' period answers the events between two checkpoints of the period facts can have
 * changed, so that an organ's kept table, måluppfyllelse or aging is moved to the new state instead of
 * computed again when only other organs' uppdrag were reported (see ReadModelAnswers' `stillHolds`).
 *
 * Only a report and its correction are narrowed down: each changes the tables of the organs its
 * uppdrag is (or ever was) directed to, given by or coordinated by, and of the organ whose part it is —
 * and of those only the periods that end on or after the reported period's last day: a period table
 * (and the måluppfyllelse counted from it) shows each uppdrag's last report for a period ending by its
 * own end, so a report for a later period is not in it. Every other event — a registration, a
 * redirection, a delmål's bedömning, an adoption, anything new — counts as changing every organ and
 * period, so an event type added later can only cost a computation.
 */
import { Inject, Injectable } from '@nestjs/common';
import { lastDayOf, parsePeriod } from '@sparbar/domain';
import { type EventStore, type SqlDriver } from '@sparbar/event-store';
import { organsOfUppdrag } from '@sparbar/projections';
import { EVENT_STORE, SQL_DATABASE } from '@sparbar/runtime';

/**
 * Per organ changed, the last day of the earliest period reported for it (ISO date): answers about
 * periods ending before that day are not changed. Or every organ and period.
 */
export type ChangedOrgans = ReadonlyMap<string, string> | 'all';

/** The last day of a period as a URL names it (a month, a tertial or a year), if it is one. */
export function periodEndOf(text: unknown): string | undefined {
  const period = parsePeriod(text);
  if (period) return lastDayOf(period);
  return typeof text === 'string' && /^\d{4}$/.test(text) ? `${text}-12-31` : undefined;
}

const NARROWED = new Set(['UppdragStatusReported', 'UppdragReportCorrected']);
/** More events than this between two looks: not worth sorting out, every organ counts as changed. */
const MAX_EVENTS = 200;
/** Ranges remembered: the watched URLs of one state move to the next together and ask the same one. */
const MAX_RANGES = 64;

@Injectable()
export class PeriodChanges {
  private readonly ranges = new Map<string, Promise<ChangedOrgans>>();

  constructor(
    @Inject(SQL_DATABASE) private readonly sql: SqlDriver,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  /**
   * True when no event after `from` up to `to` can have changed `organ`'s period answers (with
   * `periodEnd`, the last day of the period asked about: its answers; without, any period's).
   */
  async unchangedFor(organ: string, from: number, to: number, periodEnd?: string): Promise<boolean> {
    const changed = await this.between(from, to);
    if (changed === 'all') return false;
    const earliest = changed.get(organ);
    return earliest === undefined || (periodEnd !== undefined && periodEnd < earliest);
  }

  /** The organs changed by the events after `from` up to `to` (both settled checkpoints). */
  between(from: number, to: number): Promise<ChangedOrgans> {
    const key = `${from}-${to}`;
    let found = this.ranges.get(key);
    if (!found) {
      found = this.read(from, to).catch(() => 'all' as const);
      this.ranges.set(key, found);
      if (this.ranges.size > MAX_RANGES) this.ranges.delete(this.ranges.keys().next().value as string);
    }
    return found;
  }

  private async read(from: number, to: number): Promise<ChangedOrgans> {
    /** Per uppdrag reported, the last day of its earliest period reported. */
    const uppdragEnds = new Map<string, string>();
    const organs = new Map<string, string>();
    const changes = (map: Map<string, string>, key: string, end: string) => {
      const known = map.get(key);
      if (known === undefined || end < known) map.set(key, end);
    };
    let count = 0;
    for await (const event of this.store.readRange({ after: from, upTo: to })) {
      if (++count > MAX_EVENTS || !NARROWED.has(event.type)) return 'all';
      const data = event.data as { uppdragId?: unknown; organId?: unknown; period?: unknown };
      const end = periodEndOf(data.period);
      if (typeof data.uppdragId !== 'string' || end === undefined || end.length !== 10) return 'all';
      changes(uppdragEnds, data.uppdragId, end);
      if (typeof data.organId === 'string') changes(organs, data.organId, end);
    }
    // One read per period end (a few at most), earliest first: each organ keeps the earliest it is in.
    const byEnd = new Map<string, string[]>();
    for (const [id, end] of uppdragEnds) byEnd.set(end, [...(byEnd.get(end) ?? []), id]);
    for (const end of [...byEnd.keys()].sort())
      for (const organ of await organsOfUppdrag(this.sql, byEnd.get(end)!)) changes(organs, organ, end);
    return organs;
  }
}
