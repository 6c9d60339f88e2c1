/**
 * The live side: a worker keeps the live version of each projection up to date. It applies only the
 * projections whose lease it holds, and keeps trying to take the others, so of two workers each
 * projection is applied by one, and a survivor takes over what a dead worker held.
 *
 * Once caught up it waits for the store's append watch (a PostgreSQL notification from any process)
 * or, failing that, the next poll. A notification is a hint to read, never a position to trust: the
 * worker reads only what `readAll` says is safe. When a notified position is not readable yet (an
 * older transaction is still open), it looks again shortly instead of waiting for the poll. A
 * notification that comes while batches are being applied is read at once (`readOn`): a write waits
 * for the lanes it is read by, not for the slowest lane of the batch before it.
 *
 * Upgrades without downtime: when the live version of a projection it holds was built by code of
 * another shape (its fingerprint differs from this code's, see fingerprint.ts), the worker rebuilds the
 * projection beside it from position 0 (`rebuild`: under the rebuild lease, so two workers build it
 * once), switches when caught up and drops the old version. Until the switch the old version keeps
 * serving readers, as of where it stood: this code's fold is not applied to tables of another shape.
 */
import { type AppendWatch } from '@sparbar/event-store';
import { type Projection } from '../projection';
import { type Lease } from '../lease/lease';
import { type ProjectionEnvironment } from '../environment';
import { APPLIED_FIRST } from '../catalogue';
import { pump, type PumpOptions } from './pump';
import { rebuild, RebuildInProgressError } from './rebuild';
import { dropRetired, type RetiredProjection, stillThere } from './retired';
import { ensureLive, isCurrent, liveTarget, type Target } from './versions';

/** The wait for a hint while the append watch hears everything, unless told otherwise. */
const WATCHED_IDLE_MS = 5_000;

export interface WorkerOptions {
  batchSize?: number;
  /** Wait between polls once caught up, while no append watch is complete (default 250 ms). */
  idleMs?: number;
  /** Wake on the store's append watch, where it has one (default true; false: poll only). */
  wakeOnAppend?: boolean;
  /**
   * Wait between polls while the append watch hears every append: only a fallback (default 5 s; at
   * most 5 s while another process holds some of the leases, so that a takeover is not delayed).
   */
  watchedIdleMs?: number;
  /** How often leases not held are tried again (the takeover delay after a holder dies). */
  leaseRetryMs?: number;
  onBatch?: PumpOptions['onBatch'];
  /**
   * Projections whose lanes go first and never wait for a connection (default: APPLIED_FIRST, the
   * period table's and Översikt's); the other lanes share the rest of `connections`.
   */
  first?: readonly string[];
  /** The read models' pool size the lanes share (default 8, PgProjectionDb's). */
  connections?: number;
  onError?: (error: unknown) => void;
  /** Events per batch of an upgrade's rebuild (default 10,000). */
  upgradeBatchSize?: number;
  /** Projections no longer built: dropped once what replaced them is current (see retired.ts). */
  retired?: readonly RetiredProjection[];
  /** After an upgrade switched a projection to its rebuilt version (logs, tests). */
  onUpgraded?: (info: { projection: string; version: number; retiredVersion: number | undefined }) => void;
}

interface Held {
  lease: Lease;
  target: Target;
  /** The rebuild under way because the live version is not of this code's shape. */
  upgrading?: Promise<void>;
  /** No new upgrade attempt before this time (another process was rebuilding, or it failed). */
  upgradeRetryAt?: number;
}

export class ProjectionWorker {
  private readonly held = new Map<string, Held>();
  private readonly upgrades = new Set<Promise<void>>();
  private retiredPending: RetiredProjection[];
  private retiredCheckedAt = 0;
  private stopped = false;
  private done: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  private watch: AppendWatch | undefined;
  /** Set by a hint that came while the worker was reading: read again before sleeping. */
  private hinted = false;
  /** The highest position a hint named: known to be in the log, so worth looking for soon. */
  private hintedUpTo = 0;
  /** Pumps waiting to hear of an append while their batches are applied (see `announcedAfter`). */
  private readonly listening = new Set<(position: number | undefined) => void>();

  constructor(
    private readonly env: ProjectionEnvironment,
    private readonly projections: readonly Projection[],
    private readonly options: WorkerOptions = {},
  ) {
    this.retiredPending = [...(options.retired ?? [])];
  }

