import { type DynamicModule, Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { resolve } from 'node:path';
import { WitnessFolder } from '@sparbar/audit';
import { InstrumentedEventStore, Metrics, ObservabilityModule } from '@sparbar/observability';
import { type Resources } from '../startup/resources';
import { OpsModule } from './ops/ops.module';
import {
  APP_CONFIG,
  CLOCK,
  EVENT_STORE,
  PG_POOLS,
  REDIS,
  SQL_DATABASE,
  TENANT_DIRECTORY,
  WITNESS,
} from './tokens';

const RESOURCES = 'sparbar:Resources';

/**
 * What every Spårbar process has: logs, metrics, health, and the opened store and Redis as
 * injectable values. The resources were opened before Nest started (so a failure there is one clear
 * line); this module hands them out and closes them last, after the HTTP server has stopped.
 */
@Global()
@Module({})
export class RuntimeModule implements OnApplicationShutdown {
  constructor(@Inject(RESOURCES) private readonly resources: Resources) {}

  static forRoot(resources: Resources): DynamicModule {
    return {
      module: RuntimeModule,
      imports: [ObservabilityModule.forRoot({ logLevel: resources.config.logLevel }), OpsModule],
      providers: [
        { provide: RESOURCES, useValue: resources },
        { provide: APP_CONFIG, useValue: resources.config },
        { provide: CLOCK, useValue: resources.config.clock },
        {
          provide: EVENT_STORE,
          useFactory: (metrics: Metrics) => new InstrumentedEventStore(resources.store, metrics),
          inject: [Metrics],
        },
        { provide: SQL_DATABASE, useValue: resources.sql },
        { provide: REDIS, useValue: resources.redis ?? null },
        { provide: TENANT_DIRECTORY, useValue: resources.tenants ?? null },
        { provide: PG_POOLS, useValue: resources.pools ?? null },
        {
          provide: WITNESS,
          useValue: new WitnessFolder(
            resolve(resources.config.witness.dir),
            resources.config.witness.keyFile && resolve(resources.config.witness.keyFile),
          ),
        },
      ],
      exports: [APP_CONFIG, CLOCK, EVENT_STORE, SQL_DATABASE, REDIS, TENANT_DIRECTORY, PG_POOLS, WITNESS],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.resources.close();
  }
}
