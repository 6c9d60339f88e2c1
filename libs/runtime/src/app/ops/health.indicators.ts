import { Inject, Injectable } from '@nestjs/common';
import { type HealthIndicatorFunction, HealthIndicatorService } from '@nestjs/terminus';
import { type AppConfig } from '@sparbar/config';
import { type EventStore, type SqlDriver } from '@sparbar/event-store';
import { type Redis } from 'ioredis';
import { errorMessage } from '../../startup/startup-error';
import { APP_CONFIG, EVENT_STORE, REDIS, SQL_DATABASE } from '../tokens';

/** A probe must answer before the orchestrator gives up on it; a hanging server counts as down. */
const PROBE_TIMEOUT_MS = 2_000;

/**
 * One check per component the process needs, each named as /health/ready reports it: `store`,
 * `database` (only when read models live apart from the log), `redis` (only with REDIS_URL).
 */
@Injectable()
export class DependencyChecks {
  constructor(
    @Inject(HealthIndicatorService) private readonly health: HealthIndicatorService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(SQL_DATABASE) private readonly sql: SqlDriver,
    @Inject(REDIS) private readonly redis: Redis | null,
  ) {}

  all(): HealthIndicatorFunction[] {
    const checks: HealthIndicatorFunction[] = [() => this.probe('store', () => this.store.ping())];
    // Where the log is not in the SQL database, that database is a dependency of its own.
    if (this.config.store.kind === 'eventstoredb' || this.config.store.kind === 'memory') {
      checks.push(() => this.probe('database', () => this.sql.query('SELECT 1')));
    }
    const redis = this.redis;
    if (redis) checks.push(() => this.probe('redis', () => redis.ping()));
    return checks;
  }

  private async probe(key: string, ping: () => Promise<unknown>) {
    const indicator = this.health.check(key);
    try {
      await withTimeout(ping(), PROBE_TIMEOUT_MS);
      return indicator.up();
    } catch (error) {
      return indicator.down({ message: errorMessage(error) });
    }
  }
}

function withTimeout(work: Promise<unknown>, ms: number): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`inget svar inom ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
