/**
 * The front keeps at most TENANT_APPS_MAX tenants' applications open: one more closes the idle one used
 * longest ago, never one with a request under way; a failed open is tried again; a tenant moved to
 * another server is opened again there.
 */
import { type NestFastifyApplication } from '@nestjs/platform-fastify';
import { type Tenant } from '@sparbar/tenancy';
import { TenantApps } from '../src/plattform/tenant-apps';

const tenant = (tenantId: string) => ({ tenantId }) as Tenant;

function fakeApps() {
  const opened: string[] = [];
  const closed: string[] = [];
  let failNext = false;
  const open = async (t: Tenant) => {
    if (failNext) {
      failNext = false;
      throw new Error('server down');
    }
    opened.push(t.tenantId);
    return { close: async () => void closed.push(t.tenantId) } as unknown as NestFastifyApplication;
  };
  return { opened, closed, open, failOnce: () => (failNext = true) };
}

describe('the tenants’ open applications', () => {
  it('opens each once, and closes the idle one used longest ago to make room', async () => {
    const fake = fakeApps();
    const apps = new TenantApps(fake.open, 2);
    (await apps.use(tenant('a'))).done();
    (await apps.use(tenant('b'))).done();
    (await apps.use(tenant('a'))).done();
    expect(fake.opened).toEqual(['a', 'b']);
    (await apps.use(tenant('c'))).done();
    expect(fake.closed).toEqual(['b']);
    expect(apps.openTenants().sort()).toEqual(['a', 'c']);
  });

  it('keeps an application with a request under way, even past the limit', async () => {
    const fake = fakeApps();
    const apps = new TenantApps(fake.open, 1);
    const busy = await apps.use(tenant('a'));
    (await apps.use(tenant('b'))).done();
    expect(fake.closed).toEqual([]);
    busy.done();
    (await apps.use(tenant('c'))).done();
    expect(fake.closed).toEqual(['a', 'b']);
    expect(apps.openTenants()).toEqual(['c']);
  });

  it('opens concurrent first requests once, and tries a failed open again', async () => {
    const fake = fakeApps();
    const apps = new TenantApps(fake.open);
    await Promise.all([apps.use(tenant('a')), apps.use(tenant('a'))]);
    expect(fake.opened).toEqual(['a']);
    fake.failOnce();
    await expect(apps.use(tenant('b'))).rejects.toThrow('server down');
    await new Promise((resolve) => setImmediate(resolve));
    (await apps.use(tenant('b'))).done();
    expect(fake.opened).toEqual(['a', 'b']);
  });

  it('closes everything when the process stops, and opens nothing after', async () => {
    const fake = fakeApps();
    const apps = new TenantApps(fake.open);
    (await apps.use(tenant('a'))).done();
    await apps.closeAll();
    expect(fake.closed).toEqual(['a']);
    await expect(apps.use(tenant('b'))).rejects.toThrow('stopping');
  });

  it('closes and opens again the application of a tenant moved to another server (issue 22)', async () => {
    const fake = fakeApps();
    const apps = new TenantApps(fake.open);
    const on = (serverUrl: string) => ({ tenantId: 'a', serverUrl }) as Tenant;
    (await apps.use(on('postgres://db1/sparbar'))).done();
    (await apps.use(on('postgres://db1/sparbar'))).done();
    expect([fake.opened, fake.closed]).toEqual([['a'], []]);
    (await apps.use(on('postgres://db2/sparbar'))).done();
    expect([fake.opened, fake.closed]).toEqual([['a', 'a'], ['a']]);
  });
});
