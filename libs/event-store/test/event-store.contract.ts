/**
 * The whole behaviour of the event store port, as one suite every adapter runs. Each test uses its own
 * stream names, and reads of "all" start after the position the test saw first, so one store instance
 * serves the whole suite.
 */
import { randomUUID } from 'node:crypto';
import {
  type EventStore,
  InvalidEventStoreArgumentError,
  type NewEvent,
  type StoredEvent,
  WrongExpectedRevisionError,
} from '../src';

const meta = (actor = 'anna.berg') => ({ actor, occurredAt: '2023-04-30T10:00:00.000Z' });
const event = (type: string, data: Record<string, unknown> = {}, id?: string): NewEvent => ({
  ...(id ? { id } : {}),
  type,
  data: data as NewEvent['data'],
  metadata: meta(),
});
const uniqueStream = (name: string) => `${name}-${randomUUID()}`;

async function lastPosition(store: EventStore): Promise<number> {
  let after = 0;
  for (;;) {
    const batch = await store.readAll({ after, maxCount: 1000 });
    if (batch.length === 0) return after;
    after = batch[batch.length - 1].position;
  }
}

async function collect(events: AsyncIterable<StoredEvent>): Promise<StoredEvent[]> {
  const all: StoredEvent[] = [];
  for await (const e of events) all.push(e);
  return all;
}

