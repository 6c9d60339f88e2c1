import { Module } from '@nestjs/common';
import { LogFollower } from './log-follower';

/**
 * The worker's part of a process: what follows the log. The API process imports it too when the
 * store is embedded (only one process may open that), otherwise apps/worker runs it on its own.
 */
@Module({
  providers: [LogFollower],
  exports: [LogFollower],
})
export class WorkerModule {}
