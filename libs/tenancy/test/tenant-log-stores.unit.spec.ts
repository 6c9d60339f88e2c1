/**
 * Where a tenant's log lives (issue 22): postgres by default, eventstoredb under a prefix derived from
 * its id, embedded in a folder the platform chooses; a store the installation lacks is refused before
 * anything is written.
 */
import {
  defineTenant,
  provisionTenant,
  streamPrefixOf,
  type TenancyError,
  type TenantDirectory,
} from '../src';

const NOW = new Date('2026-03-02T09:00:00Z');
const UMEA = {
  tenantId: 'umea',
  namn: 'Umeå kommun',
  kind: 'kommun' as const,
  hosts: ['umea.sparbar.example.se'],
};
const organs = [
  { organId: 'kf', namn: 'Kommunfullmäktige', kortnamn: 'KF', typ: 'kommunfullmaktige' as const },
];

/** A directory that must not be reached: every refusal here comes before anything is entered. */
const untouched = new Proxy({} as TenantDirectory, {
  get: (_target, name) => () => Promise.reject(new Error(`the directory was asked: ${String(name)}`)),
});

function refusal(work: () => unknown): TenancyError {
  try {
    work();
  } catch (error) {
    return error as TenancyError;
  }
  throw new Error('expected a refusal');
}

describe("a tenant's log store", () => {
  it('is PostgreSQL unless named: its schema on its server, no prefix, no folder', () => {
    const tenant = defineTenant({ ...UMEA, serverUrl: 'postgres://db1/sparbar' }, NOW);
    expect(tenant).toMatchObject({
      logStore: 'postgres',
      serverUrl: 'postgres://db1/sparbar',
      schema: 'tenant_umea',
      streamPrefix: null,
      dataDir: null,
    });
  });

  it('in EventStoreDB: the prefix `<id>:`, read models in its schema on its server', () => {
    const tenant = defineTenant(
      { ...UMEA, tenantId: 'umea-kommun', logStore: 'eventstoredb', serverUrl: 'postgres://db1/sparbar' },
      NOW,
    );
    expect(tenant).toMatchObject({
      logStore: 'eventstoredb',
      serverUrl: 'postgres://db1/sparbar',
      schema: 'tenant_umea_kommun',
      streamPrefix: 'umea-kommun:',
      dataDir: null,
    });
    // No tenant's prefix begins another's streams: `umea:` is not the start of `umea-kommun:…`.
    expect(`${streamPrefixOf('umea-kommun')}uppdrag-1`.startsWith(streamPrefixOf('umea'))).toBe(false);
    expect(refusal(() => defineTenant({ ...UMEA, logStore: 'eventstoredb' }, NOW)).field).toBe('serverUrl');
  });

  it('embedded: its folder, no server', () => {
    const tenant = defineTenant({ ...UMEA, logStore: 'embedded', dataDir: '/srv/p/tenants/umea' }, NOW);
    expect(tenant).toMatchObject({
      logStore: 'embedded',
      serverUrl: null,
      streamPrefix: null,
      dataDir: '/srv/p/tenants/umea',
    });
    const withServer = {
      ...UMEA,
      logStore: 'embedded' as const,
      dataDir: '/x',
      serverUrl: 'postgres://db/x',
    };
    expect(refusal(() => defineTenant(withServer, NOW))).toMatchObject({ field: 'serverUrl' });
    expect(refusal(() => defineTenant({ ...UMEA, logStore: 'embedded' }, NOW))).toMatchObject({
      field: 'logStore',
    });
    const unknown = { ...UMEA, logStore: 'sqlite' as never, serverUrl: 'postgres://db/x' };
    expect(refusal(() => defineTenant(unknown, NOW))).toMatchObject({ field: 'logStore' });
  });

  it('is refused when the installation has no cluster or no data folder, naming logStore, before anything is made', async () => {
    const deps = { directory: untouched, clock: () => NOW, stores: {} };
    for (const logStore of ['eventstoredb', 'embedded'] as const) {
      await expect(
        provisionTenant(deps, { ...UMEA, logStore, serverUrl: 'postgres://db/x', organs }, 'drift'),
      ).rejects.toMatchObject({ code: 'INVALID_TENANT', field: 'logStore' });
    }
    await expect(
      provisionTenant(
        { ...deps, stores: { dataDir: '/srv/p' } },
        { ...UMEA, logStore: 'eventstoredb', serverUrl: 'postgres://db/x', organs },
        'drift',
      ),
    ).rejects.toMatchObject({
      field: 'logStore',
      message: expect.stringMatching(/PLATFORM_EVENTSTOREDB_URL/),
    });
  });
});
