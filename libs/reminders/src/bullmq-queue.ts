/**
 * The schedule in BullMQ, as its production guide asks: workers on connections that retry for ever
 * (`maxRetriesPerRequest: null`), producers that fail fast while Redis is away (the driver then
 * rebuilds once it is back), retries with exponential backoff, failed jobs kept where operators see
 * them, and a graceful close. Redis must run with `maxmemory-policy noeviction`: an evicted delayed
 * job is a reminder that silently never goes out.
 */
import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import {
  JOB_ATTEMPTS,
  JOB_BACKOFF_MS,
  type ReminderJob,
  type ReminderProcessor,
  type ReminderQueue,
} from './reminder-queue';

export const REMINDER_QUEUE_NAME = 'paminnelser';

export interface BullReminderQueueOptions {
  redisUrl: string;
  /** Key prefix: one per deployment (and per test run). */
  prefix?: string;
  clock?: () => Date;
  concurrency?: number;
  /** How long a running job is locked; a worker that died loses its jobs after this (default 30 s). */
  lockDurationMs?: number;
  onFailed?: (job: ReminderJob, error: unknown, final: boolean) => void;
  /**
   * Connections shared with other queues (a worker serving many tenants): `producer` fails fast
   * (`enableOfflineQueue: false`), `worker` retries for ever (`maxRetriesPerRequest: null`). The
   * worker's blocking connection stays one per queue (BullMQ duplicates it). Closing the queue
   * leaves shared connections open. Without them, the queue opens its own.
   */
  shared?: { producer: Redis; worker: Redis };
}

const BULK = 1_000;

export class BullReminderQueue implements ReminderQueue {
  readonly kind = 'bullmq';
  private readonly queue: Queue;
  private readonly marker: Redis;
  private readonly markerKey: string;
  private worker: Worker | undefined;
  private readonly clock: () => Date;

  constructor(private readonly options: BullReminderQueueOptions) {
    this.clock = options.clock ?? (() => new Date());
    const prefix = options.prefix ?? 'bull';
    this.queue = new Queue(REMINDER_QUEUE_NAME, {
      connection: options.shared?.producer ?? {
        url: options.redisUrl,
        enableOfflineQueue: false,
        maxRetriesPerRequest: 1,
      },
      prefix,
      defaultJobOptions: {
        attempts: JOB_ATTEMPTS,
        backoff: { type: 'exponential', delay: JOB_BACKOFF_MS },
        // Done jobs go after an hour (the log is the record); failed ones stay until someone looks.
        removeOnComplete: { age: 3_600 },
        removeOnFail: false,
      },
    });
    this.queue.on('error', () => undefined);
    if (options.shared) this.marker = options.shared.producer;
    else {
      this.marker = new Redis(options.redisUrl, {
        enableOfflineQueue: false,
        maxRetriesPerRequest: 1,
        retryStrategy: (attempt) => Math.min(attempt * 250, 5_000),
      });
      this.marker.on('error', () => undefined);
    }
    this.markerKey = `${prefix}:${REMINDER_QUEUE_NAME}:sparbar-schedule-epoch`;
  }

  async add(jobs: readonly ReminderJob[]): Promise<void> {
    const now = this.clock().getTime();
    for (let i = 0; i < jobs.length; i += BULK) {
      await this.queue.addBulk(
        jobs.slice(i, i + BULK).map((job) => ({
          name: job.kind,
          data: job,
          opts: { jobId: job.jobId, delay: Math.max(0, Date.parse(job.fireAt) - now) },
        })),
      );
    }
  }

  async remove(jobIds: readonly string[]): Promise<void> {
    // A job running right now is locked and stays; its worker re-checks the plan before delivering.
    for (let i = 0; i < jobIds.length; i += BULK) {
      await Promise.all(jobIds.slice(i, i + BULK).map((id) => this.queue.remove(id)));
    }
  }

  /** Resolves once the connection of epochs and looks is up, or after `timeoutMs` (then they fail fast). */
  async ready(timeoutMs = 5_000): Promise<void> {
    if (this.marker.status === 'ready') return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, timeoutMs);
      const marker = this.marker;
      function done() {
        clearTimeout(timer);
        marker.off('ready', done);
        resolve();
      }
      marker.once('ready', done);
    });
  }

  async epoch(): Promise<string | null> {
    return this.marker.get(this.markerKey);
  }

  async setEpoch(epoch: string): Promise<void> {
    await this.marker.set(this.markerKey, epoch);
  }

  process(processor: ReminderProcessor): void {
    this.worker = new Worker(REMINDER_QUEUE_NAME, (job) => processor(job.data as ReminderJob), {
      connection: this.options.shared?.worker ?? { url: this.options.redisUrl, maxRetriesPerRequest: null },
      prefix: this.options.prefix ?? 'bull',
      concurrency: this.options.concurrency ?? 10,
      ...(this.options.lockDurationMs
        ? { lockDuration: this.options.lockDurationMs, stalledInterval: this.options.lockDurationMs }
        : {}),
    });
    this.worker.on('error', () => undefined);
    this.worker.on('failed', (job, error) => {
      if (!job) return;
      const final = job.attemptsMade >= (job.opts.attempts ?? 1);
      this.options.onFailed?.(job.data as ReminderJob, error, final);
    });
  }

  async depth(): Promise<number> {
    return this.queue.getJobCountByTypes('waiting', 'delayed', 'active', 'prioritized');
  }

  /**
   * What is due: jobs to run now (waiting, running, or left running by a worker that died), and when
   * the first delayed job (a planned reminder, a retry) falls due, in this machine's time (BullMQ
   * keeps delayed jobs in a sorted set scored by due time × 0x1000 + a counter).
   */
  async whenDue(): Promise<{ ready: number; nextAt: number | undefined }> {
    const counts = await this.queue.getJobCounts('wait', 'active', 'prioritized', 'waiting-children');
    const ready = Object.values(counts).reduce((sum, n) => sum + n, 0);
    const [, score] = await this.marker.zrange(this.queue.keys.delayed, '0', '0', 'WITHSCORES');
    return { ready, nextAt: score === undefined ? undefined : Math.floor(Number(score) / 0x1000) };
  }

  /** Failed jobs, for operators and tests. */
  async failed(): Promise<ReminderJob[]> {
    return (await this.queue.getFailed()).map((job) => job.data as ReminderJob);
  }

  /** Ids of the jobs waiting for their time. */
  async delayedIds(): Promise<string[]> {
    return (await this.queue.getJobs(['delayed', 'waiting'])).map((job) => job.id ?? '');
  }

  /** Lets running jobs finish, then closes the connections. */
  async close(): Promise<void> {
    await this.worker?.close();
    await this.queue.close();
    if (!this.options.shared) this.marker.disconnect();
  }

  /** Removes every key of this queue (tests, benchmarks). */
  async obliterate(): Promise<void> {
    await this.queue.obliterate({ force: true });
    await this.marker.del(this.markerKey);
  }
}
