/**
 * Removal: the tenant stops being reachable first (state `removing`: its hosts answer as unknown), then
 * its schema is dropped on its server, then its row and hosts leave the directory. A removal that fails
 * halfway can be run again. Exporting the log first is the administrator's choice (not yet offered).
 */
import { dropSchema } from './postgres/tenant-servers';
import { type Tenant, TenancyError } from './tenant';
import { type PlatformDeps } from './provision-tenant';

/** `beforeDrop`: runs once the tenant is unreachable, before its schema goes (to close what is open on it). */
export async function removeTenant(
  deps: Pick<PlatformDeps, 'directory'>,
  tenantId: string,
  beforeDrop: () => Promise<void> = async () => undefined,
): Promise<Tenant> {
  const tenant = await deps.directory.byId(tenantId);
  if (!tenant) throw new TenancyError('TENANT_NOT_FOUND', `Organisationen ${tenantId} finns inte`);
  await deps.directory.setState(tenantId, 'removing');
  await beforeDrop();
  await dropSchema(tenant.serverUrl, tenant.schema);
  await deps.directory.delete(tenantId);
  return { ...tenant, state: 'removing' };
}