  /** Names of the projections this worker applies right now. */
  get applying(): string[] {
    return [...this.held.keys()].sort();
  }

  start(): this {
    if (!this.done && this.options.wakeOnAppend !== false) {
      this.watch = this.env.store.watchAppends?.((position) => {
        this.hinted = true;
        if (position !== undefined && position > this.hintedUpTo) this.hintedUpTo = position;
        this.wake?.();
        for (const heard of [...this.listening]) heard(position);
      });
    }
    this.done ??= this.run();
    return this;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    for (const heard of [...this.listening]) heard(undefined);
    await this.watch?.stop();
    await this.done;
    await Promise.allSettled([...this.upgrades]);
    for (const { lease } of this.held.values()) await lease.release();
    this.held.clear();
  }

  private async run(): Promise<void> {
    const leaseRetryMs = this.options.leaseRetryMs ?? 1_000;
    let failures = 0;
    let lookAgain = 0;
    while (!this.stopped) {
      this.hinted = false;
      try {
        await this.acquireLeases();
        const leasesTriedAt = Date.now();
        await this.upgradeStale();
        await this.dropReplaced();
        const targets = [...this.held.values()].filter((h) => isCurrent(h.target)).map((h) => h.target);
        if (targets.length === 0) {
          await this.sleep(leaseRetryMs);
          continue;
        }
        const result = await pump(this.env.store, this.env.db, targets, {
          batchSize: this.options.batchSize ?? 2_000,
          onBatch: this.options.onBatch,
          priority: {
            first: this.options.first ?? APPLIED_FIRST,
            connections: this.options.connections ?? 8,
          },
          // Leave the pump now and then to take over leases a dead worker left behind (and to start
          // upgrades, apply what one switched, drop retired tables) — only when there is such work:
          // leaving waits for every lane, the slowest included, and stalls the reads of new appends.
          shouldStop: () =>
            this.stopped ||
            this.anyLost() ||
            (Date.now() - leasesTriedAt > leaseRetryMs && this.loopHasWork(targets.length)),
          readOn: (lastPosition, applied) => this.announcedAfter(lastPosition, applied),
        });
        failures = 0;
        if (result.outcome === 'fenced') await this.resync(result.targets);
        else if (result.outcome === 'caught-up' && !this.hinted) {
          const idleMs = this.options.idleMs ?? 250;
          const behind = Math.min(...targets.map((t) => t.checkpoint)) < this.hintedUpTo;
          lookAgain = behind ? lookAgain + 1 : 0;
          if (behind) await this.sleep(Math.min(2 ** lookAgain, idleMs));
          else await this.sleep(this.restMs(idleMs));
        }
      } catch (error) {
        this.options.onError?.(error);
        await this.sleep(Math.min(250 * 2 ** failures++, 10_000), { wakeable: false });
      }
    }
  }

  /**
   * How long a caught-up worker waits for a hint. A long wait while it lacks leases (another process
   * holds them) would be a long takeover when that one goes: then at most WATCHED_IDLE_MS.
   */
  private restMs(idleMs: number): number {
    if (!this.watch?.complete) return idleMs;
    const watched = this.options.watchedIdleMs ?? WATCHED_IDLE_MS;
    return this.held.size < this.projections.length ? Math.min(watched, WATCHED_IDLE_MS) : watched;
  }

  private async acquireLeases(): Promise<void> {
    for (const [name, { lease }] of this.held) if (lease.lost) this.held.delete(name);
    for (const projection of this.projections) {
      if (this.stopped || this.held.has(projection.name)) continue;
      const lease = await this.env.leases.tryAcquire(`projection:${projection.name}`);
      if (!lease) continue;
      try {
        this.held.set(projection.name, { lease, target: await ensureLive(this.env.db, projection) });
      } catch (error) {
        await lease.release();
        throw error;
      }
    }
  }

