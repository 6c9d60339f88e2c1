/**
 * Reads the log in batches from the lowest checkpoint of the targets and applies each batch to all of
 * them: one read serves several read models. The next batch is read while the current one is being
 * applied, so reading and writing overlap (the database and Node each have work to do meanwhile);
 * at most two batches are ever in memory, whatever the length of the log.
 */
import { type EventStore, type StoredEvent } from '@sparbar/event-store';
import { type ProjectionDb } from '../db/projection-db';
import { applyBatch } from './apply';
import { type Target } from './versions';

export interface PumpOptions {
  /** Events per batch and transaction. */
  batchSize: number;
  /**
   * Events per `readAll` call; a batch is read in several pages. Kept small because PostgreSQL plans
   * the store's read-all query (whose upper bound it cannot see at planning time) as "fetch the whole
   * rest of the log and sort it" once the page is large next to what it thinks remains.
   */
  readSize?: number;
  /** Asked before each batch; true stops the pump after the batch under way. */
  shouldStop?: () => boolean;
  /** After each committed batch (progress, metrics, tests). */
  onBatch?: (info: { events: number; lastPosition: number; targets: readonly Target[] }) => void;
}

interface Batch {
  events: StoredEvent[];
  /** False when the log had nothing more to give: the pump has caught up after this batch. */
  full: boolean;
}

export type PumpResult = { outcome: 'caught-up' | 'stopped' } | { outcome: 'fenced'; targets: Target[] };

/** Applies until the log has nothing more that is safe to read, the caller stops it, or a fence trips. */
export async function pump(
  store: EventStore,
  db: ProjectionDb,
  targets: readonly Target[],
  options: PumpOptions,
): Promise<PumpResult> {
  if (targets.length === 0) return { outcome: 'caught-up' };
  const pageSize = Math.min(options.readSize ?? 1_000, options.batchSize);
  const read = async (after: number): Promise<Batch> => {
    const events: StoredEvent[] = [];
    while (events.length < options.batchSize) {
      const wanted = Math.min(pageSize, options.batchSize - events.length);
      const page = await store.readAll({ after, maxCount: wanted });
      for (const event of page) events.push(event);
      if (page.length < wanted) return { events, full: false };
      after = page[page.length - 1].position;
    }
    return { events, full: true };
  };
  let next: Promise<Batch> | undefined = read(Math.min(...targets.map((t) => t.checkpoint)));
  try {
    while (next) {
      const { events, full } = await next;
      next = undefined;
      if (events.length === 0) return { outcome: 'caught-up' };
      if (full) next = read(events[events.length - 1].position);
      const fenced = await applyBatch(db, targets, events);
      if (fenced.length > 0) return { outcome: 'fenced', targets: fenced };
      options.onBatch?.({ events: events.length, lastPosition: events[events.length - 1].position, targets });
      if (!full) return { outcome: 'caught-up' };
      if (options.shouldStop?.()) return { outcome: 'stopped' };
    }
    return { outcome: 'caught-up' };
  } finally {
    // A read left in flight must not become an unhandled rejection.
    next?.catch(() => undefined);
  }
}

/**
 * Pumps until every target has applied the event at `until` (a position the caller knows is in the
 * log, e.g. from its own append). `readAll` withholds events while an older transaction anywhere in
 * the database is still open, so "nothing more to read" alone does not mean "up to my write".
 */
export async function pumpUntil(
  store: EventStore,
  db: ProjectionDb,
  targets: readonly Target[],
  options: PumpOptions & { until?: number; timeoutMs?: number },
): Promise<PumpResult> {
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  for (;;) {
    const result = await pump(store, db, targets, options);
    if (result.outcome !== 'caught-up' || options.until === undefined) return result;
    if (targets.every((t) => t.checkpoint >= options.until!)) return result;
    if (Date.now() > deadline) throw new Error(`Projections did not reach position ${options.until} in time`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
