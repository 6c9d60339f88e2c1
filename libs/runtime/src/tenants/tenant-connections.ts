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
import { ServerChannels } from './server-channels';
import { WatchedStore } from './watched-store';

/** A tenant's pools are small: one idle tenant must not be able to hold many connections. */
const STORE_POOL_MAX = 3;
const PROJECTION_POOL_MAX = 4;

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

  async close(): Promise<void> {
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
  const driver = new PgDriver({ connectionString: url, schema, maxConnections: STORE_POOL_MAX });
  const db = new PgProjectionDb({ connectionString: url, schema }, PROJECTION_POOL_MAX);
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
