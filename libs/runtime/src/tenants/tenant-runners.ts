/**
 * What a worker runs for one tenant, without a Nest application of its own (300 of those would cost
 * memory and connections for nothing): the read models (the same projections as a single
 * installation's worker, under the same per-projection leases), the reminders in the tenant's own queue
 * prefix, and the witness of its chain head in its own folder. Each part waits for the tenant's append
 * notifications while idle; the reminders in Redis sleep while idle (SleepingReminders: no model of the
 * log, no queue worker or blocking connection) and wake on an append or before a job falls due.
 * Failures are logged, as in a single installation's worker.
 */
import { resolve } from 'node:path';
import { WitnessFolder } from '@sparbar/audit';
import { type AppConfig } from '@sparbar/config';
import { migrateProjections, ProjectionWorker, RETIRED_PROJECTIONS } from '@sparbar/projections';
import {
  reminderConfigFrom,
  type RemindersOptions,
  type RunningReminders,
  SleepingReminders,
  type SleepingRemindersOptions,
  startReminders,
} from '@sparbar/reminders';
import { WORKER_PROJECTIONS } from '../app/worker/projection-runner';
import { WitnessRunner } from '../app/worker/witness-runner';
import { errorMessage } from '../startup/startup-error';
import { type TenantConnections } from './tenant-connections';

export type TenantLog = (level: 'info' | 'warn', message: string) => void;

export interface TenantRunnerOptions {
  /** The tenant's configuration (`configForTenant`): its queue prefix and witness folder. */
  config: AppConfig;
  connections: TenantConnections;
  /** While notifications are heard, how long the projections wait before looking on their own. */
  quietPollMs: number;
  /** Redis connections shared by every tenant's queue (ServerConnections.redisOf). */
  sharedRedis?: RemindersOptions['sharedRedis'];
  /** When the reminders in Redis fall asleep and wake (SleepingReminders' defaults: 5 min, 60 s, 5 min). */
  sleep?: Pick<SleepingRemindersOptions, 'sleepAfterMs' | 'wakeLeadMs' | 'lookMs'>;
  log: TenantLog;
}

export class TenantRunners {
  private constructor(
    readonly projections: ProjectionWorker,
    private readonly reminders: Pick<RunningReminders, 'close'> | undefined,
    private readonly witness: WitnessRunner,
  ) {}

  static async start(options: TenantRunnerOptions): Promise<TenantRunners> {
    const { config, connections, log } = options;
    const env = connections.projections;
    await migrateProjections(env.db);
    const projections = new ProjectionWorker(env, WORKER_PROJECTIONS, {
      wakeOnAppend: true,
      watchedIdleMs: options.quietPollMs,
      retired: RETIRED_PROJECTIONS,
      onError: (error) => log('warn', `projektionerna kunde inte uppdateras: ${errorMessage(error)}`),
    }).start();
    const remindersOptions: RemindersOptions = {
      store: connections.store,
      sql: connections.sql,
      config: reminderConfigFrom(config.env),
      redisUrl: config.redisUrl,
      clock: config.clock,
      prefix: config.queuePrefix,
      sharedRedis: options.sharedRedis,
      log: (level, message) => log(level, message),
    };
    // In Redis, an idle tenant's reminders sleep: no model of its log, no queue worker (issue 22).
    // Without Redis the jobs are timers in this process and need the model awake.
    const redisUrl = config.redisUrl;
    const reminders = await (
      redisUrl
        ? SleepingReminders.start({ ...remindersOptions, ...options.sleep, redisUrl })
        : startReminders(remindersOptions)
    ).catch((error: unknown) => {
      log('warn', `påminnelserna kunde inte starta: ${errorMessage(error)}`);
      return undefined;
    });
    const folder = new WitnessFolder(
      resolve(config.witness.dir),
      config.witness.keyFile && resolve(config.witness.keyFile),
    );
    const witness = new WitnessRunner(config, connections.store, connections.sql, folder);
    witness.onApplicationBootstrap();
    return new TenantRunners(projections, reminders, witness);
  }

  /** Names of the projections this tenant's worker applies here (it holds their leases). */
  get applying(): string[] {
    return this.projections.applying;
  }

  async stop(): Promise<void> {
    await this.witness.beforeApplicationShutdown();
    await this.reminders?.close().catch(() => undefined);
    await this.projections.stop();
  }
}
