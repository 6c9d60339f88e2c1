/**
 * THE place where a worker opens what one tenant runs on: its store, its SQL database, its read-model
 * database, the wake-ups of its appends and its projection leases. What the tenants on one server share
 * (`ServerConnections`): the server's one pool, LISTEN and NOTIFY connections (PgServerPools, the same
 * registry the API's front uses) and one lease connection, not a set per tenant. So an idle tenant
 * holds no connection of its own.
 *
 * A tenant whose log is in EventStoreDB has its read models in its schema on its server as the others
 * (the same pool and leases) and its log in the installation's cluster under its stream prefix: one
 * client per tenant, polled (no notification to wake on). An embedded tenant is never opened here: its
 * folder belongs to the front's process (tenant-workers.ts leaves it out).
 */
import { type TenantLocation, tenantStore } from '@sparbar/config';
import {
  type EventStore,
  migrate,
  openEventStore,
  PostgresEventStore,
  type SqlDriver,
} from '@sparbar/event-store';
import { AdvisoryLeaseProvider, PgServerPools, type ProjectionEnvironment } from '@sparbar/projections';
import { Redis } from 'ioredis';
import { WatchedStore } from './watched-store';

export interface TenantConnections {
  store: EventStore;
  sql: SqlDriver;
  projections: ProjectionEnvironment;
  close(): Promise<void>;
}

/** Connections shared by every tenant this process serves on one server. */
export class ServerConnections {
  readonly pools: PgServerPools;
  private readonly leases = new Map<string, AdvisoryLeaseProvider>();
  private redis: { producer: Redis; worker: Redis } | undefined;

  constructor(
    /** How long a subscription of a tenant waits before looking on its own while notifications are heard. */
    readonly quietPollMs: number,
    /** Connections per server in the pool all tenants share (TENANT_POOL_MAX). */
    poolMax = 20,
  ) {
    this.pools = new PgServerPools({ maxConnections: poolMax, applicationName: 'sparbar-worker' });
  }

  leasesOf(url: string): AdvisoryLeaseProvider {
    let leases = this.leases.get(url);
    if (!leases) this.leases.set(url, (leases = new AdvisoryLeaseProvider({ connectionString: url })));
    return leases;
  }

  /**
   * Redis connections for every tenant's reminder queue: one that fails fast for adding jobs and one
   * that retries for ever for the queue workers' commands; each queue's blocking wait is its own.
   */
  redisOf(url: string): { producer: Redis; worker: Redis } {
    this.redis ??= {
      producer: quiet(
        new Redis(url, {
          enableOfflineQueue: false,
          maxRetriesPerRequest: 1,
          retryStrategy: (attempt) => Math.min(attempt * 250, 5_000),
        }),
      ),
      worker: quiet(new Redis(url, { maxRetriesPerRequest: null })),
    };
    return this.redis;
  }

  async close(): Promise<void> {
    this.redis?.producer.disconnect();
    this.redis?.worker.disconnect();
    this.redis = undefined;
    for (const leases of this.leases.values()) await leases.close();
    this.leases.clear();
    await this.pools.close();
  }
}

export async function openTenantConnections(
  shared: ServerConnections,
  tenant: TenantLocation,
  /** The installation's EventStoreDB cluster (PLATFORM_EVENTSTOREDB_URL), for a tenant whose log is there. */
  eventStoreDbUrl?: string,
): Promise<TenantConnections> {
  const { serverUrl: url, schema } = tenant;
  if (tenant.logStore === 'embedded' || url === null) {
    throw new Error(`${tenant.tenantId}: an embedded organisation is served by the front's process only`);
  }
  if (tenant.logStore === 'eventstoredb') return openEventStoreDbTenant(shared, tenant, url, eventStoreDbUrl);
  const place = { url, schema };
  const driver = shared.pools.driverFor(place);
  const db = shared.pools.projectionDbFor(place);
  try {
    // Provisioning migrated it; a release with a newer migration brings it up to date here.
    await migrate(driver, schema);
  } catch (error) {
    await db.close().catch(() => undefined);
    await driver.close().catch(() => undefined);
    throw error;
  }
  // The store hears its appends on the server's one LISTEN connection (its driver is a shared one).
  const inner = new PostgresEventStore(driver);
  const store = new WatchedStore(inner, (onAppended) => inner.watchAppends(onAppended), shared.quietPollMs);
  const leases = shared.leasesOf(url).forSchema(schema);
  const close = async () => {
    await leases.close();
    // Both leave the server's shared pool open.
    await db.close().catch(() => undefined);
    await store.close().catch(() => undefined);
  };
  return { store, sql: driver, projections: { store, db, leases, close: async () => undefined }, close };
}

async function openEventStoreDbTenant(
  shared: ServerConnections,
  tenant: TenantLocation,
  url: string,
  eventStoreDbUrl: string | undefined,
): Promise<TenantConnections> {
  const { schema } = tenant;
  // The read models' schema in the server's shared pool; the log under its prefix in the cluster.
  const { store, sql } = await openEventStore(tenantStore(tenant, eventStoreDbUrl), { pools: shared.pools });
  const db = shared.pools.projectionDbFor({ url, schema });
  const leases = shared.leasesOf(url).forSchema(schema);
  const close = async () => {
    await leases.close();
    await db.close().catch(() => undefined);
    await store.close().catch(() => undefined);
  };
  return { store, sql, projections: { store, db, leases, close: async () => undefined }, close };
}

/** Errors come back on each command (and the queue reports them); the emitter must not crash the process. */
function quiet(redis: Redis): Redis {
  redis.setMaxListeners(0);
  redis.on('error', () => undefined);
  return redis;
}
