import { join } from 'node:path';
import { type AppConfig } from './load-config';
import { witnessSettings } from './witness-settings';

/** Where a tenant lives, as the tenant directory has it (libs/tenancy's `Tenant`). */
export interface TenantLocation {
  tenantId: string;
  serverUrl: string;
  schema: string;
}

/**
 * The configuration one tenant's application runs with: the installation's, with the tenant's own
 * schema on its server as the store, its own queue prefix in Redis and its own witness folder, and no
 * tenant directory of its own. Its worker runs in apps/worker, which serves every tenant; the front's
 * application of a tenant runs it too only with RUN_WORKER=true (for a set-up without apps/worker),
 * whatever store the front itself has.
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
    witness: sharedDir ? { ...witness, dir: join(sharedDir, tenant.tenantId) } : witness,
  };
}
