/**
 * Which worker serves which tenant: a session-level advisory lock per tenant on the platform database,
 * held on one connection of this worker's. A worker that dies (even by SIGKILL) closes its connection
 * and the server releases its locks at once, so a survivor takes its tenants at its next look.
 *
 * So that two workers split the tenants instead of the first taking them all, each worker also holds a
 * shared "present" lock; the number of holders is the number of live workers, and a worker aims at its
 * share, ceil(tenants / workers): it takes free tenants while below it and lets go of some while above.
 * Keys are namespaced by the platform schema, so test runs and installations on one server stay apart.
 */
import { Client } from 'pg';

const PRESENT_NAMESPACE = 7246033;
const TENANT_NAMESPACE = 7246034;

export class TenantLeases {
  private client: Client | undefined;
  private readonly held = new Set<string>();
  private heartbeat: NodeJS.Timeout | undefined;
  private lostAll = false;
  /** Queries on the one connection go one after another (pg will not queue them for us much longer). */
  private last: Promise<unknown> = Promise.resolve();
  private busy = 0;

  constructor(
    private readonly url: string,
    private readonly platformSchema: string,
    private readonly onLost: () => void,
    private readonly heartbeatMs = 2_000,
  ) {}

  /** The tenants this worker holds. */
  get tenants(): ReadonlySet<string> {
    return this.held;
  }

  /** Connects (again, after a loss) and announces this worker as present. */
  async connect(): Promise<void> {
    if (this.client) return;
    const client = new Client({ connectionString: this.url, application_name: 'sparbar-tenant-leases' });
    client.on('error', () => this.drop(client));
    client.on('end', () => this.drop(client));
    await client.connect();
    await client.query('SELECT pg_advisory_lock_shared($1, hashtext($2))', [
      PRESENT_NAMESPACE,
      this.platformSchema,
    ]);
    this.client = client;
    this.lostAll = false;
    this.heartbeat = setInterval(() => {
      // A query under way shows the connection alive as well as a heartbeat would.
      if (this.busy > 0) return;
      this.serial(() => client.query('SELECT 1')).catch(() => this.drop(client));
    }, this.heartbeatMs);
    this.heartbeat.unref();
  }

  /** How many workers are present (this one included). */
  async workers(): Promise<number> {
    const client = this.connected();
    const [row] = (
      await this.serial(() =>
        client.query<{ n: string }>(
          `SELECT count(*) AS n FROM pg_locks
          WHERE locktype = 'advisory' AND objsubid = 2 AND granted
            AND classid = $1::int::oid AND objid = hashtext($2)::oid
            AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
          [PRESENT_NAMESPACE, this.platformSchema],
        ),
      )
    ).rows;
    return Math.max(1, Number(row.n));
  }

  async tryAcquire(tenantId: string): Promise<boolean> {
    if (this.held.has(tenantId)) return true;
    const client = this.connected();
    const [row] = (
      await this.serial(() =>
        client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1, hashtext($2 || $3)) AS ok', [
          TENANT_NAMESPACE,
          `${this.platformSchema}/`,
          tenantId,
        ]),
      )
    ).rows;
    if (row.ok) this.held.add(tenantId);
    return row.ok;
  }

  async release(tenantId: string): Promise<void> {
    const client = this.client;
    if (!this.held.delete(tenantId) || !client) return;
    await this.serial(() =>
      client.query('SELECT pg_advisory_unlock($1, hashtext($2 || $3))', [
        TENANT_NAMESPACE,
        `${this.platformSchema}/`,
        tenantId,
      ]),
    ).catch(() => undefined);
  }

  async close(): Promise<void> {
    clearInterval(this.heartbeat);
    const client = this.client;
    this.client = undefined;
    this.held.clear();
    await client?.end().catch(() => undefined);
  }

  private serial<T>(query: () => Promise<T>): Promise<T> {
    this.busy++;
    const result = this.last.then(query);
    // The chain itself never fails: each caller gets its own query's outcome.
    this.last = result.catch(() => undefined).finally(() => this.busy--);
    return result;
  }

  private connected(): Client {
    if (!this.client) throw new Error('the tenant leases are not connected');
    return this.client;
  }

  /** The connection is gone, and every lock with it: the tenants must stop at once. */
  private drop(client: Client): void {
    if (this.client !== client) return;
    this.client = undefined;
    clearInterval(this.heartbeat);
    this.held.clear();
    client.end().catch(() => undefined);
    if (!this.lostAll) {
      this.lostAll = true;
      this.onLost();
    }
  }
}
