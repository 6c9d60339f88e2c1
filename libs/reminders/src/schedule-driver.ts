/**
 * Keeps the queue equal to the plan of every uppdrag, delmål, uppsiktsärende and internkontrollplan,
 * driven by the log.
 *
 * At start it follows the whole log into the model. Events up to its checkpoint (kept in SQL with
 * the epoch of the schedule it built) are already in the queue, so only the items touched after
 * the checkpoint are planned again: the jobs no longer planned are removed, the planned ones added
 * (an id already in the queue is ignored, so nothing is scheduled twice). After that, each event
 * about one of those items re-plans that item (a plan's event: all its kontrollmoment and åtgärder).
 *
 * When the queue's epoch differs from the checkpoint's — Redis restarted empty, or this is the first
 * start — every item is planned and added, a new epoch is written to both, and the checkpoint
 * moves to the end of what was folded. The epoch is looked at every few seconds, so a Redis that
 * comes back empty gets its schedule back without a restart of the worker; a reminder due while it
 * was away is then added with its time in the past and goes out at once — once, because the worker
 * checks the log before delivering.
 */
import { randomUUID } from 'node:crypto';
import {
  DEFAULT_REPORTING_CALENDAR,
  planAtgardReminders,
  planDelmalReminders,
  planKontrollmomentReminders,
  planReminders,
  planUppsiktReminders,
  type ReminderSettings,
  type ReportingCalendar,
} from '@sparbar/domain';
import { type EventStore, type SqlDriver, type StoredEvent, type Subscription } from '@sparbar/event-store';
import {
  delmalReminderItemOf,
  type ItemKey,
  itemKey,
  parseItemKey,
  type ReminderModel,
  reminderItemOf,
} from './reminder-model';
import { atgardReminderItemOf, kontrollmomentReminderItemOf, uppsiktReminderItemOf } from './oversight-facts';
import { type ReminderJob, type ReminderQueue } from './reminder-queue';

export interface ScheduleDriverOptions {
  store: EventStore;
  /** Where the checkpoint is kept; without it, every start rebuilds the schedule. */
  sql?: SqlDriver;
  queue: ReminderQueue;
  model: ReminderModel;
  settings: ReminderSettings;
  calendar?: ReportingCalendar;
  clock: () => Date;
  /** How often the queue's epoch is compared (ms). */
  epochCheckMs?: number;
  /** The checkpoint's name: one per queue prefix. */
  name?: string;
  log?: (message: string, fields?: Record<string, unknown>) => void;
}

export interface RebuildResult {
  uppdrag: number;
  delmal: number;
  uppsiktsarenden: number;
  internkontrollplaner: number;
  jobs: number;
  ms: number;
}

/** The checkpoint's name of the schedule in a queue prefix (startReminders' driver). */
export const scheduleNameOf = (prefix: string | undefined): string => `paminnelser:${prefix ?? 'bull'}`;

/**
 * The last checkpoint a driver saved: every event up to `position` is in the queue of build `epoch`.
 * Undefined when there is none (ensureScheduleTable first).
 */
export async function readScheduleCheckpoint(
  sql: SqlDriver,
  name: string,
): Promise<{ position: number; epoch: string } | undefined> {
  const [row] = await sql.query<{ position: string | number; epoch: string }>(
    'SELECT position, epoch FROM reminder_schedule WHERE name = $1',
    [name],
  );
  return row && { position: Number(row.position), epoch: row.epoch };
}

/** Where the checkpoints are kept; created by the first driver (or reader) on a database. */
export async function ensureScheduleTable(sql: SqlDriver): Promise<void> {
  await sql.exec(
    `CREATE TABLE IF NOT EXISTS reminder_schedule (
       name text PRIMARY KEY, position bigint NOT NULL, epoch text NOT NULL, updated_at timestamptz NOT NULL)`,
  );
}

