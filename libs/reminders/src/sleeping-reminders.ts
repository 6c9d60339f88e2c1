/**
 * The reminders of one of many tenants a worker serves, awake only while there is something to do
 * (issue 22: 300 idle tenants must cost almost nothing). Awake, they are `startReminders` as a single
 * installation runs them: the model folded from the whole log, the driver following it, a BullMQ
 * worker with its blocking Redis connection. Asleep, they hold none of that: the queue keeps the
 * planned jobs in the tenant's prefix, and the tenant only listens for its appends (on the server's
 * shared LISTEN connection) and keeps one timer for its next job.
 *
 * They wake when the log grows (an append heard, or a head past the checkpoint at a look), when a job
 * falls due within `wakeLeadMs` (time to follow the log before it runs) or is waiting or running, and
 * when the queue's epoch is not the checkpoint's (Redis came back empty: the schedule is rebuilt).
 * They fall asleep after `sleepAfterMs` with no append heard and nothing due within the lead; the
 * driver then leaves a checkpoint at the end of what it folded, so a tenant whose log and queue did not
 * change starts asleep, without reading its log, also when the worker restarts.
 *
 * Never lost or sent twice, as awake: falling asleep closes the BullMQ worker gracefully (running jobs
 * finish first), the jobs stay in Redis, and a job left running by a worker that died counts as due,
 * so a worker is started whose stalled check takes it over.
 */
import { type AppendWatch } from '@sparbar/event-store';
import { BullReminderQueue } from './bullmq-queue';
import { type RemindersOptions, type RunningReminders, startReminders } from './reminders';
import { ensureScheduleTable, readScheduleCheckpoint, scheduleNameOf } from './schedule-driver';

export interface SleepingRemindersOptions extends RemindersOptions {
  redisUrl: string;
  /** Awake with no append heard and nothing due within the lead for this long: falls asleep (5 min). */
  sleepAfterMs?: number;
  /** Wakes this long before its next job falls due, to follow the log first (60 s). */
  wakeLeadMs?: number;
  /**
   * Asleep, how often it looks at the log's head, the queue's epoch and its next job anyway (5 min).
   * Only a fallback: an append is heard (while the notifications are not, it looks every 2 s), and its
   * next job is timed; what remains is a hint lost with a writer that died after its commit, and a
   * Redis that came back empty with no job of this tenant due (one due wakes it in time and rebuilds).
   */
  lookMs?: number;
}

/** While the append notifications are not heard (reconnecting), how often a sleeper looks at the head. */
const UNWATCHED_LOOK_MS = 2_000;
/** setTimeout's limit; a later job is looked at again before then. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export class SleepingReminders {
  private running: RunningReminders | undefined;
  /** Reads the queue while asleep; runs no jobs. */
  private readonly looker: BullReminderQueue;
  private watch: AppendWatch | undefined;
  private timer: NodeJS.Timeout | undefined;
  private lastHeard = Date.now();
  private nextAt: number | undefined;
  private work: Promise<void> = Promise.resolve();
  private closed = false;
  private readonly sleepAfterMs: number;
  private readonly wakeLeadMs: number;
  private readonly lookMs: number;
  private readonly name: string;
  /** How many times the reminders woke (followed the log and started a queue worker). */
  wakes = 0;

  private constructor(private readonly options: SleepingRemindersOptions) {
    this.sleepAfterMs = options.sleepAfterMs ?? 300_000;
    this.wakeLeadMs = options.wakeLeadMs ?? 60_000;
    this.lookMs = options.lookMs ?? 300_000;
    this.name = scheduleNameOf(options.prefix);
    this.looker = new BullReminderQueue({
      redisUrl: options.redisUrl,
      prefix: options.prefix,
      shared: options.sharedRedis,
    });
  }

  /** Starts asleep when the schedule in the queue is up to date with the log and nothing is due soon. */
  static async start(options: SleepingRemindersOptions): Promise<SleepingReminders> {
    const reminders = new SleepingReminders(options);
    try {
      if (options.sql) await ensureScheduleTable(options.sql);
      await reminders.looker.ready();
      reminders.watch = options.store.watchAppends?.(() => reminders.heard());
      await reminders.serial(() => reminders.look());
    } catch (error) {
      await reminders.close().catch(() => undefined);
      throw error;
    }
    return reminders;
  }

  get awake(): boolean {
    return this.running !== undefined;
  }

  /** The running reminders while awake (tests). */
  get current(): RunningReminders | undefined {
    return this.running;
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    await this.work;
    await this.watch?.stop().catch(() => undefined);
    await this.running?.close();
    this.running = undefined;
    await this.looker.close().catch(() => undefined);
  }

  private heard(): void {
    this.lastHeard = Date.now();
    if (!this.running && !this.closed) void this.serial(() => this.look());
  }

  /** Asleep: wakes if there is work. Awake: falls asleep if there is none. Then sets the next look. */
  private async look(): Promise<void> {
    if (this.closed) return;
    try {
      if (!this.running && (await this.mustWake())) await this.wake();
      else if (this.running && (await this.mayRest())) {
        await this.rest();
        // An append heard or a job added while it closed.
        if (await this.mustWake()) await this.wake();
      }
    } catch (error) {
      this.options.log?.('warn', `påminnelserna kunde inte se efter i kön: ${String(error)}`);
    }
    this.arm();
  }

  private async mustWake(): Promise<boolean> {
    const { sql, store } = this.options;
    const checkpoint = sql && (await readScheduleCheckpoint(sql, this.name));
    if (!checkpoint) return true;
    const epoch = await this.looker.epoch().catch(() => undefined);
    // Redis away: nothing can run or be planned now; look again later.
    if (epoch === undefined) return false;
    if (epoch !== checkpoint.epoch) return true;
    if ((await store.headPosition()) > checkpoint.position) return true;
    return this.dueSoon();
  }

  private async mayRest(): Promise<boolean> {
    if (Date.now() - this.lastHeard < this.sleepAfterMs) return false;
    return !(await this.dueSoon());
  }

  /** A job is waiting or running, or one falls due within the lead; remembers when the next does. */
  private async dueSoon(): Promise<boolean> {
    const due = await this.looker.whenDue();
    this.nextAt = due.nextAt;
    return due.ready > 0 || (due.nextAt !== undefined && due.nextAt - Date.now() <= this.wakeLeadMs);
  }

  private async wake(): Promise<void> {
    this.wakes++;
    this.lastHeard = Date.now();
    this.running = await startReminders(this.options);
  }

  private async rest(): Promise<void> {
    const running = this.running;
    this.running = undefined;
    await running?.close();
  }

  private arm(): void {
    clearTimeout(this.timer);
    if (this.closed) return;
    let ms: number;
    if (this.running) ms = Math.min(this.sleepAfterMs, this.lookMs);
    else {
      ms = this.watch && !this.watch.complete ? Math.min(this.lookMs, UNWATCHED_LOOK_MS) : this.lookMs;
      if (this.nextAt !== undefined)
        ms = Math.min(ms, Math.max(0, this.nextAt - this.wakeLeadMs - Date.now()));
    }
    this.timer = setTimeout(() => void this.serial(() => this.look()), Math.min(ms, MAX_TIMER_MS));
    this.timer.unref?.();
  }

  private serial(step: () => Promise<void>): Promise<void> {
    const next = this.work.then(step, step);
    this.work = next.catch(() => undefined);
    return next;
  }
}