export function describeEventStoreContract(
  name: string,
  open: () => Promise<EventStore>,
  teardown?: () => Promise<void>,
  describeOrSkip: jest.Describe = describe,
) {
  describeOrSkip(`event store contract: ${name}`, () => {
    let store: EventStore;
    beforeAll(async () => {
      store = await open();
    });
    afterAll(async () => {
      await store?.close();
      await teardown?.();
    });

    describe('the head of the log', () => {
      // First in the suite: a fresh store (PostgreSQL, embedded) has an empty log here; a reused
      // EventStoreDB server may not, and then its head is its last position.
      it('is 0 on an empty log, and the position of the last event after appends', async () => {
        const empty = (await store.readAll({ maxCount: 1 })).length === 0;
        expect(await store.headPosition()).toBe(empty ? 0 : await lastPosition(store));
        const first = await store.appendToStream(uniqueStream('uppdrag'), [event('A'), event('B')]);
        expect(await store.headPosition()).toBe(first.position);
        const second = await store.appendToStream(uniqueStream('delmal'), [event('C')]);
        expect(second.position).toBeGreaterThan(first.position);
        expect(await store.headPosition()).toBe(second.position);
        expect(await store.headPosition()).toBe(await lastPosition(store));
      });

      it('is settled up to the head once every append has returned, and a range up to it is whole', async () => {
        const organ = uniqueStream('organ');
        await store.appendToStream(organ, [event('OrganRegistered')]);
        await store.appendToStream(uniqueStream('uppdrag'), [event('Other')]);
        const head = await store.headPosition();
        // On a server shared with other sessions, one of theirs still open holds the horizon back a while.
        let settled = await store.settledPosition();
        for (const deadline = Date.now() + 10_000; settled < head && Date.now() < deadline;) {
          await new Promise((r) => setTimeout(r, 20));
          settled = await store.settledPosition();
        }
        expect(settled).toBe(head);
        const seen = await collect(store.readRange({ upTo: settled, prefixes: [organ] }));
        expect(seen.map((e) => e.type)).toEqual(['OrganRegistered']);
        expect(await store.readAll({ after: settled })).toEqual([]);
      });
    });

    describe('appending and reading a stream', () => {
      it('stores events with ids, revisions from 0, positions, metadata and the server time', async () => {
        const stream = uniqueStream('uppdrag');
        // The store's clock, not this process's (which a test run may have moved): an append just before.
        const marker = uniqueStream('uppdrag');
        await store.appendToStream(marker, [event('Före')]);
        const [before] = await store.readStream(marker);
        const result = await store.appendToStream(stream, [
          event('UppdragRegistered', { text: 'Införa styrd inköpsprocess' }),
          event('UppdragStatusReported', { status: 'Pågående enligt plan' }),
        ]);
        const events = await store.readStream(stream);

        expect(result.nextExpectedRevision).toBe(1);
        expect(events.map((e) => [e.type, e.revision])).toEqual([
          ['UppdragRegistered', 0],
          ['UppdragStatusReported', 1],
        ]);
        expect(events[0].data).toEqual({ text: 'Införa styrd inköpsprocess' });
        expect(events[0].id).toMatch(/^[0-9a-f-]{36}$/);
        expect(events[0].stream).toBe(stream);
        expect(events[1].position).toBeGreaterThan(events[0].position);
        expect(result.position).toBe(events[1].position);
        expect(events[0].metadata).toMatchObject({
          actor: 'anna.berg',
          occurredAt: '2023-04-30T10:00:00.000Z',
        });
        // Stamped by the store when it was stored, never the business time the event carries.
        expect(Date.parse(events[0].recordedAt)).toBeGreaterThanOrEqual(Date.parse(before.recordedAt));
        expect(Date.parse(events[0].recordedAt)).not.toBe(Date.parse('2023-04-30T10:00:00.000Z'));
      });

      it('answers with the appended events exactly as stored, as readStream then returns them', async () => {
        const stream = uniqueStream('uppdrag');
        await store.appendToStream(stream, [event('UppdragRegistered')]);
        const result = await store.appendToStream(stream, [
          // What JSON drops or changes is answered as stored, not as sent.
          event('UppdragStatusReported', { status: 'Pågående', utelämnad: undefined, noll: -0 }),
          event('KommentarAdded', { text: 'Två händelser i en append' }, randomUUID()),
        ]);
        const stored = await store.readStream(stream, { fromRevision: 1 });

        expect(result.events).toStrictEqual(stored);
        expect(result.events.map((e) => [e.revision, e.stream])).toEqual([
          [1, stream],
          [2, stream],
        ]);
        expect(result.events[1].position).toBe(result.position);
        expect(result.events[0].metadata.correlationId).toBe(result.events[0].id);
      });

      it('keeps the given event ids, correlation and causation ids', async () => {
        const stream = uniqueStream('uppdrag');
        const id = randomUUID();
        await store.appendToStream(stream, [
          {
            id,
            type: 'A',
            data: null,
            metadata: { ...meta(), correlationId: 'req-1', causationId: 'cmd-1' },
          },
          event('B'),
        ]);
        const [first, second] = await store.readStream(stream);
        expect(first.id).toBe(id);
        expect(first.metadata).toMatchObject({ correlationId: 'req-1', causationId: 'cmd-1' });
        expect(first.data).toBeNull();
        expect(second.metadata.correlationId).toBe('req-1');
      });

      it('defaults the correlation id to the first event id of the append', async () => {
        const stream = uniqueStream('uppdrag');
        const id = randomUUID();
        await store.appendToStream(stream, [event('A', {}, id), event('B')]);
        const events = await store.readStream(stream);
        expect(events.map((e) => e.metadata.correlationId)).toEqual([id, id]);
      });

      it('round-trips nested JSON, unicode and numbers exactly', async () => {
        const stream = uniqueStream('delmal');
        const data = {
          namn: 'Klimatutsläpp från tjänsteresor',
          utfall: 1061,
          mål: 1010.5,
          tom: [],
          djup: { a: [1, 'två', null, true] },
        };
        await store.appendToStream(stream, [event('IndikatorAdded', data)]);
        expect((await store.readStream(stream))[0].data).toEqual(data);
      });

      it('reads an unknown stream as empty', async () => {
        expect(await store.readStream(uniqueStream('none'))).toEqual([]);
        expect(await store.readStream(uniqueStream('none'), { direction: 'backwards' })).toEqual([]);
      });

      it('reads forwards and backwards from a revision, with a maximum count', async () => {
        const stream = uniqueStream('uppdrag');
        await store.appendToStream(
          stream,
          ['E0', 'E1', 'E2', 'E3', 'E4'].map((t) => event(t)),
        );
        const types = (events: StoredEvent[]) => events.map((e) => e.type);

        expect(types(await store.readStream(stream, { fromRevision: 2 }))).toEqual(['E2', 'E3', 'E4']);
        expect(types(await store.readStream(stream, { fromRevision: 1, maxCount: 2 }))).toEqual(['E1', 'E2']);
        expect(types(await store.readStream(stream, { direction: 'backwards' }))).toEqual([
          'E4',
          'E3',
          'E2',
          'E1',
          'E0',
        ]);
        expect(types(await store.readStream(stream, { direction: 'backwards', fromRevision: 2 }))).toEqual([
          'E2',
          'E1',
          'E0',
        ]);
        expect(
          types(await store.readStream(stream, { direction: 'backwards', fromRevision: 'end', maxCount: 1 })),
        ).toEqual(['E4']);
        expect(types(await store.readStream(stream, { fromRevision: 9 }))).toEqual([]);
      });
    });

    describe('expected revision', () => {
      it('no_stream: the first append succeeds, a second fails with the actual revision', async () => {
        const stream = uniqueStream('uppdrag');
        await store.appendToStream(stream, [event('A')], { expectedRevision: 'no_stream' });
        const failure = await store
          .appendToStream(stream, [event('B')], { expectedRevision: 'no_stream' })
          .catch((e) => e);
        expect(failure).toBeInstanceOf(WrongExpectedRevisionError);
        expect(failure).toMatchObject({ stream, expectedRevision: 'no_stream', actualRevision: 0 });
      });

      it('stream_exists: fails on a new stream, succeeds on an existing one', async () => {
        const stream = uniqueStream('uppdrag');
        const failure = await store
          .appendToStream(stream, [event('A')], { expectedRevision: 'stream_exists' })
          .catch((e) => e);
        expect(failure).toBeInstanceOf(WrongExpectedRevisionError);
        expect(failure.actualRevision).toBe('no_stream');
        await store.appendToStream(stream, [event('A')]);
        const ok = await store.appendToStream(stream, [event('B')], { expectedRevision: 'stream_exists' });
        expect(ok.nextExpectedRevision).toBe(1);
      });

      it('an exact revision: succeeds when it matches, fails naming the actual one when not', async () => {
        const stream = uniqueStream('uppdrag');
        await store.appendToStream(stream, [event('A'), event('B')]);
        const failure = await store
          .appendToStream(stream, [event('C')], { expectedRevision: 0 })
          .catch((e) => e);
        expect(failure).toBeInstanceOf(WrongExpectedRevisionError);
        expect(failure).toMatchObject({ expectedRevision: 0, actualRevision: 1 });
        expect(failure.message).toContain('actual revision 1');
        const ok = await store.appendToStream(stream, [event('C')], { expectedRevision: 1 });
        expect(ok.nextExpectedRevision).toBe(2);
        expect((await store.readStream(stream)).map((e) => e.type)).toEqual(['A', 'B', 'C']);
      });

      it('an exact revision on a stream that does not exist fails with no_stream', async () => {
        const failure = await store
          .appendToStream(uniqueStream('x'), [event('A')], { expectedRevision: 0 })
          .catch((e) => e);
        expect(failure).toBeInstanceOf(WrongExpectedRevisionError);
        expect(failure.actualRevision).toBe('no_stream');
      });

      it('two writers with the same expected revision: exactly one wins, nothing of the losers is stored', async () => {
        const stream = uniqueStream('uppdrag');
        await store.appendToStream(stream, [event('Registered')]);
        const results = await Promise.allSettled(
          ['Anna', 'Johan', 'Sara', 'Lars'].map((who) =>
            store.appendToStream(stream, [event('Reported', { who }), event('Commented', { who })], {
              expectedRevision: 0,
            }),
          ),
        );
        const won = results.filter((r) => r.status === 'fulfilled');
        const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
        expect(won).toHaveLength(1);
        expect(lost).toHaveLength(3);
        for (const l of lost) expect(l.reason).toBeInstanceOf(WrongExpectedRevisionError);
        const events = await store.readStream(stream);
        expect(events.map((e) => e.revision)).toEqual([0, 1, 2]);
        expect(new Set(events.slice(1).map((e) => (e.data as { who: string }).who)).size).toBe(1);
      });
    });

    describe('idempotent retries', () => {
      it('the same event ids with the same expected revision are stored once, with the same result', async () => {
        const stream = uniqueStream('uppdrag');
        const batch = [event('A', {}, randomUUID()), event('B', {}, randomUUID())];
        const first = await store.appendToStream(stream, batch, { expectedRevision: 'no_stream' });
        const retry = await store.appendToStream(stream, batch, { expectedRevision: 'no_stream' });
        expect(retry).toEqual(first);
        expect(await store.readStream(stream)).toHaveLength(2);
      });

      it('a retry with an exact revision after later appends still returns the original result', async () => {
        const stream = uniqueStream('uppdrag');
        await store.appendToStream(stream, [event('A')]);
        const batch = [event('B', {}, randomUUID())];
        const first = await store.appendToStream(stream, batch, { expectedRevision: 0 });
        await store.appendToStream(stream, [event('C')], { expectedRevision: 1 });
        const retry = await store.appendToStream(stream, batch, { expectedRevision: 0 });
        expect(retry).toEqual(first);
        expect((await store.readStream(stream)).map((e) => e.type)).toEqual(['A', 'B', 'C']);
      });

      it("a retry answers the first append's events as stored, even when its metadata differs", async () => {
        const stream = uniqueStream('uppdrag');
        const ids = [randomUUID(), randomUUID()];
        const first = await store.appendToStream(
          stream,
          [event('A', { n: 1 }, ids[0]), event('B', {}, ids[1])],
          {
            expectedRevision: 'no_stream',
          },
        );
        // A client that retries after a lost answer may stamp the business time again.
        const again = (type: string, id: string): NewEvent => ({
          id,
          type,
          data: { n: 2 },
          metadata: { actor: 'johan.ek', occurredAt: '2024-01-01T00:00:00.000Z' },
        });
        const retry = await store.appendToStream(stream, [again('A', ids[0]), again('B', ids[1])], {
          expectedRevision: 'no_stream',
        });
        expect(retry.events).toStrictEqual(first.events);
        expect(retry.events).toStrictEqual(await store.readStream(stream));
        expect(retry.events[0]).toMatchObject({ data: { n: 1 }, metadata: { actor: 'anna.berg' } });
      });

      it('a retry with expected revision any is stored once', async () => {
        const stream = uniqueStream('uppdrag');
        const batch = [event('A', {}, randomUUID())];
        await store.appendToStream(stream, batch);
        await store.appendToStream(stream, batch);
        expect(await store.readStream(stream)).toHaveLength(1);
      });
    });

    describe('reading all streams', () => {
      it('returns events of all streams in one global order, after a checkpoint, in batches', async () => {
        const start = await lastPosition(store);
        const a = uniqueStream('uppdrag');
        const b = uniqueStream('delmal');
        await store.appendToStream(a, [event('A1')]);
        await store.appendToStream(b, [event('B1'), event('B2')]);
        await store.appendToStream(a, [event('A2')]);

        const all = await store.readAll({ after: start });
        const mine = all.filter((e) => e.stream === a || e.stream === b);
        expect(mine.map((e) => e.type)).toEqual(['A1', 'B1', 'B2', 'A2']);
        const positions = all.map((e) => e.position);
        expect([...positions].sort((x, y) => x - y)).toEqual(positions);
        expect(new Set(positions).size).toBe(positions.length);

        const firstTwo = await store.readAll({ after: start, maxCount: 2 });
        const rest = await store.readAll({ after: firstTwo[1].position });
        expect([...firstTwo, ...rest].map((e) => e.id)).toEqual(all.map((e) => e.id));
      });
    });

    describe('reading a range of the log', () => {
      it('returns the events after `after` (exclusive) up to `upTo` (inclusive), in global order', async () => {
        const a = uniqueStream('uppdrag');
        const b = uniqueStream('delmal');
        const e1 = await store.appendToStream(a, [event('A1')]);
        await store.appendToStream(b, [event('B1'), event('B2')]);
        await store.appendToStream(a, [event('A2')]);
        const e5 = await store.appendToStream(b, [event('B3')]);
        const types = (events: StoredEvent[]) => events.map((e) => e.type);

        const range = await collect(store.readRange({ after: e1.position, upTo: e5.position - 1 }));
        const positions = range.map((e) => e.position);
        expect([...positions].sort((x, y) => x - y)).toEqual(positions);
        expect(positions[0]).toBeGreaterThan(e1.position);
        expect(positions[positions.length - 1]).toBeLessThan(e5.position);
        expect(types(range.filter((e) => e.stream === a || e.stream === b))).toEqual(['B1', 'B2', 'A2']);

        const both = await collect(store.readRange({ upTo: e5.position, streams: [a, b] }));
        expect(types(both)).toEqual(['A1', 'B1', 'B2', 'A2', 'B3']);
        expect(both).toStrictEqual(
          [...(await store.readStream(a)), ...(await store.readStream(b))].sort(
            (x, y) => x.position - y.position,
          ),
        );
        expect(
          types(await collect(store.readRange({ after: e1.position, upTo: e5.position, streams: [a] }))),
        ).toEqual(['A2']);
        expect(await collect(store.readRange({ after: e5.position, upTo: e5.position }))).toEqual([]);
      });

      it('filters by stream names and name prefixes, matching a prefix literally', async () => {
        const tag = randomUUID().slice(0, 8);
        // `_` and `%` are wildcards in SQL LIKE and the backslash its escape: here all three are only characters.
        const names = [
          `rng${tag}_a-1`,
          `rng${tag}Xa-1`,
          `rng${tag}%b-1`,
          `rng${tag}%b-2`,
          `rng${tag}YYb-1`,
          `rng${tag}\\c-1`,
          `rng${tag}\\\\c-1`,
          `rng${tag}-exakt`,
          `rng${tag}-exakt-inte`,
        ];
        let upTo = 0;
        for (const name of names) upTo = (await store.appendToStream(name, [event('E')])).position;
        const streamsOf = async (filter: { streams?: string[]; prefixes?: string[] }) =>
          (await collect(store.readRange({ upTo, ...filter }))).map((e) => e.stream);

        expect(await streamsOf({ prefixes: [`rng${tag}_`] })).toEqual([`rng${tag}_a-1`]);
        expect(await streamsOf({ prefixes: [`rng${tag}%`] })).toEqual([`rng${tag}%b-1`, `rng${tag}%b-2`]);
        expect(await streamsOf({ prefixes: [`rng${tag}\\c`] })).toEqual([`rng${tag}\\c-1`]);
        expect(await streamsOf({ streams: [`rng${tag}-exakt`] })).toEqual([`rng${tag}-exakt`]);
        expect(
          await streamsOf({ streams: [`rng${tag}-exakt`], prefixes: [`rng${tag}_`, `rng${tag}Y`] }),
        ).toEqual([`rng${tag}_a-1`, `rng${tag}YYb-1`, `rng${tag}-exakt`]);
        expect(await streamsOf({ prefixes: [`rng${tag}`] })).toEqual(names);
        expect(await streamsOf({ streams: [`rng${tag}-ingen`] })).toEqual([]);
      });

      it('reads more than one page, lazily, and stays within its fixed range while the log grows', async () => {
        const stream = uniqueStream('massa');
        // More than a page of the PostgreSQL adapter (2,000 events), in appends of up to 1,000.
        const count = 2_500;
        let upTo = 0;
        for (let i = 0; i < count; i += 1_000) {
          const batch = Array.from({ length: Math.min(1_000, count - i) }, (_, j) =>
            event('N', { n: i + j }),
          );
          upTo = (await store.appendToStream(stream, batch)).position;
        }
        const range = store.readRange({ upTo, streams: [stream] })[Symbol.asyncIterator]();
        const first = await range.next();
        expect(first.value).toMatchObject({ stream, revision: 0, data: { n: 0 } });
        // Appended while the range is being read: after `upTo`, so never part of it.
        await store.appendToStream(stream, [event('Senare', { n: count })]);
        const rest: StoredEvent[] = [];
        for (let next = await range.next(); !next.done; next = await range.next()) rest.push(next.value);
        const all = [first.value as StoredEvent, ...rest];
        expect(all.map((e) => (e.data as { n: number }).n)).toEqual(
          Array.from({ length: count }, (_, n) => n),
        );
        expect(all[count - 1].position).toBe(upTo);

        // A reader may stop early; the store carries on serving.
        let seen = 0;
        for await (const _ of store.readRange({ upTo, streams: [stream] })) if (++seen === 3) break;
        expect(seen).toBe(3);
        expect(
          await collect(store.readRange({ after: all[count - 2].position, upTo, streams: [stream] })),
        ).toEqual([all[count - 1]]);
      });
    });

    describe('where an event sits in the log', () => {
      it('gives the position of a known id, undefined for an unknown uuid or a text that is none', async () => {
        const stream = uniqueStream('uppdrag');
        const id = randomUUID();
        const result = await store.appendToStream(stream, [event('A'), event('B', {}, id)]);
        expect(await store.positionOfEvent(id)).toBe(result.position);
        expect(await store.positionOfEvent(result.events[0].id)).toBe(result.events[0].position);
        expect(await store.positionOfEvent(randomUUID())).toBeUndefined();
        expect(await store.positionOfEvent('not-a-uuid')).toBeUndefined();
        expect(await store.positionOfEvent('')).toBeUndefined();
      });
    });

    describe('subscribing to all', () => {
      it('catches up from a checkpoint, then delivers live appends in order', async () => {
        const start = await lastPosition(store);
        const stream = uniqueStream('uppdrag');
        await store.appendToStream(stream, [event('Before1'), event('Before2')]);

        const seen: StoredEvent[] = [];
        let caughtUp = false;
        const sub = store.subscribeToAll({
          after: start,
          onEvent: (e) => {
            if (e.stream === stream) seen.push(e);
          },
          onCaughtUp: () => (caughtUp = true),
        });
        await waitFor(() => seen.length === 2);
        await waitFor(() => caughtUp);
        await store.appendToStream(stream, [event('Live1')]);
        await store.appendToStream(stream, [event('Live2')]);
        await waitFor(() => seen.length === 4);
        await sub.stop();

        expect(seen.map((e) => e.type)).toEqual(['Before1', 'Before2', 'Live1', 'Live2']);
        expect(sub.lastPosition).toBeGreaterThanOrEqual(seen[3].position);
      });

      it('resumes from its last position without repeating or missing an event', async () => {
        const start = await lastPosition(store);
        const stream = uniqueStream('uppdrag');
        const seen: string[] = [];
        const first = store.subscribeToAll({
          after: start,
          onEvent: (e) => void (e.stream === stream && seen.push(e.type)),
        });
        await store.appendToStream(stream, [event('E1'), event('E2')]);
        await waitFor(() => seen.length === 2);
        await first.stop();
        await store.appendToStream(stream, [event('E3')]);
        const second = store.subscribeToAll({
          after: first.lastPosition,
          onEvent: (e) => void (e.stream === stream && seen.push(e.type)),
        });
        await waitFor(() => seen.length === 3);
        await second.stop();
        expect(seen).toEqual(['E1', 'E2', 'E3']);
      });

      it('stops and reports the error when a handler fails, keeping the last good position', async () => {
        const start = await lastPosition(store);
        const stream = uniqueStream('uppdrag');
        await store.appendToStream(stream, [event('Ok'), event('Boom'), event('Never')]);
        let failure: unknown;
        const delivered: string[] = [];
        const sub = store.subscribeToAll({
          after: start,
          onEvent: (e) => {
            if (e.stream !== stream) return;
            if (e.type === 'Boom') throw new Error('projection failed');
            delivered.push(e.type);
          },
          onError: (error) => (failure = error),
        });
        await waitFor(() => failure !== undefined);
        await sub.stop();
        expect((failure as Error).message).toBe('projection failed');
        expect(delivered).toEqual(['Ok']);
        const ok = (await store.readStream(stream))[0];
        expect(sub.lastPosition).toBe(ok.position);
      });
    });

    // Optional in the port: EventStoreDB's adapter has none, and its readers poll.
    describe('watching appends, where the store offers it', () => {
      it('wakes a watcher with the position of an append, and stops when told', async () => {
        if (!store.watchAppends) return;
        const heard: (number | undefined)[] = [];
        const watch = store.watchAppends((position) => heard.push(position));
        const stream = uniqueStream('watched');
        const { position } = await store.appendToStream(stream, [event('Watched')]);
        await waitFor(() => heard.includes(position));
        expect(heard.every((p) => p === undefined || p <= position)).toBe(true);
        await watch.stop();
        heard.length = 0;
        await store.appendToStream(stream, [event('Unwatched')]);
        expect(heard).toEqual([]);
      });
    });

    describe('bad input is refused and nothing is written', () => {
      const refused = async (append: () => Promise<unknown>, field: RegExp, stream: string) => {
        const error = await append().catch((e) => e);
        expect(error).toBeInstanceOf(InvalidEventStoreArgumentError);
        expect((error as InvalidEventStoreArgumentError).field).toMatch(field);
        expect(await store.readStream(stream)).toEqual([]);
      };
      const raw = (e: unknown) => e as NewEvent;

      it('an event without a type', async () => {
        const stream = uniqueStream('bad');
        await refused(
          () => store.appendToStream(stream, [event('Good'), raw({ data: {}, metadata: meta() })]),
          /^events\[1\]\.type$/,
          stream,
        );
      });

      it('data that is not JSON: a function, a cycle, NaN, a Date, a bigint, undefined', async () => {
        const cyclic: Record<string, unknown> = {};
        cyclic.self = cyclic;
        const bad = [
          { f: () => 1 },
          cyclic,
          { n: NaN },
          { d: new Date() },
          { b: BigInt(1) },
          undefined,
          [undefined],
        ];
        for (const data of bad) {
          const stream = uniqueStream('bad');
          await refused(
            () => store.appendToStream(stream, [raw({ type: 'A', data, metadata: meta() })]),
            /^events\[0\]\.data/,
            stream,
          );
        }
      });

      it('text PostgreSQL or JSON cannot hold: a NUL character, half a surrogate pair', async () => {
        for (const kommentar of ['före\u0000efter', 'halv \ud83d', 'halv \ude00']) {
          const stream = uniqueStream('bad');
          await refused(
            () => store.appendToStream(stream, [raw({ type: 'A', data: { kommentar }, metadata: meta() })]),
            /^events\[0\]\.data\.kommentar$/,
            stream,
          );
        }
        const stream = uniqueStream('ok');
        await store.appendToStream(stream, [event('A', { kommentar: 'hel 😀' })]);
        expect((await store.readStream(stream))[0].data).toEqual({ kommentar: 'hel 😀' });
      });

      it('metadata without an actor or a business time', async () => {
        const stream = uniqueStream('bad');
        const noActor = raw({ type: 'A', data: {}, metadata: { occurredAt: '2023-01-01T00:00:00Z' } });
        await refused(() => store.appendToStream(stream, [noActor]), /metadata\.actor$/, stream);
        const badTime = raw({ type: 'A', data: {}, metadata: { actor: 'x', occurredAt: 'igår' } });
        await refused(() => store.appendToStream(stream, [badTime]), /metadata\.occurredAt$/, stream);
      });

      it('a negative, fractional or unknown expected revision, an id that is no uuid, no events', async () => {
        const stream = uniqueStream('bad');
        const append = (events: NewEvent[], expectedRevision?: unknown) => () =>
          store.appendToStream(stream, events, { expectedRevision: expectedRevision as 'any' });
        await refused(append([event('A')], -1), /^expectedRevision$/, stream);
        await refused(append([event('A')], 1.5), /^expectedRevision$/, stream);
        await refused(append([event('A')], 'latest'), /^expectedRevision$/, stream);
        await refused(append([event('A', {}, 'not-a-uuid')]), /^events\[0\]\.id$/, stream);
        await refused(append([]), /^events$/, stream);
        await refused(() => store.appendToStream('', [event('A')]), /^stream$/, stream);
      });

      it('an unknown read direction, a negative revision or position', async () => {
        const stream = uniqueStream('bad');
        const field = async (read: () => Promise<unknown>) =>
          ((await read().catch((e) => e)) as InvalidEventStoreArgumentError).field;
        expect(await field(() => store.readStream(stream, { direction: 'sideways' as 'forwards' }))).toBe(
          'direction',
        );
        expect(await field(() => store.readStream(stream, { fromRevision: -1 }))).toBe('fromRevision');
        expect(await field(() => store.readStream(stream, { maxCount: 0 }))).toBe('maxCount');
        expect(await field(() => store.readAll({ after: -5 }))).toBe('after');
        const firstOf = (options: unknown) => () => {
          const range = store.readRange(options as { upTo: number });
          return range[Symbol.asyncIterator]().next();
        };
        expect(await field(firstOf({ upTo: -1 }))).toBe('upTo');
        expect(await field(firstOf({}))).toBe('upTo');
        expect(await field(firstOf({ after: -5, upTo: 10 }))).toBe('after');
        expect(await field(firstOf({ upTo: 10, prefixes: [''] }))).toBe('prefixes');
        expect(await field(firstOf({ upTo: 10, streams: 'uppdrag-1' }))).toBe('streams');
      });
    });
  });
}

export async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('Timed out waiting for condition');
    await new Promise((r) => setTimeout(r, 10));
  }
}
