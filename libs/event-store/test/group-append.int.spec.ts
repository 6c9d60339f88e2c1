/**
 * Group append (src/postgres/group-append.ts): concurrent one-event appends share one statement and one
 * transaction, and still each caller gets its own answer or its own error. The stores here let one
 * append run at a time (`maxInFlight: 1`), so everything that arrives meanwhile goes as one group.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DuplicateEventIdError,
  type EventStore,
  type ExpectedRevision,
  PgDriver,
  PgliteDriver,
  PostgresEventStore,
  type StoredEvent,
  WrongExpectedRevisionError,
  migrate,
} from '../src';
import { createTestSchema } from '../../../test/support/postgres';
import { waitFor } from './event-store.contract';

const meta = { actor: 'test', occurredAt: '2023-04-30T10:00:00Z' };

/** Transactions the events were written in: a position is `xid * 16384 + index` (0001-events.ts). */
const transactions = (positions: number[]) => new Set(positions.map((p) => Math.floor(p / 16384))).size;

interface Opened {
  store: EventStore;
  close(): Promise<void>;
}

const stores: [string, () => Promise<Opened>][] = [
  [
    'PostgreSQL',
    async () => {
      const schema = await createTestSchema('group');
      const driver = new PgDriver({ connectionString: schema.connectionString, schema: schema.schema });
      await migrate(driver, schema.schema);
      const store = new PostgresEventStore(driver, { idleIntervalMs: 5 }, { maxInFlight: 1 });
      return { store, close: () => store.close().then(() => schema.drop()) };
    },
  ],
  [
    'embedded (PGlite)',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'sparbar-group-'));
      const driver = await PgliteDriver.open(dir);
      await migrate(driver);
      const store = new PostgresEventStore(driver, { idleIntervalMs: 5 }, { maxInFlight: 1 });
      return { store, close: () => store.close().then(() => rmSync(dir, { recursive: true, force: true })) };
    },
  ],
];

