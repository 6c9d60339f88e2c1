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
 * Applies a batch to every target, each in its own transaction and all at once: while the server loads
 * one read model's rows, Node works out the next one's, and the server's loads run side by side on
 * their own connections. (One transaction for all targets left Node idle during every load and the
 * server idle during every fold.) Each target's rows and checkpoint still commit together, so exactly
 * once holds per target; a target whose transaction failed keeps its old checkpoint, and the fence sends
 * any runner that disagrees back to re-read. On success the targets' checkpoints are moved in memory
 * too; a fenced target is reported so the caller re-reads where it stands.
 */
export async function applyBatch(
  db: ProjectionDb,
  targets: readonly Target[],
  events: readonly StoredEvent[],
): Promise<Target[]> {
  if (events.length === 0) return [];
  const last = events[events.length - 1].position;
  const settled = await Promise.allSettled(
    targets.map((target) =>
      db.transaction(async (tx) => {
        // A projection is derived data: after a server crash it may lose its last few batches, together
        // with their checkpoint, and simply applies them again. It never needs to wait for the disk.
        await tx.exec('SET LOCAL synchronous_commit = off');
        return applyToTarget(tx, target, events);
      }),
    ),
  );
  const fenced: Target[] = [];
  settled.forEach((result, i) => {
    const target = targets[i];
    if (result.status === 'fulfilled' && result.value === 'applied' && target.checkpoint < last) {
      target.checkpoint = last;
    }
    if (result.status === 'fulfilled' && result.value === 'fenced') fenced.push(target);
  });
  const failed = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
  return fenced;
}
