import { type DynamicModule, Module } from '@nestjs/common';
import { type Resources, RuntimeModule, WorkerModule } from '@sparbar/runtime';

/**
 * The API process. It also runs the worker when the store is embedded (only one process may open
 * it) or when RUN_WORKER=true; otherwise apps/worker runs it.
 */
@Module({})
export class ApiModule {
  static register(resources: Resources): DynamicModule {
    return {
      module: ApiModule,
      imports: [RuntimeModule.forRoot(resources), ...(resources.config.apiHostsWorker ? [WorkerModule] : [])],
    };
  }
}
