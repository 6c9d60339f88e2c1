/**
 * Removal: the tenant stops being reachable first (state `removing`: its hosts answer as unknown), then
 * its data goes — its schema dropped on its server; in EventStoreDB every stream under its prefix
 * hard-deleted (`PrefixedLog.removeAllStreams`) and its read models' schema dropped; or its data folder
 * deleted — then its row and hosts leave the directory. A removal that fails halfway can be run again:
 * it finishes what is left (streams deleted before are counted, not deleted twice). Exporting the log
 * first is the administrator's choice (not yet offered).
 */
import { type StreamRemoval } from '@sparbar/event-store';
import { ensureNotHeldElsewhere, removeFolder } from './embedded-folders';
import { dropSchema } from './postgres/tenant-servers';
import { type Tenant, TenancyError } from './tenant';
import { type PlatformDeps } from './provision-tenant';
import { openTenantLog } from './tenant-stores';

export interface RemovedTenant extends Tenant {
  /**
   * A tenant in EventStoreDB: the streams under its prefix this removal deleted, and those an earlier
   * attempt had; null for the others.
   */
  streams: StreamRemoval | null;
}

/**
 * `beforeDrop`: runs once the tenant is unreachable, before its data goes (to close what is open on it:
 * an embedded tenant's folder must be closed by the process that has it open, the front).
 * `deps.stores`: the installation's EventStoreDB cluster, needed for a tenant there.
 */
export async function removeTenant(
  deps: Pick<PlatformDeps, 'directory' | 'stores'>,
  tenantId: string,
  beforeDrop?: () => Promise<void>,
): Promise<RemovedTenant> {
  const tenant = await deps.directory.byId(tenantId);
  if (!tenant) throw new TenancyError('TENANT_NOT_FOUND', `Organisationen ${tenantId} finns inte`);
  // Another process (the front) has the folder open: only it can close it, so only it may remove.
  // Without `beforeDrop` nothing open in this process can be closed either.
  if (tenant.dataDir) ensureNotHeldElsewhere(tenant.dataDir, tenantId, beforeDrop === undefined);
  // The cluster must answer before anything changes: unreachable, the tenant stays as it was (409).
  const log = tenant.logStore === 'eventstoredb' ? await openTenantLog(tenant, deps.stores) : undefined;
  let streams: StreamRemoval | null = null;
  try {
    await deps.directory.setState(tenantId, 'removing');
    await beforeDrop?.();
    if (log) streams = await log.removeAllStreams();
  } finally {
    await log?.close();
  }
  if (tenant.dataDir) await removeFolder(tenant.dataDir);
  else if (tenant.serverUrl) await dropSchema(tenant.serverUrl, tenant.schema);
  await deps.directory.delete(tenantId);
  return { ...tenant, state: 'removing', streams };
}

/** How many of a tenant's streams a removal deleted, as the CLI and the API's log say it. */
export function removedStreams(prefix: string | null, streams: StreamRemoval): string {
  const earlier = streams.alreadyRemoved > 0 ? ` (${streams.alreadyRemoved} var redan raderade)` : '';
  return `${streams.removed} strömmar med prefixet ${prefix} raderade för gott i EventStoreDB${earlier}`;
}
