export { Metrics, type ProjectionLagSource } from './metrics';
export { InstrumentedEventStore } from './instrumented-event-store';
export { MetricsController } from './metrics.controller';
export { ObservabilityModule, type ObservabilityOptions } from './observability.module';
export { loggingParams } from './logging';
