/**
 * Reads the log in batches from the lowest checkpoint of the targets and applies each batch to all of
 * them: one read serves several read models. Each target applies the batches on its own lane (see
 * `Lanes`), up to IN_FLIGHT batches' worth of events behind the read, and the next batch is read
 * meanwhile, so reading, folding and loading overlap. At most IN_FLIGHT + 1 batches' worth of events
 * are in memory, whatever the length of the log. Once it has read all that is safe, a live pump may
 * read on as appends are announced (`readOn`), without first waiting for every lane.
 *
 * What is in flight is counted in events, not batches: live, each announced append makes a batch of a
 * few events, and a count of batches made the fastest lane wait for the slowest one's transaction
 * two batches back. Now the lanes that keep up apply each small batch as it comes, and a slower lane
 * merges the small batches waiting for it into one transaction (see `Lanes`).
 */
import { type EventStore, type StoredEvent } from '@sparbar/event-store';
import { type ProjectionDb } from '../db/projection-db';
import { type LanePriority, Lanes } from './apply';
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
  /** Asked before each batch; true stops the pump once the batches under way are applied. */
  shouldStop?: () => boolean;
  /**
   * Asked when a read found the end of what is safe to read, with the last position it read and the
   * batches under way: true (an append beyond that position was announced before they were all
   * applied) reads on at once instead of returning once they are. The next read then overlaps their
   * applying, and a lane that is done starts on it without waiting for the slowest lane.
   */
  readOn?: (lastPosition: number, applied: Promise<unknown>) => Promise<boolean>;
  /** Lanes that go first and the connections the lanes share (see `Lanes`); none: all alike. */
  priority?: LanePriority;
  /** After each committed batch (progress, metrics, tests). */
  onBatch?: (info: { events: number; lastPosition: number; targets: readonly Target[] }) => void;
}

interface Batch {
  events: StoredEvent[];
  /** False when the log had nothing more to give: the pump has caught up after this batch. */
  full: boolean;
}

/**
 * Batches' worth of events being applied at once: two let each lane start the next batch while another
 * lane loads.
 */
const IN_FLIGHT = 2;

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
  const readPages = async (after: number): Promise<Batch> => {
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
  /**
   * A read is started before the batch ahead of it is applied: its failure (a connection timeout under
   * load) must not become an unhandled rejection, which ends the process, while the pump awaits the
   * lanes. It is still thrown where the pump takes the batch.
   */
  const read = (after: number): Promise<Batch> => {
    const reading = readPages(after);
    reading.catch(() => undefined);
    return reading;
  };
  const lanes = new Lanes(db, targets, options.batchSize, options.priority);
  /** Events in the batches under way; the oldest is waited for beyond IN_FLIGHT - 1 batches' worth. */
  let inFlight = 0;
  const applying: { done: Promise<Target[]>; events: number; lastPosition: number }[] = [];
  /** Waits for the oldest batch under way; the targets it fenced, if any. */
  const settleOldest = async (): Promise<Target[]> => {
    const { done, events, lastPosition } = applying[0];
    const fenced = await done;
    applying.shift();
    inFlight -= events;
    if (fenced.length === 0) options.onBatch?.({ events, lastPosition, targets });
    return fenced;
  };
  let next: Promise<Batch> | undefined = read(Math.min(...targets.map((t) => t.checkpoint)));
  let outcome: 'caught-up' | 'stopped' = 'caught-up';
  try {
    while (next) {
      const { events, full } = await next;
      next = undefined;
      if (events.length === 0) break;
      const lastPosition = events[events.length - 1].position;
      if (full) next = read(lastPosition);
      const done = lanes.push(events);
      // Awaited in order by `settleOldest`; a later batch failing meanwhile is no unhandled rejection.
      done.catch(() => undefined);
      applying.push({ done, events: events.length, lastPosition });
      inFlight += events.length;
      while (applying.length > 1 && inFlight > (IN_FLIGHT - 1) * options.batchSize) {
        const fenced = await settleOldest();
        if (fenced.length > 0) return { outcome: 'fenced', targets: fenced };
      }
      if (!full) {
        const applied = Promise.allSettled(applying.map((a) => a.done));
        if (!options.readOn || !(await options.readOn(lastPosition, applied))) break;
        next = read(lastPosition);
      }
      if (options.shouldStop?.()) {
        outcome = 'stopped';
        break;
      }
    }
    while (applying.length > 0) {
      const fenced = await settleOldest();
      if (fenced.length > 0) return { outcome: 'fenced', targets: fenced };
    }
    return { outcome };
  } finally {
    // A read left in flight must not become an unhandled rejection, and no batch may still be being
    // applied once the pump has returned (the caller may re-read checkpoints or release leases).
    next?.catch(() => undefined);
    await Promise.allSettled(applying.map((a) => a.done));
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
