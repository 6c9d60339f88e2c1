/**
 * Provisioning: the tenant is entered in the directory (state `provisioning`, so its hosts are taken
 * at once and nobody else can claim them), its schema is created on its server with the store's
 * migrations, its organ structure is registered through the same use case an administrator uses, and
 * then it is `active`. A failure on the way removes what was made, the directory's row last.
 */
import { Application, registerOrgan, type RegisterOrganInput, type WriteContext } from '@sparbar/application';
import { type Actor, checkOrganStructure, DomainError } from '@sparbar/domain';
import { openEventStore } from '@sparbar/event-store';
import { dropSchema, schemaExists } from './postgres/tenant-servers';
import { placeTenant, type Placement } from './place-tenant';
import { defineTenant, type Tenant, TenancyError, type TenantInput } from './tenant';
import { type TenantDirectory } from './tenant-directory.port';

export interface ProvisionTenantInput extends Omit<TenantInput, 'serverUrl'> {
  /** Its server; absent, it goes where there is room (`placement`). */
  serverUrl?: string;
  /** Its organs, parents before children (an organ's parent must be registered first). */
  organs: readonly RegisterOrganInput[];
}

export interface PlatformDeps {
  directory: TenantDirectory;
  clock: () => Date;
  /** The installation's servers, for a tenant whose provisioning names none. */
  placement?: Placement;
}

/**
 * Who wrote a tenant's first events: the platform administrator, as an admin of no organ, under an id
 * no tenant's person can have been given before (`plattform-<name>`, in the characters an id allows).
 */
export function platformActor(administrator: string): Actor {
  const name = administrator.replace(/[^A-Za-z0-9_-]/g, '-').slice(0, 80);
  return { personId: `plattform-${name}`, roles: ['admin'], organId: null };
}

export async function provisionTenant(
  deps: PlatformDeps,
  input: ProvisionTenantInput,
  administrator: string,
): Promise<Tenant> {
  const serverUrl = input.serverUrl ?? (await placed(deps));
  const tenant = defineTenant({ ...input, serverUrl }, deps.clock());
  if (input.organs.length === 0) {
    throw new TenancyError('INVALID_TENANT', 'Organisationen behöver minst ett organ', 'organs');
  }
  try {
    // A kommun's organs are of a kommun's types, one fullmäktige at the top: checked before anything is made.
    checkOrganStructure(tenant.kind, input.organs);
  } catch (error) {
    if (error instanceof DomainError)
      throw new TenancyError('INVALID_TENANT', error.message, error.field ?? 'organs');
    throw error;
  }
  await deps.directory.add(tenant);
  let schemaMade = false;
  try {
    if (await schemaExists(tenant.serverUrl, tenant.schema)) {
      throw new TenancyError(
        'SCHEMA_TAKEN',
        `Schemat ${tenant.schema} finns redan på servern: ta bort det eller välj ett annat id`,
        'tenantId',
      );
    }
    schemaMade = true;
    const { store } = await openEventStore({
      kind: 'postgres',
      url: tenant.serverUrl,
      schema: tenant.schema,
    });
    try {
      const app = Application.live(store, deps.clock);
      const write: WriteContext = {
        actor: platformActor(administrator),
        expectedRevision: undefined,
        requestId: `plattform-provision-${tenant.tenantId}`,
      };
      for (const organ of input.organs) {
        await registerOrgan(app, { ...organ, organisation: tenant.kind }, write);
      }
    } finally {
      await store.close();
    }
    await deps.directory.setState(tenant.tenantId, 'active');
    return { ...tenant, state: 'active' };
  } catch (error) {
    if (schemaMade) await dropSchema(tenant.serverUrl, tenant.schema).catch(() => undefined);
    await deps.directory.delete(tenant.tenantId).catch(() => undefined);
    throw error;
  }
}

async function placed(deps: PlatformDeps): Promise<string> {
  if (!deps.placement) {
    throw new TenancyError('INVALID_TENANT', 'Ange servern (postgres://…)', 'serverUrl');
  }
  return placeTenant(deps.placement, await deps.directory.list());
}
