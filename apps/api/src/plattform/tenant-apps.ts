/**
 * The applications of the tenants this process serves, one each, opened on a tenant's first request and
 * kept: each is the whole API (and, with RUN_WORKER, its worker) on the tenant's own schema, queue prefix
 * and witness folder, so nothing one tenant's application holds (the log, read models, the in-memory
 * organisation directory, caches) can be reached from another's. See docs/tenancy.md for the cost.
 *
 * Their connections come from one pool per PostgreSQL server shared by all of them (`pools`,
 * TENANT_POOL_MAX), so the number open is bounded by memory, not by the server's max_connections: at
 * most `maxOpen` are kept (TENANT_APPS_MAX): opening one more first closes the one used longest ago that
 * has no request under way. Closing an application leaves the shared pools open; `closeAll` ends them.
 */
import { type NestFastifyApplication } from '@nestjs/platform-fastify';
import { type Tenant } from '@sparbar/tenancy';

export type OpenTenantApp = (tenant: Tenant) => Promise<NestFastifyApplication>;

interface OpenApp {
  app: Promise<NestFastifyApplication>;
  /** The server it was opened on: a tenant moved since (docs/tenancy.md) is opened again. */
  serverUrl: string | null;
  lastUsed: number;
  inFlight: number;
}

export class TenantApps {
  private readonly apps = new Map<string, OpenApp>();
  private closed = false;
  private tick = 0;

  constructor(
    private readonly openTenant: OpenTenantApp,
    private readonly maxOpen = Number.POSITIVE_INFINITY,
    private readonly pools?: { close(): Promise<void> },
  ) {}

  /**
   * The tenant's application, opened once (concurrent first requests wait for the same one), counted as
   * in use until `done` is called.
   */
  async use(tenant: Tenant): Promise<{ app: NestFastifyApplication; done: () => void }> {
    if (this.closed) throw new Error('the process is stopping');
    let entry = this.apps.get(tenant.tenantId);
    if (entry && entry.serverUrl !== tenant.serverUrl) {
      await this.close(tenant.tenantId);
      entry = undefined;
    }
    if (!entry) {
      await this.makeRoom();
      entry = this.apps.get(tenant.tenantId) ?? this.open(tenant);
    }
    const used = entry;
    used.lastUsed = ++this.tick;
    used.inFlight++;
    let released = false;
    const done = () => {
      if (!released) used.inFlight--;
      released = true;
    };
    try {
      return { app: await used.app, done };
    } catch (error) {
      done();
      throw error;
    }
  }

  /** Closes the tenant's application if this process has it open (before its schema goes). */
  async close(tenantId: string): Promise<void> {
    const entry = this.apps.get(tenantId);
    this.apps.delete(tenantId);
    await entry?.app.then((a) => a.close()).catch(() => undefined);
  }

  async closeAll(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.apps.keys()].map((tenantId) => this.close(tenantId)));
    await this.pools?.close();
  }

  /** The tenants whose applications are open here. */
  openTenants(): string[] {
    return [...this.apps.keys()];
  }

  private open(tenant: Tenant): OpenApp {
    const entry: OpenApp = {
      app: this.openTenant(tenant),
      serverUrl: tenant.serverUrl,
      lastUsed: 0,
      inFlight: 0,
    };
    this.apps.set(tenant.tenantId, entry);
    // A failed open is tried again on the next request, not remembered.
    entry.app.catch(() => {
      if (this.apps.get(tenant.tenantId) === entry) this.apps.delete(tenant.tenantId);
    });
    return entry;
  }

  /** Below `maxOpen` again, by closing the idle applications used longest ago (busy ones stay). */
  private async makeRoom(): Promise<void> {
    while (this.apps.size >= this.maxOpen) {
      const idle = [...this.apps.entries()]
        .filter(([, entry]) => entry.inFlight === 0)
        .sort(([, a], [, b]) => a.lastUsed - b.lastUsed)[0];
      if (!idle) return;
      await this.close(idle[0]);
    }
  }
}
