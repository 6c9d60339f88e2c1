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
  /** Asked before each batch; true stops the pump after the batch under way. */
  shouldStop?: () => boolean;
  /** After each committed batch (progress, metrics, tests). */
  onBatch?: (info: { events: number; lastPosition: number; targets: readonly Target[] }) => void;
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
  const read = (after: number) => store.readAll({ after, maxCount: options.batchSize });
  let next: Promise<StoredEvent[]> | undefined = read(Math.min(...targets.map((t) => t.checkpoint)));
  try {
    while (next) {
      const events = await next;
      next = undefined;
      if (events.length === 0) return { outcome: 'caught-up' };
      const full = events.length >= options.batchSize;
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
