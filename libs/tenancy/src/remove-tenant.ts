/**
 * Removal: the tenant stops being reachable first (state `removing`: its hosts answer as unknown), then
 * its data goes — its schema dropped on its server (beside EventStoreDB: its read models'; its streams
 * stay in the cluster), or its data folder deleted — then its row and hosts leave the directory. A
 * removal that fails halfway can be run again. Exporting the log first is the administrator's choice
 * (not yet offered).
 */
import { ensureNotHeldElsewhere, removeFolder } from './embedded-folders';
import { dropSchema } from './postgres/tenant-servers';
import { type Tenant, TenancyError } from './tenant';
import { type PlatformDeps } from './provision-tenant';

/**
 * `beforeDrop`: runs once the tenant is unreachable, before its data goes (to close what is open on it:
 * an embedded tenant's folder must be closed by the process that has it open, the front).
 */
export async function removeTenant(
  deps: Pick<PlatformDeps, 'directory'>,
  tenantId: string,
  beforeDrop?: () => Promise<void>,
): Promise<Tenant> {
  const tenant = await deps.directory.byId(tenantId);
  if (!tenant) throw new TenancyError('TENANT_NOT_FOUND', `Organisationen ${tenantId} finns inte`);
  // Another process (the front) has the folder open: only it can close it, so only it may remove.
  // Without `beforeDrop` nothing open in this process can be closed either.
  if (tenant.dataDir) ensureNotHeldElsewhere(tenant.dataDir, tenantId, beforeDrop === undefined);
  await deps.directory.setState(tenantId, 'removing');
  await beforeDrop?.();
  if (tenant.dataDir) await removeFolder(tenant.dataDir);
  else if (tenant.serverUrl) await dropSchema(tenant.serverUrl, tenant.schema);
  await deps.directory.delete(tenantId);
  return { ...tenant, state: 'removing' };
}
