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

/** The fence's lock; with `relaxed`, the same round trip lets the commit skip waiting for the disk. */
const LOCK_SQL =
  'SELECT state, checkpoint FROM projection_versions WHERE projection = $1 AND version = $2 FOR UPDATE';
const LOCK_RELAXED_SQL = `SELECT state, checkpoint, set_config('synchronous_commit', 'off', true)
   FROM projection_versions WHERE projection = $1 AND version = $2 FOR UPDATE`;

export async function applyToTarget(
  tx: ProjectionTx,
  target: Target,
  events: readonly StoredEvent[],
  { relaxed = false } = {},
): Promise<ApplyOutcome> {
  const { projection, version } = target;
  const [row] = await tx.query<{ state: string; checkpoint: string | number }>(
    relaxed ? LOCK_RELAXED_SQL : LOCK_SQL,
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
  // A live batch is a few round trips on the way from a write to the reads showing it: the setting
  // rides on the fence's lock instead of a statement of its own.
  const outcome = await db.transaction((tx) => applyToTarget(tx, target, events, { relaxed: true }));
  const last = events[events.length - 1].position;
  if (outcome === 'applied' && target.checkpoint < last) target.checkpoint = last;
  return outcome;
}

/** Which lanes go first, and how many transactions the lanes may have open at once. */
export interface LanePriority {
  /**
   * Projections whose lanes never wait for a transaction slot (the read models a user waits on after a
   * write: the period table and Översikt). The other lanes share what is left of `connections`.
   */
  first: readonly string[];
  /** The read models' connections the lanes share (the pool's size). */
  connections: number;
}

/**
 * A lane per target: each applies the batches in log order, one transaction at a time, without waiting
 * for the other targets. While the server loads one read model's rows, Node works out the next batch
 * of another; a barrier after every batch (all targets done before any starts the next) left Node
 * idle while the slowest load finished. A lane that finds several batches waiting when its transaction
 * is done applies them together (as long as they come to at most `mergeUpTo` events): small batches
 * read one after another as appends are announced cost one transaction, not one each, so a lane that
 * fell behind catches up instead of falling further behind. Exactly once holds per lane: a
 * transaction starts only after the lane's previous one committed, and a lane that failed or was
 * fenced applies nothing more (a later batch applied after a failed one would leave a gap).
 *
 * With a `priority`, the lanes it names first start first and never wait for a slot, while the others
 * together keep at most the rest of the connections busy: a slow read model's transactions (the audit
 * trail's, the chain's) no longer make the period table's wait for a free connection of the pool.
 */
export class Lanes {
  private readonly lanes: Lane[];

  constructor(
    db: ProjectionDb,
    private readonly targets: readonly Target[],
    mergeUpTo = 0,
    priority?: LanePriority,
  ) {
    const first = new Set(priority?.first ?? []);
    const firstCount = targets.filter((t) => first.has(t.projection.name)).length;
    const slots = priority ? new Slots(Math.max(1, priority.connections - firstCount)) : undefined;
    const lanes = targets.map(
      (target) => new Lane(db, target, mergeUpTo, first.has(target.projection.name) ? undefined : slots),
    );
    // The first lanes ask for their connections first (a pool hands them out in the order asked).
    this.lanes = [
      ...lanes.filter((_, i) => first.has(targets[i].projection.name)),
      ...lanes.filter((_, i) => !first.has(targets[i].projection.name)),
    ];
  }

  /**
   * Queues a batch on every lane. Resolves once every lane has applied it, with the targets that were
   * fenced (the caller re-reads where they stand); rejects with the first failure.
   */
  async push(events: readonly StoredEvent[]): Promise<Target[]> {
    const settled = await Promise.allSettled(this.lanes.map((lane) => lane.push(events)));
    const failed = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
    const fenced = new Set(
      this.lanes
        .filter((_, i) => (settled[i] as PromiseFulfilledResult<ApplyOutcome>).value === 'fenced')
        .map((lane) => lane.target),
    );
    return this.targets.filter((t) => fenced.has(t));
  }
}

/** A count of transactions that may be open at once, handed out in the order asked for. */
class Slots {
  private readonly queue: (() => void)[] = [];

  constructor(private free: number) {}

  async take(): Promise<void> {
    if (this.free > 0) {
      this.free--;
      return;
    }
    await new Promise<void>((resolve) => this.queue.push(resolve));
  }

  give(): void {
    const next = this.queue.shift();
    if (next) next();
    else this.free++;
  }
}

interface Waiting {
  events: readonly StoredEvent[];
  done: (outcome: ApplyOutcome) => void;
  fail: (error: unknown) => void;
}

class Lane {
  private readonly waiting: Waiting[] = [];
  private running = false;
  private fenced = false;
  private failure: { error: unknown } | undefined;

  constructor(
    private readonly db: ProjectionDb,
    readonly target: Target,
    private readonly mergeUpTo: number,
    /** Shared with the other lanes that do not go first; none for a lane that does. */
    private readonly slots?: Slots,
  ) {}

  push(events: readonly StoredEvent[]): Promise<ApplyOutcome> {
    return new Promise((done, fail) => {
      this.waiting.push({ events, done, fail });
      if (!this.running) void this.run();
    });
  }

  private async run(): Promise<void> {
    this.running = true;
    while (this.waiting.length > 0) {
      const taken = this.take();
      if (this.failure) for (const w of taken) w.fail(this.failure.error);
      else if (this.fenced) for (const w of taken) w.done('fenced');
      else {
        await this.slots?.take();
        // Batches queued while waiting for the slot join this transaction.
        if (this.slots) taken.push(...this.take(taken));
        try {
          const events = taken.length === 1 ? taken[0].events : taken.flatMap((w) => w.events);
          const outcome = await applyInTransaction(this.db, this.target, events);
          if (outcome === 'fenced') this.fenced = true;
          for (const w of taken) w.done(outcome);
        } catch (error) {
          this.failure = { error };
          for (const w of taken) w.fail(error);
        } finally {
          this.slots?.give();
        }
      }
    }
    this.running = false;
  }

  /**
   * The oldest waiting batch, and those after it while together they stay within `mergeUpTo`; or, given
   * the batches already taken, those that may join them.
   */
  private take(taken: readonly Waiting[] = []): Waiting[] {
    if (this.waiting.length === 0) return [];
    let count = taken.reduce((sum, w) => sum + w.events.length, 0);
    let n = 0;
    if (taken.length === 0) {
      count = this.waiting[0].events.length;
      n = 1;
    }
    while (n < this.waiting.length && count + this.waiting[n].events.length <= this.mergeUpTo) {
      count += this.waiting[n].events.length;
      n++;
    }
    return this.waiting.splice(0, n);
  }
}