  /** Starts a rebuild for each held projection whose live version is of another shape. */
  private async upgradeStale(): Promise<void> {
    for (const entry of this.held.values()) {
      if (isCurrent(entry.target) || entry.upgrading || this.stopped) continue;
      if (entry.upgradeRetryAt !== undefined && Date.now() < entry.upgradeRetryAt) continue;
      // Another process may have switched it meanwhile.
      entry.target = (await liveTarget(this.env.db, entry.target.projection)) ?? entry.target;
      if (isCurrent(entry.target)) continue;
      const upgrade = this.upgrade(entry).finally(() => {
        entry.upgrading = undefined;
        this.upgrades.delete(upgrade);
        this.wake?.();
      });
      entry.upgrading = upgrade;
      this.upgrades.add(upgrade);
    }
  }

  private async upgrade(entry: Held): Promise<void> {
    const { projection } = entry.target;
    try {
      const [result] = await rebuild(this.env, [projection], {
        batchSize: this.options.upgradeBatchSize ?? 10_000,
        shouldStop: () => this.stopped,
      });
      entry.target = (await liveTarget(this.env.db, projection)) ?? entry.target;
      this.options.onUpgraded?.({
        projection: projection.name,
        version: result.version,
        retiredVersion: result.retiredVersion,
      });
    } catch (error) {
      entry.upgradeRetryAt = Date.now() + (this.options.leaseRetryMs ?? 1_000);
      // Another process rebuilding it is no failure: its switch is seen on the next look.
      if (!this.stopped && !(error instanceof RebuildInProgressError)) this.options.onError?.(error);
    }
  }

  /** Drops each retired projection whose replacements are live in this code's shape. */
  private async dropReplaced(): Promise<void> {
    if (this.retiredPending.length === 0) return;
    if (Date.now() - this.retiredCheckedAt < (this.options.leaseRetryMs ?? 1_000)) return;
    this.retiredCheckedAt = Date.now();
    for (const retired of [...this.retiredPending]) {
      const done = () => (this.retiredPending = this.retiredPending.filter((r) => r !== retired));
      if (!(await stillThere(this.env.db, retired))) {
        done();
        continue;
      }
      const replacements = retired.replacedBy.map((name) => this.projections.find((p) => p.name === name));
      // A worker that does not run the replacements leaves it to one that does.
      if (replacements.some((p) => p === undefined)) continue;
      let current = true;
      for (const projection of replacements as Projection[]) {
        const live = await liveTarget(this.env.db, projection);
        if (!live || !isCurrent(live)) current = false;
      }
      if (!current) continue;
      await dropRetired(this.env.db, retired);
      done();
    }
  }

  /**
   * True once an append after `position` is announced (or one without a position), false if the
   * batches under way are applied first: the pump reads it at once instead of after its slowest lane.
   */
  private announcedAfter(position: number, applied: Promise<unknown>): Promise<boolean> {
    if (this.hintedUpTo > position) return Promise.resolve(true);
    return new Promise((resolve) => {
      const heard = (announced: number | undefined) => {
        if (announced !== undefined && announced <= position) return;
        this.listening.delete(heard);
        resolve(!this.stopped);
      };
      this.listening.add(heard);
      void applied.then(() => {
        this.listening.delete(heard);
        resolve(false);
      });
    });
  }

  /**
   * True when the loop around the pump has work: a lease not held (another worker's, or a dead one's
   * to take over), a held projection not current (upgrading, or its upgrade to retry or switched since
   * the pump started with `pumping` targets), retired tables to drop.
   */
  private loopHasWork(pumping: number): boolean {
    if (this.held.size < this.projections.length || this.retiredPending.length > 0) return true;
    let current = 0;
    for (const { target } of this.held.values()) {
      if (!isCurrent(target)) return true;
      current++;
    }
    return current !== pumping;
  }

  private anyLost(): boolean {
    return [...this.held.values()].some((h) => h.lease.lost);
  }

  /** A fenced target moved under us (a switch to a rebuilt version): read where it stands now. */
  private async resync(fenced: readonly Target[]): Promise<void> {
    for (const target of fenced) {
      const entry = this.held.get(target.projection.name);
      if (!entry) continue;
      entry.target =
        (await liveTarget(this.env.db, target.projection)) ??
        (await ensureLive(this.env.db, target.projection));
    }
  }

  /** `wakeable: false`: only `stop` ends it early, not a hint (a failing database is not hammered). */
  private sleep(ms: number, { wakeable = true } = {}): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      const wake = () => {
        clearTimeout(timer);
        resolve();
      };
      this.wake = wakeable ? wake : () => this.stopped && wake();
    });
  }
}
