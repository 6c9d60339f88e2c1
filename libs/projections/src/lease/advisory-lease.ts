/**
 * Leases as PostgreSQL session-level advisory locks, held on a connection of their own. A process that
 * dies (even by SIGKILL) closes its connection, and the server releases its locks at once, so another
 * worker can take over without waiting for a timeout. The key includes the schema, so deployments (and
 * test runs) in different schemas of one database do not block each other.
 */
import { Client } from 'pg';
import { type PgConnectionSettings, pgClientOptions } from '../db/pg-projection-db';
import { type Lease, type LeaseProvider } from './lease';

const LEASE_NAMESPACE = 7246032;
const KEY = `hashtext(current_schema() || '/' || $1)`;

export class AdvisoryLeaseProvider implements LeaseProvider {
  private client: Client | undefined;
  private connecting: Promise<Client> | undefined;
  private readonly leases = new Map<string, { lost: boolean }>();
  private heartbeat: NodeJS.Timeout | undefined;

  constructor(
    private readonly settings: PgConnectionSettings,
    /** How often the connection is checked, so a lost lease is noticed even while idle. */
    private readonly heartbeatMs = 2_000,
  ) {}

  async tryAcquire(name: string): Promise<Lease | null> {
    // Advisory locks are re-entrant per session: without this a second runner in the same process
    // would be granted the lease its sibling already holds.
    if (this.leases.has(name)) return null;
    const client = await this.connect();
    const [row] = (
      await client.query(`SELECT pg_try_advisory_lock(${LEASE_NAMESPACE}, ${KEY}) AS ok`, [name])
    ).rows as { ok: boolean }[];
    if (!row.ok) return null;
    const state = { lost: false };
    this.leases.set(name, state);
    return {
      name,
      get lost() {
        return state.lost;
      },
      release: async () => {
        if (state.lost) return;
        state.lost = true;
        this.leases.delete(name);
        await client
          .query(`SELECT pg_advisory_unlock(${LEASE_NAMESPACE}, ${KEY})`, [name])
          .catch(() => undefined);
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
      this.heartbeat = setInterval(() => {
        client.query('SELECT 1').catch(() => this.dropClient(client));
      }, this.heartbeatMs);
      this.heartbeat.unref();
      return client;
    })().finally(() => (this.connecting = undefined));
    return this.connecting;
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
