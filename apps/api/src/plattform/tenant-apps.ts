/**
 * The applications of the tenants this process serves, one each, opened on a tenant's first request and
 * kept: each is the whole API (and, with RUN_WORKER, its worker) on the tenant's own schema, queue prefix
 * and witness folder, so nothing one tenant's application holds (the log, read models, the in-memory
 * organisation directory, caches) can be reached from another's. See docs/tenancy.md for the cost.
 */
import { type NestFastifyApplication } from '@nestjs/platform-fastify';
import { type Tenant } from '@sparbar/tenancy';

export type OpenTenantApp = (tenant: Tenant) => Promise<NestFastifyApplication>;

export class TenantApps {
  private readonly apps = new Map<string, Promise<NestFastifyApplication>>();
  private closed = false;

  constructor(private readonly openTenant: OpenTenantApp) {}

  /** The tenant's application, opened once (concurrent first requests wait for the same one). */
  get(tenant: Tenant): Promise<NestFastifyApplication> {
    if (this.closed) return Promise.reject(new Error('the process is stopping'));
    let app = this.apps.get(tenant.tenantId);
    if (!app) {
      app = this.openTenant(tenant);
      this.apps.set(tenant.tenantId, app);
      // A failed open is tried again on the next request, not remembered.
      app.catch(() => this.apps.delete(tenant.tenantId));
    }
    return app;
  }

  /** Closes the tenant's application if this process has it open (before its schema goes). */
  async close(tenantId: string): Promise<void> {
    const app = this.apps.get(tenantId);
    this.apps.delete(tenantId);
    await app?.then((a) => a.close()).catch(() => undefined);
  }

  async closeAll(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.apps.keys()].map((tenantId) => this.close(tenantId)));
  }

  /** The tenants whose applications are open here, for the log and the tests. */
  openTenants(): string[] {
    return [...this.apps.keys()];
  }
}
