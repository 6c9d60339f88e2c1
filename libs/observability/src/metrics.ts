import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Registry } from 'prom-client';

/** Where the worker stands in the log, read when Prometheus scrapes. */
export interface ProjectionLagSource {
  /** Position of the last event stored. */
  head(): Promise<number>;
  /** Position of the last event the worker has handled (0 before the first). */
  handled(): number;
}

/**
 * prom-client's default metrics (CPU, memory, event loop lag, GC) describe the process, not an
 * application: collected once per process, in a registry every application's scrape shows. Once per
 * application, an API serving 100 organisations (one application each) measured its event loop 100
 * times over and heard every GC 100 times: idle, it cost 2.2 % of a core instead of 0.5 %
 * (bench/idle-tenants.bench.ts).
 */
let processRegistry: Registry | undefined;
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry, eventLoopMonitoringPrecision: LAG_SAMPLE_MS });
  }
  return processRegistry;
}

/**
 * How often the event loop's lag is sampled. prom-client's 10 ms woke an idle process 100 times a
 * second, about 0.4 % of a core by itself; ten samples a second still give its percentiles.
 */
const LAG_SAMPLE_MS = 100;

/**
 * The process's Prometheus metrics. Each application gets its own registry rather than prom-client's
 * global one, so two apps in one process (the tests) do not collide over metric names; the process's
 * default metrics are shared (see `processMetrics`).
 *
 * Gauges that only make sense where something is measured (projection lag where the worker runs,
 * queue depth where queues exist) are registered by that part when it starts: a metric that is
 * absent says "not measured here", a metric stuck at 0 would lie.
 */
@Injectable()
export class Metrics {
  readonly registry = new Registry();
  private readonly eventsAppended: Counter<'type'>;
  private lagSource: ProjectionLagSource | undefined;
  private readonly queues = new Map<string, () => Promise<number>>();

  constructor() {
    processMetrics();
    this.eventsAppended = new Counter({
      name: 'sparbar_events_appended_total',
      help: 'Händelser som lagts till i loggen av den här processen, per händelsetyp',
      labelNames: ['type'],
      registers: [this.registry],
    });
  }

  countAppended(events: readonly { type: string }[]): void {
    for (const event of events) this.eventsAppended.inc({ type: event.type });
  }

  /** Called by the worker when it starts following the log. */
  trackProjectionLag(source: ProjectionLagSource): void {
    const first = this.lagSource === undefined;
    this.lagSource = source;
    if (!first) return;
    const projectionLag = () => this.projectionLag();
    new Gauge({
      name: 'sparbar_projection_lag_events',
      help: 'Senast lagrade position i loggen minus senaste position som arbetaren hanterat',
      registers: [this.registry],
      async collect() {
        const lag = await projectionLag();
        if (lag !== undefined) this.set(lag);
      },
    });
  }

  /** Called by a queue once it exists (with BullMQ: waiting + delayed jobs). */
  trackQueueDepth(queue: string, read: () => Promise<number>): void {
    const first = this.queues.size === 0;
    this.queues.set(queue, read);
    if (!first) return;
    const queues = this.queues;
    new Gauge({
      name: 'sparbar_queue_depth',
      help: 'Jobb som väntar i kön',
      labelNames: ['queue'],
      registers: [this.registry],
      async collect() {
        for (const [name, readDepth] of queues) {
          const depth = await readDepth().catch(() => undefined);
          if (depth !== undefined) this.set({ queue: name }, depth);
        }
      },
    });
  }

  /** The text Prometheus scrapes. */
  async render(): Promise<string> {
    return `${await processMetrics().metrics()}\n${await this.registry.metrics()}`;
  }

  private async projectionLag(): Promise<number | undefined> {
    if (!this.lagSource) return undefined;
    // If the store does not answer, keep the last value rather than fail the whole scrape: the
    // readiness check is what reports the store as down.
    const head = await this.lagSource.head().catch(() => undefined);
    if (head === undefined) return undefined;
    return Math.max(0, head - this.lagSource.handled());
  }
}
