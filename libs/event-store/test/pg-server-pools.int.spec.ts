/**
 * Tenants sharing one pool per server (issue 22): every statement of a tenant runs in its own schema,
 * whichever tenant used the connection before, also after a failed transaction, a script that changed
 * the session, a connection the server dropped; the append's named prepared statements, planned in
 * one tenant's schema, write into the next tenant's own table on the same connection.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { type NewEvent, PgServerPools, PostgresEventStore, migrate } from '../src';
import {
  createTestSchema,
  TEST_DATABASE_URL,
  type TestSchema,
  withClient,
} from '../../../test/support/postgres';

const event = (type: string): NewEvent => ({
  type,
  data: {},
  metadata: { actor: 'person-test', occurredAt: '2025-06-18T10:00:00.000Z' },
});

/** The events of a schema, read straight from its table, not through any pool. */
async function typesIn(schema: string): Promise<string[]> {
  const { rows } = await withClient((c) =>
    c.query<{ type: string }>(`SELECT type FROM "${schema}".events ORDER BY position`),
  );
  return rows.map((r) => r.type);
}

async function connectionsNamed(applicationName: string): Promise<number> {
  const { rows } = await withClient((c) =>
    c.query<{ n: string }>('SELECT count(*) AS n FROM pg_stat_activity WHERE application_name = $1', [
      applicationName,
    ]),
  );
  return Number(rows[0].n);
}

