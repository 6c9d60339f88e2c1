import { Module } from '@nestjs/common';
import { LogFollower } from './log-follower';
import { ProjectionRunner } from './projection-runner';
import { ReminderRunner } from './reminder-runner';

/**
 * The worker's part of a process: what follows the log, keeps the read models up to date and sends
 * the reminders. The API
 * process imports it too when the store is embedded (only one process may open that), otherwise
 * apps/worker runs it on its own.
 */
@Module({
  providers: [LogFollower, ProjectionRunner, ReminderRunner],
  exports: [LogFollower, ProjectionRunner, ReminderRunner],
})
export class WorkerModule {}
