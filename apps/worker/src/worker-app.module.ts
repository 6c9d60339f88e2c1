import { type DynamicModule, Module } from '@nestjs/common';
import { type Resources, RuntimeModule, WorkerModule } from '@sparbar/runtime';
import { TenantWorkersRunner } from './tenant-workers.runner';

/**
 * The worker as a process of its own: the worker module plus /health and /metrics for its probes. In an
 * installation of many organisations (PLATFORM_DATABASE_URL) it serves the directory's tenants instead,
 * each on its own schema and queue prefix (docs/tenancy.md).
 */
@Module({})
export class WorkerAppModule {
  static register(resources: Resources): DynamicModule {
    const work = resources.tenants ? { providers: [TenantWorkersRunner] } : { imports: [WorkerModule] };
    return {
      module: WorkerAppModule,
      imports: [RuntimeModule.forRoot(resources), ...(work.imports ?? [])],
      providers: work.providers ?? [],
    };
  }
}
