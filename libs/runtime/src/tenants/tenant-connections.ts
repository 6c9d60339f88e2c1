/**
 * THE place where a worker opens what one tenant runs on: its store, its SQL database, its read-model
 * database, the wake-ups of its appends and its projection leases. What can be shared by the tenants on
 * one server is (`ServerConnections`): one LISTEN connection and one lease connection per server, not
 * per tenant. Each tenant keeps small pools of its own (idle connections close after 10 s, pg's
 * default), so an idle tenant holds no connection. When libs/event-store has one pool and one LISTEN per
 * server (s11-pool22), only this file changes.
 */
import { type TenantLocation } from '@sparbar/config';
import {
  appendChannel,
  type EventStore,
  migrate,
  PgDriver,
  PostgresEventStore,
  type SqlDriver,
} from '@sparbar/event-store';
import { AdvisoryLeaseProvider, PgProjectionDb, type ProjectionEnvironment } from '@sparbar/projections';
import { Redis } from 'ioredis';
import { ServerChannels } from './server-channels';
import { WatchedStore } from './watched-store';

/**
 * A tenant's pools are small and let go of a connection after a second idle: a tenant's start (its
 * catch-up) uses a few for a moment, and with pg's 10 s a worker starting a hundred tenants one after
 * another held ~20 tenants' pools at once, past a server's 100 connections. An idle tenant looks only
 * once a minute, which needed a new connection with the 10 s too.
 */
const STORE_POOL_MAX = 3;
const PROJECTION_POOL_MAX = 4;
const IDLE_CONNECTION_MS = 1_000;

export interface TenantConnections {
  store: EventStore;
  sql: SqlDriver;
  projections: ProjectionEnvironment;
  close(): Promise<void>;
}

/** Connections shared by every tenant this process serves on one server. */
export class ServerConnections {
  private readonly channels = new Map<string, ServerChannels>();
  private readonly leases = new Map<string, AdvisoryLeaseProvider>();
  private redis: { producer: Redis; worker: Redis } | undefined;

  constructor(
    /** How long a subscription of a tenant waits before looking on its own while notifications are heard. */
    readonly quietPollMs: number,
  ) {}

  channelsOf(url: string): ServerChannels {
    let channels = this.channels.get(url);
    if (!channels) this.channels.set(url, (channels = new ServerChannels(url)));
    return channels;
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
    for (const channels of this.channels.values()) await channels.close();
    for (const leases of this.leases.values()) await leases.close();
    this.channels.clear();
    this.leases.clear();
  }
}

export async function openTenantConnections(
  shared: ServerConnections,
  tenant: TenantLocation,
): Promise<TenantConnections> {
  const { serverUrl: url, schema } = tenant;
  const driver = new PgDriver({
    connectionString: url,
    schema,
    maxConnections: STORE_POOL_MAX,
    idleTimeoutMillis: IDLE_CONNECTION_MS,
  });
  const db = new PgProjectionDb({ connectionString: url, schema }, PROJECTION_POOL_MAX, IDLE_CONNECTION_MS);
  try {
    // Provisioning migrated it; a release with a newer migration brings it up to date here.
    await migrate(driver, schema);
  } catch (error) {
    await db.close().catch(() => undefined);
    await driver.close().catch(() => undefined);
    throw error;
  }
  const channel = appendChannel(schema);
  const store = new WatchedStore(
    new PostgresEventStore(driver),
    (onAppended) => shared.channelsOf(url).watch(channel, onAppended),
    shared.quietPollMs,
  );
  const leases = shared.leasesOf(url).forSchema(schema);
  const close = async () => {
    await leases.close();
    await db.close().catch(() => undefined);
    // Closes the driver too.
    await store.close().catch(() => undefined);
  };
  return { store, sql: driver, projections: { store, db, leases, close: async () => undefined }, close };
}

/** Errors come back on each command (and the queue reports them); the emitter must not crash the process. */
function quiet(redis: Redis): Redis {
  redis.setMaxListeners(0);
  redis.on('error', () => undefined);
  return redis;
}
