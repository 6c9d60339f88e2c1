import { type DynamicModule, Global, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { type LevelWithSilent } from 'pino';
import { loggingParams } from './logging';
import { Metrics } from './metrics';
import { MetricsController } from './metrics.controller';
import { LOG_LEVEL, RequestLogHook } from './request-log.hook';

export interface ObservabilityOptions {
  logLevel: LevelWithSilent;
}

/** Logs and metrics for an application: pino as Nest's logger, a line per request, and `/metrics`. */
@Global()
@Module({})
export class ObservabilityModule {
  static forRoot(options: ObservabilityOptions): DynamicModule {
    return {
      module: ObservabilityModule,
      imports: [LoggerModule.forRoot(loggingParams(options.logLevel))],
      controllers: [MetricsController],
      providers: [Metrics, { provide: LOG_LEVEL, useValue: options.logLevel }, RequestLogHook],
      exports: [Metrics],
    };
  }
}