describe.each(stores)('group append on %s', (_name, open) => {
  let opened: Opened;
  let store: EventStore;
  beforeAll(async () => {
    opened = await open();
    store = opened.store;
  });
  afterAll(() => opened.close());

  const head = async () => (await store.readAll({ after: 0 })).at(-1)?.position ?? 0;

  it('gives each of many concurrent appends its own result or its own conflict, and loses none', async () => {
    const run = randomUUID().slice(0, 8);
    const existing = Array.from({ length: 30 }, (_, k) => `existing-${run}-${k}`);
    for (const stream of existing) {
      await store.appendToStream(stream, [{ type: 'Created', data: {}, metadata: meta }]);
    }
    const start = await head();

    // What each caller sends, and whether it must be stored (then at which revision) or refused.
    const calls: { stream: string; expected: ExpectedRevision; revision?: number | 'any' }[] = [];
    existing.forEach((stream, k) => {
      if (k % 3 === 0) {
        calls.push({ stream, expected: 'stream_exists', revision: 1 });
      } else {
        calls.push({ stream, expected: 0, revision: 1 });
      }
      calls.push({ stream, expected: 7 });
      calls.push({ stream, expected: 'no_stream' });
    });
    for (let k = 0; k < 20; k++) {
      calls.push({ stream: `new-${run}-${k}`, expected: 'no_stream', revision: 0 });
      calls.push({ stream: `missing-${run}-${k}`, expected: 'stream_exists' });
      calls.push({ stream: `missing-${run}-${k}`, expected: 3 });
      for (let i = 0; i < 3; i++) calls.push({ stream: `any-${run}-${k}`, expected: 'any', revision: 'any' });
    }
    const ids = calls.map(() => randomUUID());
    const answers = await Promise.allSettled(
      calls.map((c, i) =>
        store.appendToStream(c.stream, [{ id: ids[i], type: 'Reported', data: { i }, metadata: meta }], {
          expectedRevision: c.expected,
        }),
      ),
    );

    const storedCount = calls.filter((c) => c.revision !== undefined).length;
    // readAll stops below any transaction still open on the server (another test's may be), so `start`
    // may lie before the streams' first events, and the appends may take a moment to show: wait it out.
    const read = async () => (await store.readAll({ after: start })).filter((e) => e.type === 'Reported');
    let stored = await read();
    for (const until = Date.now() + 10_000; stored.length < storedCount && Date.now() < until;) {
      await new Promise((r) => setTimeout(r, 20));
      stored = await read();
    }
    const byId = new Map(stored.map((e) => [e.id, e]));
    answers.forEach((answer, i) => {
      const call = calls[i];
      if (call.revision === undefined) {
        expect(answer.status).toBe('rejected');
        const error = (answer as PromiseRejectedResult).reason as WrongExpectedRevisionError;
        expect(error).toBeInstanceOf(WrongExpectedRevisionError);
        expect(error.stream).toBe(call.stream);
        expect(byId.has(ids[i])).toBe(false);
        return;
      }
      expect(answer.status).toBe('fulfilled');
      const { events } = (answer as PromiseFulfilledResult<Awaited<ReturnType<EventStore['appendToStream']>>>)
        .value;
      expect(events).toEqual([byId.get(ids[i])]);
      expect(events[0].stream).toBe(call.stream);
      if (call.revision !== 'any') expect(events[0].revision).toBe(call.revision);
    });
    expect(stored).toHaveLength(storedCount);
    expect(new Set(stored.map((e) => e.id)).size).toBe(storedCount);
    // One global order: positions strictly increase, and within a stream they follow the revisions.
    stored.forEach((e, i) => i > 0 && expect(e.position).toBeGreaterThan(stored[i - 1].position));
    for (const stream of Array.from({ length: 20 }, (_, k) => `any-${run}-${k}`)) {
      const events = await store.readStream(stream);
      expect(events.map((e) => e.revision)).toEqual([0, 1, 2]);
      events.forEach((e, i) => i > 0 && expect(e.position).toBeGreaterThan(events[i - 1].position));
    }
    // They did go in groups: far fewer transactions than appends.
    expect(transactions(stored.map((e) => e.position))).toBeLessThan(storedCount / 3);
  });

  it('answers a retry in a group with what the first append stored, and refuses an id used elsewhere', async () => {
    const run = randomUUID().slice(0, 8);
    const id = randomUUID();
    const first = await store.appendToStream(
      `retried-${run}`,
      [{ id, type: 'Once', data: { n: 1 }, metadata: meta }],
      { expectedRevision: 'no_stream' },
    );
    const others = Array.from({ length: 10 }, (_, k) =>
      store.appendToStream(`other-${run}-${k}`, [{ type: 'Other', data: {}, metadata: meta }]),
    );
    const retry = store.appendToStream(
      `retried-${run}`,
      [{ id, type: 'Once', data: { n: 1 }, metadata: meta }],
      { expectedRevision: 'no_stream' },
    );
    const elsewhere = store.appendToStream(`elsewhere-${run}`, [
      { id, type: 'Once', data: { n: 1 }, metadata: meta },
    ]);
    await expect(retry).resolves.toEqual(first);
    await expect(elsewhere).rejects.toBeInstanceOf(DuplicateEventIdError);
    const rest = await Promise.all(others);
    expect(transactions(rest.map((r) => r.position))).toBeLessThan(rest.length);
    expect(await store.readStream(`retried-${run}`)).toEqual(first.events);
    expect(await store.readStream(`elsewhere-${run}`)).toEqual([]);
  });
});

