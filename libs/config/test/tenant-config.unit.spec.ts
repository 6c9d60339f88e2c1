import { configForTenant, loadConfig } from '../src';

const tenant = {
  tenantId: 'umea',
  kind: 'kommun' as const,
  serverUrl: 'postgres://db2/sparbar',
  schema: 'tenant_umea',
  hosts: ['umea.example.se'],
  publicBaseUrl: null,
};
const front = (env: Record<string, string>) =>
  loadConfig({ PLATFORM_DATABASE_URL: 'postgres://db/sparbar', QUEUE_PREFIX: 'sparbar', ...env });

describe("a tenant's configuration", () => {
  it("runs the tenant's own store, queue prefix and no directory", () => {
    const config = configForTenant(front({}), tenant);
    expect(config.store).toEqual({ kind: 'postgres', url: tenant.serverUrl, schema: 'tenant_umea' });
    expect(config.queuePrefix).toBe('sparbar-umea');
    expect(config.tenancy).toBeUndefined();
    expect(config.organisationKind).toBe('kommun');
    expect(config.publicBaseUrl).toBe('https://umea.example.se');
  });

  it("leaves the tenant's worker to apps/worker unless RUN_WORKER=true, even when the front is embedded", () => {
    expect(front({}).apiHostsWorker).toBe(true);
    expect(configForTenant(front({}), tenant).apiHostsWorker).toBe(false);
    expect(configForTenant(front({ DATABASE_URL: 'postgres://db/front' }), tenant).apiHostsWorker).toBe(
      false,
    );
    expect(configForTenant(front({ RUN_WORKER: 'true' }), tenant).apiHostsWorker).toBe(true);
  });
});
