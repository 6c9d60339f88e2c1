import { join } from 'node:path';
import { type OrganisationSlag } from '@sparbar/domain';
import { ConfigError } from './config-error';
import { type AppConfig, type StoreSettings } from './load-config';
import { witnessSettings } from './witness-settings';

/** Where a tenant lives, as the tenant directory has it (libs/tenancy's `Tenant`). */
export interface TenantLocation {
  tenantId: string;
  /** A region or a kommun: which organ types its administrators may register. */
  kind: OrganisationSlag;
  /** Where its log lives: its schema, the installation's EventStoreDB cluster, or its own data folder. */
  logStore: 'postgres' | 'eventstoredb' | 'embedded';
  /** Its PostgreSQL server (its read models' beside EventStoreDB); null when embedded. */
  serverUrl: string | null;
  schema: string;
  /** Its streams' prefix in the EventStoreDB cluster. */
  streamPrefix: string | null;
  /** Its data folder when embedded. */
  dataDir: string | null;
  /** Its host names; the first is its public address unless `publicBaseUrl` names one. */
  hosts: readonly string[];
  publicBaseUrl: string | null;
}

/**
 * The configuration one tenant's application runs with: the installation's, with the tenant's own
 * store (its schema on its server; or the installation's EventStoreDB cluster under its stream prefix,
 * read models in its schema; or its own data folder), its own queue prefix in Redis and its own witness folder, its
 * kind of organisation and its own public address (never the installation's PUBLIC_BASE_URL, which would
 * put one tenant's open data under another's name), and no tenant directory of its own. Its worker runs
 * in apps/worker, which serves every tenant; the front's application of a tenant runs it too only with
 * RUN_WORKER=true (for a set-up without apps/worker), whatever store the front itself has — except an
 * embedded tenant's: only the process that opened its folder may, so the front runs its worker.
 */
export function configForTenant(config: AppConfig, tenant: TenantLocation): AppConfig {
  const store = tenantStore(tenant, config.tenancy?.eventStoreDbUrl);
  const witness = witnessSettings(config.env, store);
  // A WITNESS_DIR the operator named is shared by the installation: one folder per tenant inside it.
  const sharedDir = config.env.WITNESS_DIR?.trim();
  const { tenancy: _directory, ...rest } = config;
  return {
    ...rest,
    store,
    apiHostsWorker: store.kind === 'embedded' || /^(true|1)$/i.test(config.env.RUN_WORKER?.trim() ?? ''),
    queuePrefix: `${config.queuePrefix}-${tenant.tenantId}`,
    organisationKind: tenant.kind,
    publicBaseUrl: tenant.publicBaseUrl ?? `https://${tenant.hosts[0]}`,
    witness: { ...witness, dir: witnessDir(witness.dir, sharedDir, store, tenant.tenantId) },
  };
}

/** What `openEventStore` takes for the tenant: the store its directory entry names. */
export function tenantStore(tenant: TenantLocation, eventStoreDbUrl: string | undefined): StoreSettings {
  switch (tenant.logStore) {
    case 'embedded':
      if (!tenant.dataDir) throw new Error(`the embedded tenant ${tenant.tenantId} has no data folder`);
      return { kind: 'embedded', dataDir: tenant.dataDir };
    case 'eventstoredb': {
      const url = eventStoreDbUrl;
      if (!url) {
        throw new ConfigError(
          'PLATFORM_EVENTSTOREDB_URL',
          `saknas, men organisationen ${tenant.tenantId} har sin logg i EventStoreDB`,
        );
      }
      return {
        kind: 'eventstoredb',
        url,
        streamPrefix: tenant.streamPrefix ?? `${tenant.tenantId}:`,
        readModels: { kind: 'postgres', url: serverOf(tenant), schema: tenant.schema },
      };
    }
    case 'postgres':
      return { kind: 'postgres', url: serverOf(tenant), schema: tenant.schema };
  }
}

function serverOf(tenant: TenantLocation): string {
  if (!tenant.serverUrl) throw new Error(`the tenant ${tenant.tenantId} has no server`);
  return tenant.serverUrl;
}

/**
 * A witness belongs to one log. Inside a WITNESS_DIR the operator named, one folder per tenant; by
 * default one per database, which for a tenant in EventStoreDB would be the cluster's, shared by every
 * tenant there: a folder per tenant inside it.
 */
function witnessDir(
  dir: string,
  sharedDir: string | undefined,
  store: StoreSettings,
  tenantId: string,
): string {
  if (sharedDir) return join(sharedDir, tenantId);
  return store.kind === 'eventstoredb' ? join(dir, tenantId) : dir;
}