describe('a reader beside grouped and single writers (PostgreSQL)', () => {
  it('sees every committed event exactly once, in order', async () => {
    const schema = await createTestSchema('group');
    const open = () =>
      new PgDriver({ connectionString: schema.connectionString, schema: schema.schema, maxConnections: 8 });
    const driver = open();
    await migrate(driver, schema.schema);
    // Two appends at once, so the rest go in groups; beside them a store that never groups. Their
    // transactions commit in whatever order the server finishes them, not in position order.
    const grouped = new PostgresEventStore(driver, { idleIntervalMs: 5 }, { maxInFlight: 2 });
    const single = new PostgresEventStore(open(), { idleIntervalMs: 5 }, { maxInFlight: 0 });
    try {
      const seen: StoredEvent[] = [];
      const seenIds = new Set<string>();
      let wentBack = 0;
      const sub = grouped.subscribeToAll({
        after: 0,
        onEvent: (e) => {
          if (seen.length && e.position <= seen[seen.length - 1].position) wentBack++;
          seenIds.add(e.id);
          seen.push(e);
        },
      });
      const committed: string[] = [];
      const writers = Array.from({ length: 24 }, async (_, w) => {
        const store = w % 3 === 0 ? single : grouped;
        for (let i = 0; i < 150; i++) {
          const id = randomUUID();
          await store.appendToStream(`writer-${w}`, [
            { id, type: 'Written', data: { w, i }, metadata: meta },
          ]);
          committed.push(id);
        }
      });
      await Promise.all(writers);
      await waitFor(() => seen.length >= committed.length, 60_000);
      await new Promise((r) => setTimeout(r, 200));
      await sub.stop();

      expect(wentBack).toBe(0);
      expect(seen).toHaveLength(committed.length);
      expect(new Set(committed).size).toBe(seenIds.size);
      expect(committed.every((id) => seenIds.has(id))).toBe(true);
      const positions = seen.map((e) => e.position);
      expect(transactions(positions)).toBeLessThan(positions.length * 0.8);
    } finally {
      await single.close();
      await grouped.close();
      await schema.drop();
    }
  });
});

describe('a group that fails as a whole (PostgreSQL)', () => {
  it('sends each of its appends again alone: every caller gets its own answer, none lost or doubled', async () => {
    const schema = await createTestSchema('group');
    const driver = new PgDriver({ connectionString: schema.connectionString, schema: schema.schema });
    await migrate(driver, schema.schema);
    // Any INSERT of more than one row fails (a stand-in for a deadlock between two groups); the sequence
    // counts the groups tried, since it is not rolled back with them.
    await driver.exec(`
      CREATE SEQUENCE groups_tried;
      CREATE FUNCTION refuse_groups() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF (SELECT count(*) FROM inserted) > 1 THEN
          PERFORM nextval('groups_tried');
          RAISE EXCEPTION 'group refused';
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER refuse_groups AFTER INSERT ON events
        REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION refuse_groups();`);
    const store = new PostgresEventStore(driver, { idleIntervalMs: 5 }, { maxInFlight: 1 });
    try {
      await store.appendToStream('taken', [{ type: 'Created', data: {}, metadata: meta }]);
      const calls = Array.from({ length: 40 }, (_, k) => ({
        stream: k % 10 === 9 ? 'taken' : `alone-${k}`,
        expected: 'no_stream' as const,
        id: randomUUID(),
      }));
      const answers = await Promise.allSettled(
        calls.map((c) =>
          store.appendToStream(c.stream, [{ id: c.id, type: 'Reported', data: {}, metadata: meta }], {
            expectedRevision: c.expected,
          }),
        ),
      );

      const [{ tried }] = await driver.query<{ tried: string }>(
        'SELECT last_value AS tried FROM groups_tried',
      );
      expect(Number(tried)).toBeGreaterThan(0);
      const stored = (await store.readAll({ after: 0 })).filter((e) => e.type === 'Reported');
      answers.forEach((answer, i) => {
        if (calls[i].stream === 'taken') {
          expect(answer.status).toBe('rejected');
          expect((answer as PromiseRejectedResult).reason).toBeInstanceOf(WrongExpectedRevisionError);
          return;
        }
        expect(answer.status).toBe('fulfilled');
        const { events } = (
          answer as PromiseFulfilledResult<Awaited<ReturnType<EventStore['appendToStream']>>>
        ).value;
        expect(events.map((e) => [e.id, e.stream, e.revision])).toEqual([[calls[i].id, calls[i].stream, 0]]);
      });
      expect(stored.map((e) => e.id).sort()).toEqual(
        calls
          .filter((c) => c.stream !== 'taken')
          .map((c) => c.id)
          .sort(),
      );
      // Each went alone: one transaction per event.
      expect(transactions(stored.map((e) => e.position))).toBe(stored.length);
    } finally {
      await store.close();
      await schema.drop();
    }
  });
});
