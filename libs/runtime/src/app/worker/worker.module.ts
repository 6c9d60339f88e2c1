import { Module } from '@nestjs/common';
import { LogFollower } from './log-follower';
import { ProjectionRunner } from './projection-runner';
import { ReminderRunner } from './reminder-runner';
import { WitnessRunner } from './witness-runner';

/**
 * The worker's part of a process: what follows the log, keeps the read models up to date, sends
 * the reminders and witnesses the chain head outside the database. The API
 * process imports it too when the store is embedded (only one process may open that), otherwise
 * apps/worker runs it on its own.
 */
@Module({
  providers: [LogFollower, ProjectionRunner, ReminderRunner, WitnessRunner],
  exports: [LogFollower, ProjectionRunner, ReminderRunner, WitnessRunner],
})
export class WorkerModule {}
