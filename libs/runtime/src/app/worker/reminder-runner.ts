import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { type AppConfig } from '@sparbar/config';
import { type EventStore, type SqlDriver } from '@sparbar/event-store';
import { Metrics } from '@sparbar/observability';
import { reminderConfigFrom, type RunningReminders, startReminders } from '@sparbar/reminders';
import { errorMessage } from '../../startup/startup-error';
import { APP_CONFIG, EVENT_STORE, SQL_DATABASE } from '../tokens';

/**
 * Reminders before report deadlines and escalations after: on BullMQ with REDIS_URL, on timers in
 * this process without (inbox and log output; e-mail only with SMTP_URL). A failure to start is
 * logged, not fatal: the API and the read models are more important than a reminder.
 */
@Injectable()
export class ReminderRunner implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Påminnelser');
  private reminders: RunningReminders | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(SQL_DATABASE) private readonly sql: SqlDriver,
    @Inject(Metrics) private readonly metrics: Metrics,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    try {
      const config = reminderConfigFrom(this.config.env);
      this.reminders = await startReminders({
        store: this.store,
        sql: this.sql,
        config,
        redisUrl: this.config.redisUrl,
        clock: this.config.clock,
        prefix: this.config.queuePrefix,
        log: (level, message, fields) =>
          level === 'warn'
            ? this.logger.warn({ ...fields }, message)
            : this.logger.log({ ...fields }, message),
      });
      const queue = this.reminders.queue;
      this.metrics.trackQueueDepth('paminnelser', () => queue.depth());
      this.logger.log(
        `Påminnelser schemaläggs ${queue.kind === 'bullmq' ? 'i BullMQ' : 'i processen (ingen REDIS_URL)'}; e-post ${config.smtpUrl ? 'via SMTP' : 'av (ingen SMTP_URL)'}`,
      );
    } catch (error) {
      this.logger.warn(`Påminnelserna kunde inte starta: ${errorMessage(error)}`);
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.reminders?.close();
    this.reminders = undefined;
  }
}
