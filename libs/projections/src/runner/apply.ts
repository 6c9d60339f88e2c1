/**
 * One batch, one transaction per target: lock its version row, check that nobody moved the
 * checkpoint meanwhile, apply the events after it, and move the checkpoint to the last event. A crash
 * anywhere rolls all of it back, so an event is applied exactly once however often the process dies.
 *
 * The checkpoint check is a fence, not only a guard against bugs: if two processes ever applied the
 * same version (a lease lost while a batch was under way), the second one finds the checkpoint moved
 * and applies nothing.
 */
import { type StoredEvent } from '@sparbar/event-store';
import { type ProjectionDb, type ProjectionTx } from '../db/projection-db';
import { tableNamesOf } from '../projection';
import { type Target } from './versions';

export type ApplyOutcome = 'applied' | 'fenced';

export async function applyToTarget(
  tx: ProjectionTx,
  target: Target,
  events: readonly StoredEvent[],
): Promise<ApplyOutcome> {
  const { projection, version } = target;
  const [row] = await tx.query<{ state: string; checkpoint: string | number }>(
    'SELECT state, checkpoint FROM projection_versions WHERE projection = $1 AND version = $2 FOR UPDATE',
    [projection.name, version],
  );
  if (!row || row.state !== target.state || Number(row.checkpoint) !== target.checkpoint) return 'fenced';
  const todo = events.filter((e) => e.position > target.checkpoint);
  if (todo.length === 0) return 'applied';
  await projection.applyBatch(tx, todo, tableNamesOf(projection, version));
  await tx.query(
    `UPDATE projection_versions SET checkpoint = $3, events_applied = events_applied + $4
      WHERE projection = $1 AND version = $2`,
    [projection.name, version, todo[todo.length - 1].position, todo.length],
  );
  return 'applied';
}

/**
 * One batch to one target in a transaction of its own; on success the target's checkpoint moves in
 * memory too. A projection is derived data: after a server crash it may lose its last few batches,
 * together with their checkpoint, and simply applies them again, so the commit never waits for the disk.
 */
export async function applyInTransaction(
  db: ProjectionDb,
  target: Target,
  events: readonly StoredEvent[],
): Promise<ApplyOutcome> {
  if (events.length === 0) return 'applied';
  const outcome = await db.transaction(async (tx) => {
    await tx.exec('SET LOCAL synchronous_commit = off');
    return applyToTarget(tx, target, events);
  });
  const last = events[events.length - 1].position;
  if (outcome === 'applied' && target.checkpoint < last) target.checkpoint = last;
  return outcome;
}

/**
 * A lane per target: each applies the batches in log order, one transaction per batch, without waiting
 * for the other targets. While the server loads one read model's rows, Node works out the next batch
 * of another; a barrier after every batch (all targets done before any starts the next) left Node
 * idle while the slowest load finished. Exactly once holds per lane: a batch starts only after the
 * lane's previous one committed, and a lane that failed or was fenced applies nothing more (a later
 * batch applied after a failed one would leave a gap).
 */
export class Lanes {
  private readonly tails: Promise<ApplyOutcome>[];

  constructor(
    private readonly db: ProjectionDb,
    private readonly targets: readonly Target[],
  ) {
    this.tails = targets.map(() => Promise.resolve('applied'));
  }

  /**
   * Queues a batch on every lane. Resolves once every lane has applied it, with the targets that were
   * fenced (the caller re-reads where they stand); rejects with the first failure.
   */
  async push(events: readonly StoredEvent[]): Promise<Target[]> {
    const outcomes = this.targets.map((target, i) => {
      this.tails[i] = this.tails[i].then((previous) =>
        previous === 'fenced' ? 'fenced' : applyInTransaction(this.db, target, events),
      );
      return this.tails[i];
    });
    const settled = await Promise.allSettled(outcomes);
    const failed = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
    return this.targets.filter(
      (_, i) => (settled[i] as PromiseFulfilledResult<ApplyOutcome>).value === 'fenced',
    );
  }
}
