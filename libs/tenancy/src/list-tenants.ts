import { folderSize, hasEmbeddedStore } from './embedded-folders';
import { schemaSize } from './postgres/tenant-servers';
import { type Tenant } from './tenant';
import { type PlatformDeps } from './provision-tenant';
import { type BorrowTenantStore, openTenantStore } from './tenant-stores';

export interface TenantOverview extends Tenant {
  /**
   * Events in its log; null when not known: its server did not answer, its log is in EventStoreDB
   * (the cluster keeps no count per prefix), or it is embedded and not open in the process asked.
   */
  events: number | null;
  /**
   * Its size on disk in bytes: its schema's tables and indexes (beside EventStoreDB: its read models'),
   * or every file of its data folder.
   */
  bytes: number | null;
  /** Its slowest live projection's lag behind its log (postgres/tenant-servers.ts); null when not known. */
  projectionLag: { events: number; oldestSeconds: number } | null;
  /** Reminders whose delivery failed and has not gone out since; null when not known. */
  failedReminders: number | null;
  /**
   * `unreachable`: its log does not answer (its server, the cluster or its read models' server, or its
   * folder holds no store). `lagging`: an event its read models have not taken in is older than
   * `lagToleranceSeconds`. `reminders_failed`: some reminder's delivery failed and has not gone out since.
   * `ok` otherwise (also when lag and reminders are not known: EventStoreDB and embedded tenants).
   */
  health: TenantHealth;
}

export const TENANT_HEALTH = ['ok', 'lagging', 'reminders_failed', 'unreachable'] as const;
export type TenantHealth = (typeof TENANT_HEALTH)[number];

/** How old an event not yet in the read models may be before its tenant is `lagging`. */
export const LAG_TOLERANCE_SECONDS = 60;

export interface ListTenantsDeps extends Pick<PlatformDeps, 'directory' | 'stores'> {
  /** Lends an embedded tenant's store only when it is open already (the front's application). */
  borrowOpen?: BorrowTenantStore;
  /** Default LAG_TOLERANCE_SECONDS. */
  lagToleranceSeconds?: number;
}

/** Every tenant with its size and health, asked of each tenant's server or folder (in parallel). */
export async function listTenants(deps: ListTenantsDeps): Promise<TenantOverview[]> {
  const tenants = await deps.directory.list();
  return Promise.all(tenants.map(async (tenant) => ({ ...tenant, ...(await overview(deps, tenant)) })));
}

const COUNT_PAGE = 5_000;

type Overview = Pick<TenantOverview, 'events' | 'bytes' | 'health' | 'projectionLag' | 'failedReminders'>;

const NOT_KNOWN = { projectionLag: null, failedReminders: null };

async function overview(deps: ListTenantsDeps, tenant: Tenant): Promise<Overview> {
  if (tenant.logStore === 'embedded' && tenant.dataDir) {
    const bytes = await folderSize(tenant.dataDir);
    const health = hasEmbeddedStore(tenant.dataDir) ? 'ok' : 'unreachable';
    return { events: await openEventCount(deps, tenant), bytes, health, ...NOT_KNOWN };
  }
  if (tenant.serverUrl === null) return { events: null, bytes: null, health: 'unreachable', ...NOT_KNOWN };
  const size = await schemaSize(tenant.serverUrl, tenant.schema);
  if (tenant.logStore === 'postgres') return { ...size, health: healthOf(size, deps) };
  const answers = size.bytes !== null && (await clusterAnswers(deps, tenant));
  return { events: null, bytes: size.bytes, health: answers ? 'ok' : 'unreachable', ...NOT_KNOWN };
}

function healthOf(size: Omit<Overview, 'health'>, deps: ListTenantsDeps): TenantHealth {
  if (size.events === null) return 'unreachable';
  const tolerance = deps.lagToleranceSeconds ?? LAG_TOLERANCE_SECONDS;
  if (size.projectionLag && size.projectionLag.events > 0 && size.projectionLag.oldestSeconds >= tolerance) {
    return 'lagging';
  }
  return (size.failedReminders ?? 0) > 0 ? 'reminders_failed' : 'ok';
}

/**
 * Counted through the port (`readAll`, a page at a time) when its application is open here; never
 * opened for a list. An embedded tenant's log is small enough for that (one organisation, one process).
 */
async function openEventCount(deps: ListTenantsDeps, tenant: Tenant): Promise<number | null> {
  const lent = await deps.borrowOpen?.(tenant).catch(() => undefined);
  if (!lent) return null;
  try {
    let count = 0;
    let after = 0;
    for (;;) {
      const page = await lent.store.readAll({ after, maxCount: COUNT_PAGE });
      count += page.length;
      if (page.length < COUNT_PAGE) return count;
      after = page[page.length - 1]?.position ?? after;
    }
  } catch {
    return null;
  } finally {
    lent.release();
  }
}

async function clusterAnswers(deps: ListTenantsDeps, tenant: Tenant): Promise<boolean> {
  try {
    const { store, done } = await openTenantStore(tenant, deps.stores);
    try {
      await store.headPosition();
      return true;
    } finally {
      await done();
    }
  } catch {
    return false;
  }
}
