import { schemaSize } from './postgres/tenant-servers';
import { type Tenant } from './tenant';
import { type PlatformDeps } from './provision-tenant';

export interface TenantOverview extends Tenant {
  /** Events in its log (null: its server did not answer). */
  events: number | null;
  /** Its schema's size on disk in bytes, tables and indexes. */
  bytes: number | null;
  /** `ok`: its server answered and its log is there; `unreachable` otherwise. */
  health: 'ok' | 'unreachable';
}

/** Every tenant with its size and health, asked of each tenant's server (in parallel). */
export async function listTenants(deps: Pick<PlatformDeps, 'directory'>): Promise<TenantOverview[]> {
  const tenants = await deps.directory.list();
  return Promise.all(
    tenants.map(async (tenant) => {
      const size = await schemaSize(tenant.serverUrl, tenant.schema);
      return { ...tenant, ...size, health: size.events === null ? 'unreachable' : 'ok' } as const;
    }),
  );
}
