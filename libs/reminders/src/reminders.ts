/**
 * The reminders, composed: the model, the queue (BullMQ with a Redis URL, timers without), the
 * driver that keeps the queue equal to the plan, and the delivery that runs each job.
 */
import { type ReportingCalendar } from '@sparbar/domain';
import { type EventStore, type SqlDriver } from '@sparbar/event-store';
import { BullReminderQueue, type BullReminderQueueOptions } from './bullmq-queue';
import { ReminderDelivery } from './delivery';
import { InProcessReminderQueue } from './in-process-queue';
import { type Mailer, SmtpMailer } from './mailer';
import { type ReminderConfig } from './reminder-config';
import { ReminderModel } from './reminder-model';
import { type ReminderQueue } from './reminder-queue';
import { ScheduleDriver, scheduleNameOf } from './schedule-driver';

export interface RemindersOptions {
  store: EventStore;
  sql?: SqlDriver;
  config: ReminderConfig;
  redisUrl?: string;
  /** BullMQ key prefix (one per test run). */
  prefix?: string;
  clock?: () => Date;
  calendar?: ReportingCalendar;
  mailer?: Mailer;
  epochCheckMs?: number;
  lockDurationMs?: number;
  log?: (level: 'info' | 'warn', message: string, fields?: Record<string, unknown>) => void;
  /** Redis connections shared with other tenants' queues (see BullReminderQueueOptions). */
  sharedRedis?: BullReminderQueueOptions['shared'];
}

export interface RunningReminders {
  queue: ReminderQueue;
  driver: ScheduleDriver;
  model: ReminderModel;
  delivery: ReminderDelivery;
  close(): Promise<void>;
}

export async function startReminders(options: RemindersOptions): Promise<RunningReminders> {
  const clock = options.clock ?? (() => new Date());
  const log = options.log ?? (() => undefined);
  const onFailed = (job: { jobId: string }, error: unknown, final: boolean) =>
    log('warn', final ? 'påminnelsen misslyckades, ger upp' : 'påminnelsen misslyckades, försöker igen', {
      jobId: job.jobId,
      error: String(error),
    });
  const queue: ReminderQueue = options.redisUrl
    ? new BullReminderQueue({
        redisUrl: options.redisUrl,
        prefix: options.prefix,
        clock,
        onFailed,
        lockDurationMs: options.lockDurationMs,
        shared: options.sharedRedis,
      })
    : new InProcessReminderQueue(clock, onFailed);
  const mailer =
    options.mailer ??
    (options.config.smtpUrl ? new SmtpMailer(options.config.smtpUrl, options.config.smtpFrom) : undefined);
  const model = new ReminderModel();
  const delivery = new ReminderDelivery({
    store: options.store,
    model,
    settings: options.config.settings,
    calendar: options.calendar,
    mailer,
    clock,
    baseUrl: options.config.baseUrl,
    log: (message, fields) => log('info', message, fields),
  });
  const driver = new ScheduleDriver({
    store: options.store,
    // Only a queue that outlives the process needs a checkpoint; timers are rebuilt at every start.
    sql: queue.kind === 'bullmq' ? options.sql : undefined,
    queue,
    model,
    settings: options.config.settings,
    calendar: options.calendar,
    clock,
    epochCheckMs: options.epochCheckMs,
    name: scheduleNameOf(options.prefix),
    log: (message, fields) => log('info', message, fields),
  });
  try {
    // A queue whose connection is not up yet would answer "no epoch" and the driver rebuild it all.
    if (queue instanceof BullReminderQueue) await queue.ready();
    await driver.start();
    queue.process(async (job) => {
      await delivery.deliver(job);
    });
  } catch (error) {
    await driver.stop().catch(() => undefined);
    await queue.close().catch(() => undefined);
    mailer?.close();
    throw error;
  }
  return {
    queue,
    driver,
    model,
    delivery,
    close: async () => {
      await driver.stop();
      await queue.close();
      mailer?.close();
    },
  };
}
