/**
 * Provisioning: the tenant is entered in the directory (state `provisioning`, so its hosts are taken
 * at once and nobody else can claim them), its store is made — its schema on its server with the
 * store's migrations (beside EventStoreDB: the read models' schema, and its stream prefix must never
 * have been used: not by events, nor by a removed tenant's deleted streams), or its data folder — its
 * organ structure is registered through `registerOrganStructure` (checked as a whole, each organ as its
 * kind's, by the same use case an administrator uses), or by its content (the demo of its kind, the
 * same way), and then it is `active`. A failure on the way removes what was made, the directory's row
 * last.
 */
import {
  Application,
  type RegisterOrganInput,
  registerOrganStructure,
  type WriteContext,
} from '@sparbar/application';
import { type Actor, checkOrganStructure, DomainError, organStream } from '@sparbar/domain';
import { type EventStore } from '@sparbar/event-store';
import { folderInUse, removeFolder, tenantFolder } from './embedded-folders';
import { dropSchema, schemaExists } from './postgres/tenant-servers';
import { placeTenant, type Placement } from './place-tenant';
import { defineTenant, type Tenant, TenancyError, type TenantInput } from './tenant';
import { type TenantDirectory } from './tenant-directory.port';
import { openTenantLog, openTenantStore, type PlatformStores } from './tenant-stores';

export interface ProvisionTenantInput extends Omit<TenantInput, 'serverUrl' | 'dataDir'> {
  /** Its server; absent, it goes where there is room (`placement`). None for an embedded tenant. */
  serverUrl?: string | null;
  /** Its organs, parents before children (an organ's parent must be registered first). */
  organs: readonly RegisterOrganInput[];
  /**
   * Writes the tenant's first events instead of the platform administrator registering `organs` now:
   * the demo of its kind (libs/demo `loadDemo`), which registers the same organs, dated before its
   * history, through the same `registerOrganStructure`. Every organ of `organs` must be in the log
   * after it, or nothing of the tenant is kept.
   */
  content?: (store: EventStore, tenant: Tenant) => Promise<void>;
}

export interface PlatformDeps {
  directory: TenantDirectory;
  clock: () => Date;
  /** The installation's servers, for a tenant whose provisioning names none. */
  placement?: Placement;
  /** The EventStoreDB cluster and the data folder, when the installation has them. */
  stores?: PlatformStores;
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
  const logStore = input.logStore ?? 'postgres';
  checkLogStore(logStore, deps.stores ?? {});
  const embedded = logStore === 'embedded';
  const serverUrl = embedded ? input.serverUrl : (input.serverUrl ?? (await placed(deps)));
  const dataDir =
    embedded && deps.stores?.dataDir && typeof input.tenantId === 'string'
      ? tenantFolder(deps.stores.dataDir, input.tenantId.trim())
      : null;
  const tenant = defineTenant({ ...input, logStore, serverUrl, dataDir }, deps.clock());
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
  let made: (() => Promise<void>) | undefined;
  try {
    made = await makeStore(tenant, deps.stores);
    const { store, done } = await openTenantStore(tenant, deps.stores);
    try {
      if (input.content) {
        await input.content(store, tenant);
        await requireOrgans(store, input.organs);
      } else {
        const app = Application.live(store, deps.clock);
        const write: WriteContext = {
          actor: platformActor(administrator),
          expectedRevision: undefined,
          requestId: `plattform-provision-${tenant.tenantId}`,
        };
        await registerOrganStructure(app, { organisation: tenant.kind, organs: input.organs }, write);
      }
    } finally {
      await done();
    }
    await deps.directory.setState(tenant.tenantId, 'active');
    return { ...tenant, state: 'active' };
  } catch (error) {
    await made?.().catch(() => undefined);
    await deps.directory.delete(tenant.tenantId).catch(() => undefined);
    throw error;
  }
}

