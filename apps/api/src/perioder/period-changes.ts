/**
 * Which organs' period answers the events between two checkpoints of the period facts can have
 * changed, so that an organ's kept table, måluppfyllelse or aging is moved to the new state instead of
 * computed again when only other organs' uppdrag were reported (see ReadModelAnswers' `stillHolds`).
 *
 * Only a report and its correction are narrowed down: each changes the tables of the organs its
 * uppdrag is (or ever was) directed to, given by or coordinated by, and of the organ whose part it is.
 * Every other event — a registration, a redirection, a delmål's bedömning, an adoption, anything new —
 * counts as changing every organ, so an event type added later can only cost a computation.
 */
import { Inject, Injectable } from '@nestjs/common';
import { type EventStore, type SqlDriver } from '@sparbar/event-store';
import { organsOfUppdrag } from '@sparbar/projections';
import { EVENT_STORE, SQL_DATABASE } from '@sparbar/runtime';

export type ChangedOrgans = ReadonlySet<string> | 'all';

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

  /** True when no event after `from` up to `to` can have changed `organ`'s period answers. */
  async unchangedFor(organ: string, from: number, to: number): Promise<boolean> {
    const changed = await this.between(from, to);
    return changed !== 'all' && !changed.has(organ);
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
    const uppdragIds = new Set<string>();
    const organs = new Set<string>();
    let count = 0;
    for await (const event of this.store.readRange({ after: from, upTo: to })) {
      if (++count > MAX_EVENTS || !NARROWED.has(event.type)) return 'all';
      const data = event.data as { uppdragId?: unknown; organId?: unknown };
      if (typeof data.uppdragId !== 'string') return 'all';
      uppdragIds.add(data.uppdragId);
      if (typeof data.organId === 'string') organs.add(data.organId);
    }
    for (const organ of await organsOfUppdrag(this.sql, [...uppdragIds])) organs.add(organ);
    return organs;
  }
}