export class ScheduleDriver {
  private subscription: Subscription | undefined;
  private checkpoint = 0;
  private epoch: string | null = null;
  private folded = 0;
  private live = false;
  private needsRebuild = false;
  /** Items touched since the last flush, with the job ids planned before the first touch. */
  private readonly pending = new Map<ItemKey, string[]>();
  private timer: NodeJS.Timeout | undefined;
  private work: Promise<unknown> = Promise.resolve();
  private caughtUp!: Promise<void>;
  private stopped = false;

  constructor(private readonly options: ScheduleDriverOptions) {}

  private get name(): string {
    return this.options.name ?? 'paminnelser';
  }

  /** Resolves once the log has been followed to its end and the queue matches the plan. */
  async start(): Promise<void> {
    await this.loadCheckpoint();
    const queueEpoch = await this.options.queue.epoch().catch(() => null);
    this.needsRebuild = this.epoch === null || queueEpoch !== this.epoch;
    let resolveCaughtUp!: () => void;
    let rejectCaughtUp!: (error: unknown) => void;
    this.caughtUp = new Promise(
      (resolve, reject) => ((resolveCaughtUp = resolve), (rejectCaughtUp = reject)),
    );
    this.subscription = this.options.store.subscribeToAll({
      after: 0,
      onEvent: (event) => this.onEvent(event),
      onCaughtUp: () => {
        this.live = true;
        this.serial(() => this.reconcile()).then(resolveCaughtUp, rejectCaughtUp);
      },
      onError: (error) => {
        this.options.log?.('påminnelseschemat tappade loggen', { error: String(error) });
        rejectCaughtUp(error);
      },
    });
    await this.caughtUp;
    const every = this.options.epochCheckMs ?? 5_000;
    this.timer = setInterval(() => void this.serial(() => this.checkEpoch()), every);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.subscription?.stop();
    await this.work.catch(() => undefined);
    // Everything folded is in the queue: the next start (or a sleeping schedule's look) then knows it
    // need not follow the log again unless the log grew. Events that touched no item move it too.
    if (this.live && !this.needsRebuild && this.pending.size === 0 && this.folded > this.checkpoint) {
      await this.saveCheckpoint(this.folded).catch(() => undefined);
    }
  }

  /** Plans every item and adds all jobs: after Redis lost them, and to measure. */
  async rebuild(): Promise<RebuildResult> {
    const started = Date.now();
    const jobs: ReminderJob[] = [];
    const now = this.options.clock().toISOString();
    const { model } = this.options;
    for (const id of model.uppdrag.keys()) jobs.push(...this.plan(itemKey('uppdrag', id), now));
    for (const id of model.delmal.keys()) jobs.push(...this.plan(itemKey('delmal', id), now));
    for (const id of model.uppsikt.keys()) jobs.push(...this.plan(itemKey('uppsiktsarende', id), now));
    for (const id of model.internkontroll.keys())
      jobs.push(...this.plan(itemKey('internkontrollplan', id), now));
    await this.options.queue.add(jobs);
    const epoch = randomUUID();
    await this.options.queue.setEpoch(epoch);
    this.epoch = epoch;
    this.pending.clear();
    this.needsRebuild = false;
    await this.saveCheckpoint(this.folded);
    const result = {
      uppdrag: model.uppdrag.size,
      delmal: model.delmal.size,
      uppsiktsarenden: model.uppsikt.size,
      internkontrollplaner: model.internkontroll.size,
      jobs: jobs.length,
      ms: Date.now() - started,
    };
    this.options.log?.('påminnelseschemat byggt från loggen', { ...result });
    return result;
  }

  private onEvent(event: StoredEvent): Promise<void> | void {
    // The item's plan before the event, to remove what it no longer plans; a nämnd's adoption
    // changes the plans of all its uppdrag and delmål at once.
    const keys = event.position > this.checkpoint ? this.options.model.keysOf(event) : [];
    for (const key of keys) {
      if (this.pending.has(key) || !this.options.model.has(key)) continue;
      const now = this.options.clock().toISOString();
      this.pending.set(
        key,
        this.plan(key, now).map((j) => j.jobId),
      );
    }
    const touched = this.options.model.apply(event);
    this.folded = event.position;
    if (touched !== null && event.position > this.checkpoint && !this.pending.has(touched)) {
      this.pending.set(touched, []);
    }
    if (this.live) return this.serial(() => this.reconcile());
  }

