/**
 * One batch, one transaction: for each target, lock its version row, check that nobody moved the
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
  const [row] = await tx.query<{ state: string; checkpoint: string | number }>(
    'SELECT state, checkpoint FROM projection_versions WHERE projection = $1 AND version = $2 FOR UPDATE',
    [target.projection.name, target.version],
  );
  if (!row || row.state !== target.state || Number(row.checkpoint) !== target.checkpoint) return 'fenced';
  const todo = events.filter((e) => e.position > target.checkpoint);
  if (todo.length === 0) return 'applied';
  await target.projection.applyBatch(tx, todo, tableNamesOf(target.projection, target.version));
  const last = todo[todo.length - 1].position;
  await tx.query(
    `UPDATE projection_versions SET checkpoint = $3, events_applied = events_applied + $4
      WHERE projection = $1 AND version = $2`,
    [target.projection.name, target.version, last, todo.length],
  );
  return 'applied';
}

/**
 * Applies a batch to every target in one transaction. On success the targets' checkpoints are moved in
 * memory too; a fenced target is reported so the caller re-reads where it stands.
 */
export async function applyBatch(
  db: ProjectionDb,
  targets: readonly Target[],
  events: readonly StoredEvent[],
): Promise<Target[]> {
  if (events.length === 0) return [];
  const fenced = await db.transaction(async (tx) => {
    // A projection is derived data: after a server crash it may lose its last few batches, together
    // with their checkpoint, and simply applies them again. It never needs to wait for the disk.
    await tx.exec('SET LOCAL synchronous_commit = off');
    const out: Target[] = [];
    for (const target of targets) {
      if ((await applyToTarget(tx, target, events)) === 'fenced') out.push(target);
    }
    return out;
  });
  const last = events[events.length - 1].position;
  for (const target of targets) {
    if (!fenced.includes(target) && target.checkpoint < last) target.checkpoint = last;
  }
  return fenced;
}
