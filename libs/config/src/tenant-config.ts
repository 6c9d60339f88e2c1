import { join } from 'node:path';
import { type OrganisationSlag } from '@sparbar/domain';
import { type AppConfig } from './load-config';
import { witnessSettings } from './witness-settings';

/** Where a tenant lives, as the tenant directory has it (libs/tenancy's `Tenant`). */
export interface TenantLocation {
  tenantId: string;
  /** A region or a kommun: which organ types its administrators may register. */
  kind: OrganisationSlag;
  serverUrl: string;
  schema: string;
  /** Its host names; the first is its public address unless `publicBaseUrl` names one. */
  hosts: readonly string[];
  publicBaseUrl: string | null;
}

/**
 * The configuration one tenant's application runs with: the installation's, with the tenant's own
 * schema on its server as the store, its own queue prefix in Redis and its own witness folder, its
 * kind of organisation and its own public address (never the installation's PUBLIC_BASE_URL, which would
 * put one tenant's open data under another's name), and no tenant directory of its own. Its worker runs
 * in apps/worker, which serves every tenant; the front's application of a tenant runs it too only with
 * RUN_WORKER=true (for a set-up without apps/worker), whatever store the front itself has.
 */
export function configForTenant(config: AppConfig, tenant: TenantLocation): AppConfig {
  const store = { kind: 'postgres', url: tenant.serverUrl, schema: tenant.schema } as const;
  const witness = witnessSettings(config.env, store);
  // A WITNESS_DIR the operator named is shared by the installation: one folder per tenant inside it.
  const sharedDir = config.env.WITNESS_DIR?.trim();
  const { tenancy: _directory, ...rest } = config;
  return {
    ...rest,
    store,
    apiHostsWorker: /^(true|1)$/i.test(config.env.RUN_WORKER?.trim() ?? ''),
    queuePrefix: `${config.queuePrefix}-${tenant.tenantId}`,
    organisationKind: tenant.kind,
    publicBaseUrl: tenant.publicBaseUrl ?? `https://${tenant.hosts[0]}`,
    witness: sharedDir ? { ...witness, dir: join(sharedDir, tenant.tenantId) } : witness,
  };
}
