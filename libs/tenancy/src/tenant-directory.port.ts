import { type Tenant, type TenantState } from './tenant';

export interface DirectoryWatch {
  /** True while every change, by any process, reaches the watcher; a cache keeps nothing otherwise. */
  readonly complete: boolean;
  stop(): Promise<void>;
}

/**
 * The platform's list of tenants: where each lives and which hosts reach it. Kept outside every tenant
 * (the platform schema on the installation's main server); only the platform administrator changes it.
 */
export interface TenantDirectory {
  /** Adds a tenant in state `provisioning`; refuses a taken id (TENANT_EXISTS) or host (HOST_TAKEN). */
  add(tenant: Tenant): Promise<void>;
  setState(tenantId: string, state: TenantState): Promise<void>;
  /**
   * Compare-and-set for a move: `moving` only if the tenant is still `active` on `serverUrl` (false
   * otherwise, nothing changed), so of two moves at once only one switches.
   */
  beginMove(tenantId: string, serverUrl: string): Promise<boolean>;
  /** A moved tenant: its new server, and `active` again, in one change. */
  switchServer(tenantId: string, serverUrl: string): Promise<void>;
  /** Every tenant, by id. */
  list(): Promise<Tenant[]>;
  byId(tenantId: string): Promise<Tenant | null>;
  /** The tenant a (normalised) host name reaches, in whatever state. */
  byHost(host: string): Promise<Tenant | null>;
  delete(tenantId: string): Promise<void>;
  /**
   * Optional: calls `onChanged` after any change to the directory commits, by this process or another
   * (and when it may have missed one), so a cache of lookups can be dropped.
   */
  watchChanges?(onChanged: () => void): DirectoryWatch;
  close(): Promise<void>;
}
