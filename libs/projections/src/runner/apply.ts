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
  const [outcome] = await applyToTargets(tx, [target], events);
  return outcome;
}

/** The fence and the checkpoints of the targets in one statement each, whatever their number. */
async function applyToTargets(
  tx: ProjectionTx,
  targets: readonly Target[],
  events: readonly StoredEvent[],
): Promise<ApplyOutcome[]> {
  const names = targets.map((t) => t.projection.name);
  const versions = targets.map((t) => t.version);
  const rows = await tx.query<{
    projection: string;
    version: number;
    state: string;
    checkpoint: string | number;
  }>(
    `SELECT v.projection, v.version, v.state, v.checkpoint
       FROM projection_versions v JOIN unnest($1::text[], $2::int[]) AS t(projection, version) USING (projection, version)
      ORDER BY v.projection, v.version FOR UPDATE OF v`,
    [names, versions],
  );
  const outcomes: ApplyOutcome[] = [];
  const moved: { target: Target; last: number; count: number }[] = [];
  for (const target of targets) {
    const row = rows.find(
      (r) => r.projection === target.projection.name && Number(r.version) === target.version,
    );
    if (!row || row.state !== target.state || Number(row.checkpoint) !== target.checkpoint) {
      outcomes.push('fenced');
      continue;
    }
    outcomes.push('applied');
    const todo = events.filter((e) => e.position > target.checkpoint);
    if (todo.length === 0) continue;
    await target.projection.applyBatch(tx, todo, tableNamesOf(target.projection, target.version));
    moved.push({ target, last: todo[todo.length - 1].position, count: todo.length });
  }
  if (moved.length > 0) {
    await tx.query(
      `UPDATE projection_versions v SET checkpoint = m.checkpoint, events_applied = v.events_applied + m.count
         FROM unnest($1::text[], $2::int[], $3::bigint[], $4::bigint[]) AS m(projection, version, checkpoint, count)
        WHERE v.projection = m.projection AND v.version = m.version`,
      [
        moved.map((m) => m.target.projection.name),
        moved.map((m) => m.target.version),
        moved.map((m) => m.last),
        moved.map((m) => m.count),
      ],
    );
  }
  return outcomes;
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
