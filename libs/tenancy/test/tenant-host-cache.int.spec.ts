/**
 * The front's cache of host lookups: kept between requests, dropped at once when the directory
 * changes — by this process (told directly) or by another (PostgreSQL NOTIFY on the platform schema) —
 * so a removed tenant stops answering at once; and nothing kept while the LISTEN connection is down.
 */
import { randomBytes } from 'node:crypto';
import { TEST_DATABASE_URL, withClient } from '../../../test/support/postgres';
import { testClock } from '../../../test/support/clock';
import { defineTenant, PostgresTenantDirectory, type TenantDirectory, TenantHostCache } from '../src';

const run = randomBytes(3).toString('hex');
const platformSchema = `plattform_${run}`;
const host = `umea-${run}.sparbar.test`;
const tenant = () =>
  defineTenant(
    {
      tenantId: `umea-${run}`,
      namn: 'Umeå kommun',
      kind: 'kommun',
      hosts: [host],
      serverUrl: TEST_DATABASE_URL,
    },
    testClock(),
  );

/** The front's directory, counting the lookups that reach the database. */
function counting(directory: TenantDirectory) {
  const counted = { lookups: 0 };
  const wrapped: Pick<TenantDirectory, 'byHost' | 'watchChanges'> = {
    byHost: (h) => {
      counted.lookups++;
      return directory.byHost(h);
    },
    watchChanges: (onChanged) => directory.watchChanges!(onChanged),
  };
  return { counted, wrapped };
}

async function until(condition: () => boolean, what: string): Promise<void> {
  const giveUp = Date.now() + 5_000;
  while (!condition()) {
    if (Date.now() > giveUp) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

let front: PostgresTenantDirectory;
/** Another process's directory: the CLI's, say. */
let other: PostgresTenantDirectory;

beforeAll(async () => {
  front = await PostgresTenantDirectory.open(TEST_DATABASE_URL, platformSchema);
  other = await PostgresTenantDirectory.open(TEST_DATABASE_URL, platformSchema);
});

afterAll(async () => {
  await front?.close();
  await other?.close();
  await withClient((c) => c.query(`DROP SCHEMA IF EXISTS "${platformSchema}" CASCADE`));
});

describe('the cache of host lookups', () => {
  it("keeps lookups, and drops them at once when another process's change commits", async () => {
    const { counted, wrapped } = counting(front);
    let changes = 0;
    const seen = front.watchChanges(() => changes++);
    const cache = new TenantHostCache(wrapped);
    try {
      await until(() => seen.complete, 'the LISTEN connection');
      expect(await cache.byHost(host)).toBeNull();
      expect(await cache.byHost(host)).toBeNull();
      expect(counted.lookups).toBe(1);

      await other.add(tenant());
      await until(() => changes >= 2, 'the notification of the add');
      await other.setState(`umea-${run}`, 'active');
      await until(() => changes >= 3, 'the notification of the activation');
      expect(await cache.byHost(host)).toMatchObject({ state: 'active' });
      expect(await cache.byHost(host)).toMatchObject({ state: 'active' });
      expect(counted.lookups).toBe(2);

      // Removal by another process: its first step (removing) is heard, and the host answers no more.
      await other.setState(`umea-${run}`, 'removing');
      await until(() => changes >= 4, 'the notification of the removal');
      expect(await cache.byHost(host)).toMatchObject({ state: 'removing' });
      await other.delete(`umea-${run}`);
      await until(() => changes >= 5, 'the notification of the delete');
      expect(await cache.byHost(host)).toBeNull();
      expect(counted.lookups).toBe(4);
    } finally {
      await cache.stop();
      await seen.stop();
    }
  });

  it("drops them at once, without waiting for the notification, for this process's own change", async () => {
    const { counted, wrapped } = counting(front);
    const cache = new TenantHostCache(wrapped);
    const watch = front.watchChanges(() => undefined);
    try {
      await until(() => watch.complete, 'the LISTEN connection');
      await front.add(tenant());
      await front.setState(`umea-${run}`, 'active');
      expect(await cache.byHost(host)).toMatchObject({ state: 'active' });
      await front.setState(`umea-${run}`, 'removing');
      // No wait: the very next lookup sees the change.
      expect(await cache.byHost(host)).toMatchObject({ state: 'removing' });
      expect(counted.lookups).toBe(2);
      await front.delete(`umea-${run}`);
      expect(await cache.byHost(host)).toBeNull();
    } finally {
      await cache.stop();
      await watch.stop();
    }
  });

  it('keeps nothing while the directory cannot tell of changes', async () => {
    let lookups = 0;
    const cache = new TenantHostCache({
      byHost: async () => (lookups++, null),
      watchChanges: () => ({ complete: false, stop: async () => undefined }),
    });
    await cache.byHost(host);
    await cache.byHost(host);
    expect(lookups).toBe(2);
    const without = new TenantHostCache({ byHost: async () => (lookups++, null) });
    await without.byHost(host);
    await without.byHost(host);
    expect(lookups).toBe(4);
  });
});
