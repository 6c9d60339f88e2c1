/**
 * Global order under concurrency, on PostgreSQL. Positions come from a sequence, so a transaction can
 * take a lower position and commit after a higher one. A reader must then wait for it, never skip it;
 * and a hole left by a rollback must not block readers for ever.
 */
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { type EventStore, PgDriver, PostgresEventStore, type StoredEvent, migrate } from '../src';
import { APPEND_SQL } from '../src/postgres/append.sql';
import { createTestSchema, type TestSchema } from '../../../test/support/postgres';
import { waitFor } from './event-store.contract';

let schema: TestSchema;
let store: EventStore;
const clients: Client[] = [];

beforeAll(async () => {
  schema = await createTestSchema('order');
  const driver = new PgDriver({
    connectionString: schema.connectionString,
    schema: schema.schema,
    maxConnections: 30,
  });
  await migrate(driver, schema.schema);
  store = new PostgresEventStore(driver, { idleIntervalMs: 5 });
});

afterAll(async () => {
  await Promise.all(clients.map((c) => c.end().catch(() => undefined)));
  await store.close();
  await schema.drop();
});

/** A writer that controls its own transaction, so a test can hold it open or roll it back. */
async function rawWriter(): Promise<Client> {
  const client = new Client({
    connectionString: schema.connectionString,
    options: `-c search_path="${schema.schema}"`,
  });
  await client.connect();
  clients.push(client);
  return client;
}

async function appendInTransaction(client: Client, stream: string, count: number): Promise<string[]> {
  const ids = Array.from({ length: count }, () => randomUUID());
  const json = ids.map(() => JSON.stringify({}));
  const metadata = ids.map(() => JSON.stringify({ actor: 'test', occurredAt: '2023-04-30T10:00:00Z' }));
  const { rows } = await client.query(APPEND_SQL, [
    stream,
    null,
    false,
    ids,
    ids.map(() => 'Held'),
    json,
    metadata,
  ]);
  expect(rows).toHaveLength(count);
  return ids;
}

const meta = { actor: 'test', occurredAt: '2023-04-30T10:00:00Z' };

async function tail(): Promise<number> {
  const all = await store.readAll({ after: 0 });
  return all.length ? all[all.length - 1].position : 0;
}

describe('a reader never skips an event that commits late', () => {
  it('stops at a position held by an open transaction, then delivers it once it commits', async () => {
    const start = await tail();
    const held = await rawWriter();
    await held.query('BEGIN');
    const [heldId] = await appendInTransaction(held, `held-${randomUUID()}`, 1);
    await store.appendToStream(`later-${randomUUID()}`, [{ type: 'Later', data: {}, metadata: meta }]);

    // The later event is committed and visible, but the held one has a lower position.
    expect(await store.readAll({ after: start })).toEqual([]);

    await held.query('COMMIT');
    const after = await store.readAll({ after: start });
    expect(after.map((e) => e.type)).toEqual(['Held', 'Later']);
    expect(after[0].id).toBe(heldId);
  });

  it('skips a hole left by a rolled-back transaction once that transaction has ended', async () => {
    const start = await tail();
    const held = await rawWriter();
    await held.query('BEGIN');
    await appendInTransaction(held, `rolled-back-${randomUUID()}`, 3);
    await store.appendToStream(`kept-${randomUUID()}`, [{ type: 'Kept', data: {}, metadata: meta }]);
    expect(await store.readAll({ after: start })).toEqual([]);

    await held.query('ROLLBACK');
    expect((await store.readAll({ after: start })).map((e) => e.type)).toEqual(['Kept']);
  });
});

describe('only writers of this log hold its readers back', () => {
  it('reads past a transaction that is open but writes elsewhere (a projection, another table)', async () => {
    const start = await tail();
    const bystander = await rawWriter();
    await bystander.query('BEGIN');
    await bystander.query('CREATE TEMP TABLE scratch (n int) ON COMMIT DROP');
    await bystander.query('INSERT INTO scratch VALUES (1)');
    const later = await store.appendToStream(`past-${randomUUID()}`, [
      { type: 'Past', data: {}, metadata: meta },
    ]);

    expect((await store.readAll({ after: start })).map((e) => e.type)).toEqual(['Past']);
    expect(await store.settledPosition()).toBe(later.position);
    await bystander.query('COMMIT');
  });

  it("reads past another log's open append on the same server (another tenant)", async () => {
    const other = await createTestSchema('orderother');
    const otherDriver = new PgDriver({ connectionString: other.connectionString, schema: other.schema });
    try {
      await migrate(otherDriver, other.schema);
      const start = await tail();
      const neighbour = new Client({
        connectionString: other.connectionString,
        options: `-c search_path="${other.schema}"`,
      });
      await neighbour.connect();
      clients.push(neighbour);
      await neighbour.query('BEGIN');
      await appendInTransaction(neighbour, `neighbour-${randomUUID()}`, 1);
      await store.appendToStream(`own-${randomUUID()}`, [{ type: 'Own', data: {}, metadata: meta }]);

      expect((await store.readAll({ after: start })).map((e) => e.type)).toEqual(['Own']);
      await neighbour.query('ROLLBACK');
    } finally {
      await otherDriver.close();
      await other.drop();
    }
  });
});