/** What the tenant's content was to register (its organs) is in its log. */
async function requireOrgans(store: EventStore, organs: readonly RegisterOrganInput[]): Promise<void> {
  for (const { organId } of organs) {
    if ((await store.readStream(organStream(organId), { maxCount: 1 })).length === 0) {
      throw new TenancyError('INVALID_TENANT', `Organet ${organId} registrerades inte`, 'organs');
    }
  }
}

/**
 * Refuses a schema, folder or stream prefix already used (nothing of it is touched); returns how to
 * undo what it makes: the schema dropped, the folder removed, the streams written deleted. The store
 * itself is made when it is first opened.
 */
async function makeStore(tenant: Tenant, stores: PlatformStores = {}): Promise<() => Promise<void>> {
  if (tenant.dataDir) {
    const dir = tenant.dataDir;
    if (await folderInUse(dir)) {
      throw new TenancyError(
        'LOG_TAKEN',
        `Mappen ${dir} finns redan och är inte tom: ta bort den eller välj ett annat id`,
        'tenantId',
      );
    }
    return () => removeFolder(dir);
  }
  if (tenant.logStore === 'eventstoredb') await ensurePrefixUnused(tenant, stores);
  const url = tenant.serverUrl as string;
  if (await schemaExists(url, tenant.schema)) {
    throw new TenancyError(
      'SCHEMA_TAKEN',
      `Schemat ${tenant.schema} finns redan på servern: ta bort det eller välj ett annat id`,
      'tenantId',
    );
  }
  if (tenant.logStore !== 'eventstoredb') return () => dropSchema(url, tenant.schema);
  return async () => {
    // What a failed provisioning wrote to the cluster goes too (its prefix is then taken for good).
    const log = await openTenantLog(tenant, stores);
    try {
      await log.removeAllStreams();
    } finally {
      await log.close();
    }
    await dropSchema(url, tenant.schema);
  };
}

/**
 * A prefix is free only if the cluster has nothing under it. A removed tenant's streams are deleted
 * for good (tombstones): their names can never be written again, and until the cluster is scavenged
 * their events are still in `$all`, where the new tenant's reads would find them. So its id stays
 * taken (docs/tenancy.md, "Removing a tenant in EventStoreDB").
 */
async function ensurePrefixUnused(tenant: Tenant, stores: PlatformStores): Promise<void> {
  const log = await openTenantLog(tenant, stores);
  let survey;
  try {
    survey = await log.surveyStreams();
  } finally {
    await log.close();
  }
  if (survey.removedStreams > 0) {
    throw new TenancyError(
      'LOG_TAKEN',
      `En borttagen organisation har haft prefixet ${tenant.streamPrefix} i EventStoreDB: dess ${survey.removedStreams} strömmar är raderade för gott: EventStoreDB låter aldrig namnen skrivas igen, och händelserna finns kvar i klustrets $all tills det städas (scavenge). Välj ett annat id`,
      'tenantId',
    );
  }
  if (survey.streams > 0) {
    throw new TenancyError(
      'LOG_TAKEN',
      `EventStoreDB har redan ${survey.streams} strömmar med prefixet ${tenant.streamPrefix}: välj ett annat id`,
      'tenantId',
    );
  }
}

/** A log store the installation does not have is a bad request naming the field. */
function checkLogStore(logStore: unknown, stores: PlatformStores): void {
  if (logStore === 'eventstoredb' && !stores.eventStoreDbUrl) {
    throw new TenancyError(
      'INVALID_TENANT',
      'Installationen har inget EventStoreDB-kluster (PLATFORM_EVENTSTOREDB_URL är inte satt)',
      'logStore',
    );
  }
  if (logStore === 'embedded' && !stores.dataDir) {
    throw new TenancyError(
      'INVALID_TENANT',
      'Installationen har ingen datamapp för inbäddade organisationer (PLATFORM_DATA_DIR är inte satt)',
      'logStore',
    );
  }
}

async function placed(deps: PlatformDeps): Promise<string> {
  if (!deps.placement) {
    throw new TenancyError('INVALID_TENANT', 'Ange servern (postgres://…)', 'serverUrl');
  }
  return placeTenant(deps.placement, await deps.directory.list());
}
