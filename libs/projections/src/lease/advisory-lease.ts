/**
 * Leases as PostgreSQL session-level advisory locks, held on a connection of their own. A process that
 * dies (even by SIGKILL) closes its connection, and the server releases its locks at once, so another
 * worker can take over without waiting for a timeout. The key includes the schema, so deployments (and
 * test runs) in different schemas of one database do not block each other. The connection takes one
 * statement at a time (pg 8 warns of, and pg 9 refuses, a query sent while another is under way), as
 * many tenants' workers acquire on it at once.
 */
import { Client } from 'pg';
import { type PgConnectionSettings, pgClientOptions } from '../db/pg-projection-db';
import { type Lease, type LeaseProvider } from './lease';

const LEASE_NAMESPACE = 7246032;
const KEY = `hashtext(current_schema() || '/' || $1)`;
/** The same key for a schema named explicitly: one connection can hold the leases of many schemas. */
const SCHEMA_KEY = `hashtext($2::text || '/' || $1)`;

export class AdvisoryLeaseProvider implements LeaseProvider {
  private client: Client | undefined;
  private connecting: Promise<Client> | undefined;
  private readonly leases = new Map<string, { lost: boolean }>();
  /** Ids being acquired: a second ask meanwhile is refused, as advisory locks are re-entrant. */
  private readonly acquiring = new Set<string>();
  private heartbeat: NodeJS.Timeout | undefined;
  /** The last statement sent on the connection; the next is sent once it has ended. */
  private queued: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly settings: PgConnectionSettings,
    /** How often the connection is checked, so a lost lease is noticed even while idle. */
    private readonly heartbeatMs = 2_000,
  ) {}

  tryAcquire(name: string): Promise<Lease | null> {
    return this.acquire(name, undefined);
  }

  /**
   * The leases of one schema on this provider's connection (whose own search path does not matter):
   * the very locks a provider opened on that schema takes, so the two exclude each other. Many
   * tenants' workers on one server then hold their leases on one connection. Closing the view
   * releases its schema's leases only.
   */
  forSchema(schema: string): LeaseProvider {
    const held = new Set<Lease>();
    return {
      tryAcquire: async (name) => {
        for (const lease of held) if (lease.lost) held.delete(lease);
        const lease = await this.acquire(name, schema);
        if (lease) held.add(lease);
        return lease;
      },
      close: async () => {
        for (const lease of held) await lease.release();
        held.clear();
      },
    };
  }

  private async acquire(name: string, schema: string | undefined): Promise<Lease | null> {
    // Advisory locks are re-entrant per session: without this a second runner in the same process
    // would be granted the lease its sibling already holds.
    const id = schema === undefined ? name : `${schema}\0${name}`;
    if (this.leases.has(id) || this.acquiring.has(id)) return null;
    this.acquiring.add(id);
    let ok: boolean;
    let client: Client;
    const key = schema === undefined ? KEY : SCHEMA_KEY;
    const params = schema === undefined ? [name] : [name, schema];
    try {
      client = await this.connect();
      const [row] = await this.send<{ ok: boolean }>(
        client,
        `SELECT pg_try_advisory_lock(${LEASE_NAMESPACE}, ${key}) AS ok`,
        params,
      );
      ok = row.ok;
    } finally {
      this.acquiring.delete(id);
    }
    if (!ok) return null;
    const state = { lost: false };
    this.leases.set(id, state);
    return {
      name,
      get lost() {
        return state.lost;
      },
      release: async () => {
        if (state.lost) return;
        state.lost = true;
        this.leases.delete(id);
        await this.send(client, `SELECT pg_advisory_unlock(${LEASE_NAMESPACE}, ${key})`, params).catch(
          () => undefined,
        );
      },
    };
  }

  async close(): Promise<void> {
    clearInterval(this.heartbeat);
    this.loseAll();
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<Client> {
    if (this.client) return this.client;
    this.connecting ??= (async () => {
      const client = new Client({ ...pgClientOptions(this.settings), keepAlive: true });
      client.on('error', () => this.dropClient(client));
      client.on('end', () => this.dropClient(client));
      await client.connect();
      this.client = client;
      this.queued = Promise.resolve();
      this.heartbeat = setInterval(() => {
        this.send(client, 'SELECT 1').catch(() => this.dropClient(client));
      }, this.heartbeatMs);
      this.heartbeat.unref();
      return client;
    })().finally(() => (this.connecting = undefined));
    return this.connecting;
  }

  /** Sends a statement once the ones before it on this connection have ended. */
  private send<Row>(client: Client, sql: string, params?: unknown[]): Promise<Row[]> {
    const sent = this.queued.then(() => client.query(sql, params));
    this.queued = sent.catch(() => undefined);
    return sent.then((result) => result.rows as Row[]);
  }

  /** The connection is gone, and with it every lock it held: whoever relied on them must stop. */
  private dropClient(client: Client): void {
    if (this.client !== client) return;
    this.client = undefined;
    clearInterval(this.heartbeat);
    this.loseAll();
    client.end().catch(() => undefined);
  }

  private loseAll(): void {
    for (const state of this.leases.values()) state.lost = true;
    this.leases.clear();
  }
}