  /** Brings the queue in line with the model: a full rebuild when needed, else the touched items. */
  private async reconcile(): Promise<void> {
    if (this.stopped) return;
    try {
      if (this.needsRebuild) {
        await this.rebuild();
        return;
      }
      if (this.pending.size === 0) return;
      const now = this.options.clock().toISOString();
      const add: ReminderJob[] = [];
      const remove: string[] = [];
      for (const [key, before] of this.pending) {
        const after = this.plan(key, now);
        const keep = new Set(after.map((j) => j.jobId));
        remove.push(...before.filter((jobId) => !keep.has(jobId)));
        add.push(...after);
      }
      const position = this.folded;
      this.pending.clear();
      await this.options.queue.remove(remove);
      await this.options.queue.add(add);
      await this.saveCheckpoint(position);
    } catch (error) {
      // Redis is away: the schedule is built again from the log once it answers.
      this.needsRebuild = true;
      this.options.log?.('påminnelseschemat kunde inte uppdateras; byggs om när kön svarar', {
        error: String(error),
      });
    }
  }

  private async checkEpoch(): Promise<void> {
    if (this.stopped) return;
    const current = await this.options.queue.epoch().catch(() => undefined);
    if (current === undefined) {
      this.needsRebuild = true; // unreachable now; rebuild when it answers
      return;
    }
    if (current !== this.epoch) this.needsRebuild = true;
    if (this.needsRebuild) await this.reconcile();
  }

  /** The item's jobs by its plan in the domain; none for an item the model does not know (yet). */
  private plan(key: ItemKey, now: string): ReminderJob[] {
    const { model, settings } = this.options;
    const calendar = this.options.calendar ?? DEFAULT_REPORTING_CALENDAR;
    const { itemKind, itemId } = parseItemKey(key);
    switch (itemKind) {
      case 'delmal': {
        const facts = model.delmal.get(itemId);
        return facts
          ? planDelmalReminders(delmalReminderItemOf(facts, model.adoptions), now, settings, calendar)
          : [];
      }
      case 'uppsiktsarende': {
        const facts = model.uppsikt.get(itemId);
        return facts ? planUppsiktReminders(uppsiktReminderItemOf(facts), now, settings) : [];
      }
      case 'internkontrollplan': {
        const facts = model.internkontroll.get(itemId);
        if (!facts) return [];
        return [
          ...planKontrollmomentReminders(kontrollmomentReminderItemOf(facts), now, settings, calendar),
          ...planAtgardReminders(atgardReminderItemOf(facts), now, settings),
        ];
      }
      case 'uppdrag': {
        const facts = model.uppdrag.get(itemId);
        return facts ? planReminders(reminderItemOf(facts, model.adoptions), now, settings, calendar) : [];
      }
    }
  }

  /** One reconcile at a time, in the order asked. */
  private serial<T>(step: () => Promise<T>): Promise<T> {
    const next = this.work.then(step, step);
    this.work = next.catch(() => undefined);
    return next;
  }

  private async loadCheckpoint(): Promise<void> {
    const sql = this.options.sql;
    if (!sql) return;
    await ensureScheduleTable(sql);
    const row = await readScheduleCheckpoint(sql, this.name);
    if (row) {
      this.checkpoint = row.position;
      this.epoch = row.epoch;
    }
  }

  private async saveCheckpoint(position: number): Promise<void> {
    this.checkpoint = Math.max(this.checkpoint, position);
    const sql = this.options.sql;
    if (!sql || this.epoch === null) return;
    await sql.query(
      `INSERT INTO reminder_schedule (name, position, epoch, updated_at) VALUES ($1, $2, $3, now())
       ON CONFLICT (name) DO UPDATE SET position = EXCLUDED.position, epoch = EXCLUDED.epoch, updated_at = now()`,
      [this.name, this.checkpoint, this.epoch],
    );
  }
}