describe('how far the log has settled', () => {
  it('stays below a position held by an open transaction, so a reader starting there misses nothing', async () => {
    const held = await rawWriter();
    await held.query('BEGIN');
    const [heldId] = await appendInTransaction(held, `held-${randomUUID()}`, 1);
    const later = await store.appendToStream(`later-${randomUUID()}`, [
      { type: 'Later', data: {}, metadata: meta },
    ]);

    const settled = await store.settledPosition();
    expect(settled).toBeLessThan(later.position);
    expect(await store.headPosition()).toBe(later.position);

    await held.query('COMMIT');
    const next = await store.readAll({ after: settled });
    expect(next.map((e) => e.type)).toEqual(['Held', 'Later']);
    expect(next[0].id).toBe(heldId);
    expect(await store.settledPosition()).toBe(later.position);
  });
});

describe('an append must be the first write of its transaction', () => {
  it('writes nothing when the transaction already wrote, since its position could not be trusted', async () => {
    const client = await rawWriter();
    const stream = `late-${randomUUID()}`;
    await client.query('BEGIN');
    await client.query('SELECT pg_current_xact_id()');
    const { rows } = await client.query(APPEND_SQL, [
      stream,
      null,
      false,
      [randomUUID()],
      ['A'],
      ['{}'],
      ['{}'],
    ]);
    await client.query('COMMIT');
    expect(rows).toEqual([]);
    expect(await store.readStream(stream)).toEqual([]);
  });
});

describe('many concurrent writers, some holding their transactions open, while a subscriber runs', () => {
  it('the subscriber sees every committed event exactly once, in order, and nothing else', async () => {
    const WRITERS = 10;
    const EVENTS_PER_WRITER = 1_000;
    const start = await tail();

    const seen: StoredEvent[] = [];
    const seenIds = new Set<string>();
    let wentBack = 0;
    let duplicates = 0;
    const sub = store.subscribeToAll({
      after: start,
      onEvent: (e) => {
        if (seen.length && e.position <= seen[seen.length - 1].position) wentBack++;
        if (seenIds.has(e.id)) duplicates++;
        seenIds.add(e.id);
        seen.push(e);
      },
    });

    const committed = new Set<string>();
    const rolledBack = new Set<string>();
    // Half the writers use the store; the other half run their own transactions, hold them open for
    // a random while (so later positions commit first) and roll some of them back.
    const writers = Array.from({ length: WRITERS }, async (_, w) => {
      const stream = `writer-${w}-${randomUUID()}`;
      if (w % 2 === 0) {
        for (let i = 0; i < EVENTS_PER_WRITER; i++) {
          const [id] = [randomUUID()];
          await store.appendToStream(stream, [{ id, type: 'Fast', data: { w, i }, metadata: meta }]);
          committed.add(id);
        }
        return;
      }
      const client = await rawWriter();
      let written = 0;
      let round = 0;
      while (written < EVENTS_PER_WRITER) {
        const size = Math.min(1 + (round % 7), EVENTS_PER_WRITER - written);
        await client.query('BEGIN');
        const ids = await appendInTransaction(client, stream, size);
        if (round % 3 === 0) await new Promise((r) => setTimeout(r, (round * 7) % 15));
        if (round % 11 === 5) {
          await client.query('ROLLBACK');
          ids.forEach((id) => rolledBack.add(id));
        } else {
          await client.query('COMMIT');
          ids.forEach((id) => committed.add(id));
          written += size;
        }
        round++;
      }
    });
    await Promise.all(writers);

    await waitFor(() => seen.length >= committed.size, 60_000);
    // Give a wrongly-late event a chance to show up before we stop looking.
    await new Promise((r) => setTimeout(r, 200));
    await sub.stop();

    expect(committed.size).toBe(WRITERS * EVENTS_PER_WRITER);
    expect(rolledBack.size).toBeGreaterThan(0);
    expect(wentBack).toBe(0);
    expect(duplicates).toBe(0);
    expect(seen.length).toBe(committed.size);
    expect([...committed].every((id) => seenIds.has(id))).toBe(true);
    expect([...rolledBack].some((id) => seenIds.has(id))).toBe(false);
  });
});
