import { type Tenant, type TenantState } from './tenant';

/**
 * The platform's list of tenants: where each lives and which hosts reach it. Kept outside every tenant
 * (the platform schema on the installation's main server); only the platform administrator changes it.
 */
export interface TenantDirectory {
  /** Adds a tenant in state `provisioning`; refuses a taken id (TENANT_EXISTS) or host (HOST_TAKEN). */
  add(tenant: Tenant): Promise<void>;
  setState(tenantId: string, state: TenantState): Promise<void>;
  /** Every tenant, by id. */
  list(): Promise<Tenant[]>;
  byId(tenantId: string): Promise<Tenant | null>;
  /** The tenant a (normalised) host name reaches, in whatever state. */
  byHost(host: string): Promise<Tenant | null>;
  delete(tenantId: string): Promise<void>;
  close(): Promise<void>;
}
