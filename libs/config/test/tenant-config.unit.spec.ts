import { join } from 'node:path';
import { configForTenant, loadConfig, type TenantLocation } from '../src';

const tenant: TenantLocation = {
  tenantId: 'umea',
  kind: 'kommun' as const,
  logStore: 'postgres',
  serverUrl: 'postgres://db2/sparbar',
  schema: 'tenant_umea',
  streamPrefix: null,
  dataDir: null,
  hosts: ['umea.example.se'],
  publicBaseUrl: null,
};
const inCluster: TenantLocation = { ...tenant, logStore: 'eventstoredb', streamPrefix: 'umea:' };
const embedded: TenantLocation = {
  ...tenant,
  logStore: 'embedded',
  serverUrl: null,
  dataDir: '/srv/sparbar/tenants/umea',
};
const ESDB = 'esdb://es1:2113,es2:2113?tls=false';
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

  it('gives a tenant in EventStoreDB the cluster under its prefix, its read models in its schema on its server', () => {
    const config = configForTenant(front({ PLATFORM_EVENTSTOREDB_URL: ESDB }), inCluster);
    expect(config.store).toEqual({
      kind: 'eventstoredb',
      url: ESDB,
      streamPrefix: 'umea:',
      readModels: { kind: 'postgres', url: 'postgres://db2/sparbar', schema: 'tenant_umea' },
    });
    expect(config.queuePrefix).toBe('sparbar-umea');
    expect(config.apiHostsWorker).toBe(false);
    // Not the cluster's one folder, which every tenant there would share.
    const other = configForTenant(front({ PLATFORM_EVENTSTOREDB_URL: ESDB }), {
      ...inCluster,
      tenantId: 'lycksele',
      streamPrefix: 'lycksele:',
    });
    expect(config.witness.dir).not.toBe(other.witness.dir);
  });

  it('refuses to open a tenant in EventStoreDB when the installation names no cluster, naming the setting', () => {
    expect(() => configForTenant(front({}), inCluster)).toThrow(/PLATFORM_EVENTSTOREDB_URL/);
  });

  it("gives an embedded tenant its own data folder and runs its worker in the front's process", () => {
    const config = configForTenant(front({ PLATFORM_DATA_DIR: '/srv/sparbar' }), embedded);
    expect(config.store).toEqual({ kind: 'embedded', dataDir: '/srv/sparbar/tenants/umea' });
    expect(config.apiHostsWorker).toBe(true);
    expect(config.witness.dir).toBe(join('/srv/sparbar/tenants/umea', 'vittne'));
    expect(config.queuePrefix).toBe('sparbar-umea');
  });

  it('reads the cluster and the data folder of the platform, only beside PLATFORM_DATABASE_URL', () => {
    const tenancy = front({ PLATFORM_EVENTSTOREDB_URL: ESDB, PLATFORM_DATA_DIR: 'data/plattform' }).tenancy;
    expect(tenancy?.eventStoreDbUrl).toBe(ESDB);
    expect(tenancy?.dataDir).toBe(join(process.cwd(), 'data/plattform'));
    expect(() => loadConfig({ PLATFORM_DATA_DIR: '/srv/x' })).toThrow(/PLATFORM_DATA_DIR/);
    expect(() => loadConfig({ PLATFORM_EVENTSTOREDB_URL: ESDB })).toThrow(/PLATFORM_EVENTSTOREDB_URL/);
    expect(() => front({ PLATFORM_EVENTSTOREDB_URL: 'http://es1:2113' })).toThrow(
      /PLATFORM_EVENTSTOREDB_URL/,
    );
  });
});
