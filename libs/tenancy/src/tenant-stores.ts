/**
 * Opening a tenant's store from outside its application (provisioning, export, the list), by where its
 * log lives: its schema, the installation's EventStoreDB cluster under its prefix, or its data folder.
 */
import { tenantStore } from '@sparbar/config';
import {
  type EventStore,
  EventStoreUnavailableError,
  openEventStore,
  openPrefixedLog,
  type PrefixedLog,
} from '@sparbar/event-store';
import { ensureNotHeldElsewhere } from './embedded-folders';
import { type Tenant, TenancyError } from './tenant';

/** What the installation offers beside PostgreSQL (PLATFORM_EVENTSTOREDB_URL, PLATFORM_DATA_DIR). */
export interface PlatformStores {
  eventStoreDbUrl?: string;
  dataDir?: string;
}

/**
 * A store of the tenant lent by whoever has it open (the front lends its tenant application's), to be
 * handed back with `release` and never closed by the borrower. Undefined: open it here.
 */
export type BorrowTenantStore = (
  tenant: Tenant,
) => Promise<{ store: EventStore; release: () => void } | undefined>;

export interface OpenedTenantStore {
  store: EventStore;
  /** Closes what was opened here, or hands back what was borrowed. */
  done(): Promise<void>;
}

/** The tenant's store: borrowed when `borrow` lends it, opened here otherwise. */
export async function openTenantStore(
  tenant: Tenant,
  stores: PlatformStores = {},
  borrow?: BorrowTenantStore,
): Promise<OpenedTenantStore> {
  const lent = await borrow?.(tenant);
  if (lent) {
    return { store: lent.store, done: async () => lent.release() };
  }
  // Only one process may open a data folder: refused while another one has it open.
  if (tenant.dataDir) ensureNotHeldElsewhere(tenant.dataDir, tenant.tenantId, borrow === undefined);
  if (tenant.logStore === 'eventstoredb' && !stores.eventStoreDbUrl) {
    throw new TenancyError(
      'INVALID_TENANT',
      'Installationen har inget EventStoreDB-kluster (PLATFORM_EVENTSTOREDB_URL)',
      'logStore',
    );
  }
  const { store } = await openEventStore(tenantStore(tenant, stores.eventStoreDbUrl));
  return { store, done: () => store.close() };
}

/**
 * An EventStoreDB tenant's streams in the installation's cluster (its prefix), to survey or remove them
 * (no read models opened). A cluster that is not configured or does not answer: `SERVER_UNREACHABLE`.
 */
export async function openTenantLog(tenant: Tenant, stores: PlatformStores = {}): Promise<PrefixedLog> {
  if (!stores.eventStoreDbUrl || !tenant.streamPrefix) {
    throw new TenancyError(
      'SERVER_UNREACHABLE',
      `Installationen har inget EventStoreDB-kluster (PLATFORM_EVENTSTOREDB_URL): strömmarna för ${tenant.tenantId} går inte att nå`,
      'logStore',
    );
  }
  try {
    return await openPrefixedLog(stores.eventStoreDbUrl, tenant.streamPrefix);
  } catch (error) {
    if (!(error instanceof EventStoreUnavailableError)) throw error;
    throw new TenancyError(
      'SERVER_UNREACHABLE',
      `EventStoreDB-klustret svarar inte (${error.message})`,
      'logStore',
    );
  }
}
