/**
 * One pool per PostgreSQL server for every tenant this process serves, instead of a pool (and LISTEN
 * and NOTIFY connections) per tenant: with 311 tenants on servers allowing 100 connections, connections
 * per tenant cannot all be open at once. Each server gets a pool of at most `maxConnections`
 * (TENANT_POOL_MAX), one LISTEN connection for all its tenants' channels and one notifying connection;
 * a tenant gets views of these in its own schema (pg-source.ts says how no statement of one tenant
 * ever runs in another's schema). Closing a tenant's driver or store leaves them open; `close` ends
 * them all, when the process stops.
 */
import { Client, Pool } from 'pg';
import { NotifyConnection } from '../postgres/append-notifications';
import { ChannelHub } from '../postgres/channel-hub';
import { SchemaPool } from './pg-source';
import { PgDriver, type SharedPgServer } from './pg.driver';

/** Where a tenant lives: its server and its schema there. */
export interface TenantPlace {
  url: string;
  schema: string;
}

export interface PgServerPoolsOptions {
  /** Connections per server in the pool shared by all tenants (TENANT_POOL_MAX, default 20). */
  maxConnections?: number;
  /** What the connections are called in pg_stat_activity (default `sparbar-tenants`). */
  applicationName?: string;
}

/** The longest a checkout waits for a connection of the shared pool (see `open`). */
const SHARED_WAIT_MS = 30_000;

interface PgServer {
  pool: Pool;
  listener: ChannelHub;
  notifications: NotifyConnection;
}

export class PgServerPools {
  private readonly servers = new Map<string, PgServer>();
  private closed = false;
  readonly maxConnections: number;
  readonly applicationName: string;

  constructor(options: PgServerPoolsOptions = {}) {
    this.maxConnections = options.maxConnections ?? 20;
    this.applicationName = options.applicationName ?? 'sparbar-tenants';
  }

  /** The tenant's event-store driver on its server's shared pool. */
  driverFor(place: TenantPlace): PgDriver {
    const server = this.server(place.url);
    const shared: SharedPgServer = {
      source: new SchemaPool(server.pool, place.schema),
      listener: server.listener,
      notifications: server.notifications,
    };
    return new PgDriver({ connectionString: place.url, schema: place.schema }, shared);
  }

  /** Connections from the server's shared pool, each in the tenant's schema (for the read models). */
  schemaPoolFor(place: TenantPlace): SchemaPool {
    return new SchemaPool(this.server(place.url).pool, place.schema);
  }

  /** The server's one LISTEN connection: watch a channel on it, `stop` the watch to UNLISTEN. */
  listenerFor(url: string): ChannelHub {
    return this.server(url).listener;
  }

  /** The servers with a pool open, by connection string. */
  get urls(): string[] {
    return [...this.servers.keys()];
  }

  async close(): Promise<void> {
    this.closed = true;
    const servers = [...this.servers.values()];
    this.servers.clear();
    await Promise.all(
      servers.map(async (server) => {
        await server.listener.close();
        await server.notifications.close();
        await server.pool.end().catch(() => undefined);
      }),
    );
  }

  private server(url: string): PgServer {
    if (this.closed) throw new Error('the shared PostgreSQL pools are closed');
    let server = this.servers.get(url);
    if (!server) {
      server = this.open(url);
      this.servers.set(url, server);
    }
    return server;
  }

  private open(url: string): PgServer {
    const name = this.applicationName;
    const pool = new Pool({
      connectionString: url,
      // Also how long a checkout waits for a free connection: many tenants opening at once queue here
      // (each start-up's migrations take one lock per database, holding a connection while they wait),
      // which must not fail them the way an unreachable server should.
      connectionTimeoutMillis: SHARED_WAIT_MS,
      max: this.maxConnections,
      application_name: name,
      // An idle connection is given back to the server after a while: a quiet installation holds few.
      idleTimeoutMillis: 30_000,
    });
    // An idle client losing its server must not crash the process; the next query reports it.
    pool.on('error', () => undefined);
    const dedicated = (suffix: string) => () =>
      new Client({
        connectionString: url,
        connectionTimeoutMillis: 5_000,
        application_name: `${name}-${suffix}`,
      });
    return {
      pool,
      listener: new ChannelHub(dedicated('listen')),
      notifications: new NotifyConnection(dedicated('notify')),
    };
  }
}
