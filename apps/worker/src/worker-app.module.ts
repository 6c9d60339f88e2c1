import { type DynamicModule, Module } from '@nestjs/common';
import { type Resources, RuntimeModule, WorkerModule } from '@sparbar/runtime';

/** The worker as a process of its own: the worker module plus /health and /metrics for its probes. */
@Module({})
export class WorkerAppModule {
  static register(resources: Resources): DynamicModule {
    return { module: WorkerAppModule, imports: [RuntimeModule.forRoot(resources), WorkerModule] };
  }
}
