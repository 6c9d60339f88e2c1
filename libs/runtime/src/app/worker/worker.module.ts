import { Module } from '@nestjs/common';
import { LogFollower } from './log-follower';
import { ProjectionRunner } from './projection-runner';

/**
 * The worker's part of a process: what follows the log and keeps the read models up to date. The API
 * process imports it too when the store is embedded (only one process may open that), otherwise
 * apps/worker runs it on its own.
 */
@Module({
  providers: [LogFollower, ProjectionRunner],
  exports: [LogFollower, ProjectionRunner],
})
export class WorkerModule {}
