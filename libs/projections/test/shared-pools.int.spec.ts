/**
 * Thirty tenants open at once on one PostgreSQL server allowing 100 connections (issue 22): each with
 * its event store, read models and append watch, all working at the same time, hold no more server
 * connections than the shared pool's size plus its one LISTEN and one notifying connection; closing a
 * tenant leaves the pool to the others, closing the registry gives every connection back.
 */
import { randomBytes } from 'node:crypto';
import { type EventStore, openEventStore } from '@sparbar/event-store';
import { Client } from 'pg';
import { migrateProjections, type PgProjectionDb, PgServerPools } from '../src';
import { startSecondPostgres, type SecondPostgres } from '../../../test/support/second-postgres';

const TENANTS = 30;
const POOL_MAX = 4;

describe('thirty tenants on one shared pool', () => {
  const applicationName = `sparbar-t30-${randomBytes(3).toString('hex')}`;
  let second: SecondPostgres;
  let pools: PgServerPools;
  const tenants: { schema: string; store: EventStore; db: PgProjectionDb }[] = [];

  const onServer = async <T>(work: (c: Client) => Promise<T>): Promise<T> => {
    const client = new Client({ connectionString: second.url });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };
  const ours = () =>
    onServer(async (c) => {
      const { rows } = await c.query<{ application_name: string; n: string }>(
        `SELECT application_name, count(*) AS n FROM pg_stat_activity
          WHERE application_name LIKE $1 GROUP BY 1`,
        [`${applicationName}%`],
      );
      return Object.fromEntries(rows.map((r) => [r.application_name, Number(r.n)]));
    });

  /**
   * The connections still held once the registry is closed. A backend whose client has hung up may stay
   * in pg_stat_activity for a moment while it exits (seen on a loaded CI machine), so this waits up to
   * five seconds for them to go; a connection the registry really kept stays and fails the test.
   */
  const heldAfterClosing = async (): Promise<Record<string, number>> => {
    const deadline = Date.now() + 5_000;
    for (;;) {
      const held = await ours();
      if (Object.keys(held).length === 0 || Date.now() > deadline) return held;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  beforeAll(async () => {
    second = await startSecondPostgres();
    pools = new PgServerPools({ maxConnections: POOL_MAX, applicationName });
  }, 60_000);

  afterAll(async () => {
    await pools?.close();
    await second?.stop();
  });

  it('holds at most the pool’s connections however many tenants work at once', async () => {
    for (let i = 0; i < TENANTS; i++) {
      const schema = `tenant_${i}`;
      const { store } = await openEventStore({ kind: 'postgres', url: second.url, schema }, { pools });
      const db = pools.projectionDbFor({ url: second.url, schema });
      await migrateProjections(db);
      tenants.push({ schema, store, db });
    }
    const watches = tenants.flatMap(({ store }) =>
      store.watchAppends ? [store.watchAppends(() => undefined)] : [],
    );
    expect(watches).toHaveLength(TENANTS);

    await Promise.all(
      tenants.map(async ({ schema, store, db }) => {
        await store.appendToStream('uppdrag-1', [
          { type: schema, data: {}, metadata: { actor: 'person-test', occurredAt: '2025-06-18T10:00:00Z' } },
        ]);
        await db.transaction((tx) => tx.query('SELECT count(*) FROM projection_registry'));
        expect((await store.readStream('uppdrag-1')).map((e) => e.type)).toEqual([schema]);
      }),
    );

    const held = await ours();
    expect(held[applicationName]).toBeLessThanOrEqual(POOL_MAX);
    expect(held[`${applicationName}-listen`]).toBe(1);
    expect(held[`${applicationName}-notify`]).toBe(1);
    for (const w of watches) await w.stop();

    // A closed tenant leaves the pool to the others.
    await tenants[0].store.close();
    await tenants[0].db.close();
    expect((await tenants[1].store.readStream('uppdrag-1')).map((e) => e.type)).toEqual(['tenant_1']);

    await pools.close();
    expect(await heldAfterClosing()).toEqual({});
  }, 120_000);
});