describe('tenants on one shared pool', () => {
  const applicationName = `sparbar-pools-${randomBytes(3).toString('hex')}`;
  let pools: PgServerPools;
  let schemas: TestSchema[];
  let stores: PostgresEventStore[];

  beforeEach(async () => {
    // One connection: every tenant's statement runs on the connection the other tenant used last.
    pools = new PgServerPools({ maxConnections: 1, applicationName });
    schemas = [await createTestSchema('pools_a'), await createTestSchema('pools_b')];
    stores = [];
    for (const { schema } of schemas) {
      const driver = pools.driverFor({ url: TEST_DATABASE_URL, schema });
      await migrate(driver, schema);
      stores.push(new PostgresEventStore(driver, { idleIntervalMs: 20 }));
    }
  });

  afterEach(async () => {
    for (const store of stores) await store.close();
    await pools.close();
    for (const schema of schemas) await schema.drop();
  });

  it('lands alternating appends (one event: named statements; several: another) in each tenant’s own log', async () => {
    const [a, b] = stores;
    for (let i = 0; i < 3; i++) {
      await a.appendToStream('uppdrag-1', [event(`A${i}`)]);
      await b.appendToStream('uppdrag-1', [event(`B${i}`)]);
      await b.appendToStream(`delmal-${i}`, [event(`B${i}x`), event(`B${i}y`)]);
      await a.appendToStream(`delmal-${i}`, [event(`A${i}x`), event(`A${i}y`)]);
    }

    const expectedA = ['A0', 'A0x', 'A0y', 'A1', 'A1x', 'A1y', 'A2', 'A2x', 'A2y'];
    expect(await typesIn(schemas[0].schema)).toEqual(expectedA);
    expect(await typesIn(schemas[1].schema)).toEqual(expectedA.map((t) => t.replace('A', 'B')));
    expect((await a.readStream('uppdrag-1')).map((e) => e.type)).toEqual(['A0', 'A1', 'A2']);
    expect((await b.readStream('delmal-2')).map((e) => e.type)).toEqual(['B2x', 'B2y']);
    expect(await connectionsNamed(applicationName)).toBe(1);
  });

  it('keeps interleaved transactions, reads and appends of many tenants apart on two connections', async () => {
    await pools.close();
    // Its own name: the first pool's backends may take a moment to leave pg_stat_activity.
    const twoConnections = `${applicationName}-two`;
    pools = new PgServerPools({ maxConnections: 2, applicationName: twoConnections });
    const drivers = schemas.map(({ schema }) => pools.driverFor({ url: TEST_DATABASE_URL, schema }));
    for (const driver of drivers) await driver.exec('CREATE TABLE marks (tenant text NOT NULL)');
    stores = drivers.map((driver) => new PostgresEventStore(driver));
    const tenants = schemas.map((s, i) => ({ name: s.schema, driver: drivers[i], store: stores[i] }));

    await Promise.all(
      Array.from({ length: 120 }, async (_, i) => {
        const { name, driver, store } = tenants[i % 2];
        if (i % 3 === 0) await store.appendToStream(`uppdrag-${i}`, [event(name)]);
        else if (i % 3 === 1) {
          await driver.transaction(async (tx) => {
            await tx.query('INSERT INTO marks VALUES ($1)', [name]);
            const seen = await tx.query<{ tenant: string }>('SELECT DISTINCT tenant FROM marks');
            expect(seen.map((r) => r.tenant)).toEqual([name]);
          });
        } else {
          const seen = await driver.query<{ tenant: string }>('SELECT DISTINCT tenant FROM marks');
          expect(seen.every((r) => r.tenant === name)).toBe(true);
          expect((await store.readStream(`uppdrag-${i - 2}`)).every((e) => e.type === name)).toBe(true);
        }
      }),
    );

    for (const { name } of tenants) {
      expect(new Set(await typesIn(name))).toEqual(new Set([name]));
      expect(await typesIn(name)).toHaveLength(20);
    }
    expect(await connectionsNamed(twoConnections)).toBeLessThanOrEqual(2);
  });

  it('runs the next tenant in its own schema after a failed transaction, a failed statement and a script that moved the session', async () => {
    const drivers = schemas.map(({ schema }) => pools.driverFor({ url: TEST_DATABASE_URL, schema }));
    const [a, b] = drivers;
    await a.exec('CREATE TABLE marks (tenant text NOT NULL)');
    await b.exec('CREATE TABLE marks (tenant text NOT NULL)');

    await expect(
      a.transaction(async (tx) => {
        await tx.query("INSERT INTO marks VALUES ('a-rolled-back')");
        // Moves the session to B's schema, then fails: the ROLLBACK undoes both.
        await tx.query(`SET search_path TO "${schemas[1].schema}"`);
        await tx.query('SELECT * FROM no_such_table');
      }),
    ).rejects.toThrow(/no_such_table/);
    await b.query("INSERT INTO marks VALUES ('b')");
    await expect(a.query('SELECT nonsense FROM marks')).rejects.toThrow(/nonsense/);
    await a.query("INSERT INTO marks VALUES ('a')");

    // A script that changes the session and commits: the next checkout is set again.
    await a.transaction(async (tx) => {
      await tx.exec(`SET search_path TO "${schemas[1].schema}"; SELECT 1`);
    });
    await a.exec(`SET search_path TO "${schemas[1].schema}"`);
    await a.query("INSERT INTO marks VALUES ('a2')");
    await stores[0].appendToStream('uppdrag-x', [event('A')]);

    const marks = (schema: string) =>
      withClient((c) => c.query<{ tenant: string }>(`SELECT tenant FROM "${schema}".marks ORDER BY 1`));
    expect((await marks(schemas[0].schema)).rows.map((r) => r.tenant)).toEqual(['a', 'a2']);
    expect((await marks(schemas[1].schema)).rows.map((r) => r.tenant)).toEqual(['b']);
    expect(await typesIn(schemas[0].schema)).toEqual(['A']);
    expect(await typesIn(schemas[1].schema)).toEqual([]);
  });

  it('replaces a connection the server dropped, and puts the new one in the tenant’s schema', async () => {
    const [a, b] = stores;
    await a.appendToStream('uppdrag-1', [event('A1')]);
    await withClient((c) =>
      c.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [
        applicationName,
      ]),
    );
    // The dropped connection fails one statement at most; the pool then opens a fresh one.
    await b.appendToStream('uppdrag-1', [event('B1')]).catch(() => undefined);
    await b.appendToStream('uppdrag-2', [event('B2')]);
    await a.appendToStream('uppdrag-2', [event('A2')]);

    expect(await typesIn(schemas[0].schema)).toEqual(['A1', 'A2']);
    expect((await typesIn(schemas[1].schema)).filter((t) => t === 'B2')).toEqual(['B2']);
    expect(await typesIn(schemas[1].schema)).not.toContain('A2');
  });

  it('wakes a tenant’s watchers through the one LISTEN connection, not another tenant’s, and UNLISTENs on close', async () => {
    // Another process's appends: a registry of its own on the same schemas.
    const others = new PgServerPools({ maxConnections: 1, applicationName: `${applicationName}-b` });
    const writer = new PostgresEventStore(
      others.driverFor({ url: TEST_DATABASE_URL, schema: schemas[0].schema }),
    );
    const heard: [string, number | undefined][] = [];
    const watches = stores.map((store, i) => store.watchAppends((p) => heard.push([`t${i}`, p])));
    try {
      await waitFor(() => watches.every((w) => w.complete));
      heard.length = 0;
      const { position } = await writer.appendToStream(`uppdrag-${randomUUID()}`, [event('A')]);

      await waitFor(() => heard.some(([, p]) => p === position));
      expect(heard).toEqual([['t0', position]]);
      expect(await connectionsNamed(`${applicationName}-listen`)).toBe(1);
      expect(pools.listenerFor(TEST_DATABASE_URL).channelNames).toHaveLength(2);

      await stores[0].close();
      expect(pools.listenerFor(TEST_DATABASE_URL).channelNames).toHaveLength(1);
      expect(watches[1].complete).toBe(true);
    } finally {
      for (const w of watches) await w.stop();
      await writer.close();
      await others.close();
    }
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
