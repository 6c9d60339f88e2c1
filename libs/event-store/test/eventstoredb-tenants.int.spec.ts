/**
 * Two tenants on one EventStoreDB server, each a store with its own stream prefix (new ones each run),
 * when a server is given (see eventstoredb-server.ts): neither sees, nor collides with, the other's
 * events in any read of the port. The second tenant's id begins with the first's (`t…` and `t…2`), so
 * a prefix without its separator would leak. Without EVENTSTOREDB_URL: reported as skipped, with a notice.
 */
import { randomUUID } from 'node:crypto';
import { EventStoreDbEventStore, type NewEvent, type StoredEvent, WrongExpectedRevisionError } from '../src';
import { tenantStreamPrefix } from '../src/eventstoredb/stream-prefix';
import { describeWithEventStoreDb, eventStoreDbUrl, runTenantId } from './eventstoredb-server';

const describeOrSkip = describeWithEventStoreDb('EventStoreDB tenant isolation suite');

const event = (type: string, id: string = randomUUID()): NewEvent => ({
  id,
  type,
  data: { type },
  metadata: { actor: 'anna.berg', occurredAt: '2026-12-07T10:00:00.000Z' },
});

async function everything(store: EventStoreDbEventStore): Promise<StoredEvent[]> {
  const all: StoredEvent[] = [];
  for (let after = 0; ;) {
    const page = await store.readAll({ after, maxCount: 2 });
    if (page.length === 0) return all;
    all.push(...page);
    after = page[page.length - 1].position;
  }
}

const view = (events: readonly StoredEvent[]) => events.map((e) => [e.stream, e.revision, e.id]);

describeOrSkip('EventStoreDB: two tenants with stream prefixes on one server', () => {
  const id = runTenantId();
  let umea: EventStoreDbEventStore;
  let umea2: EventStoreDbEventStore;
  /** What each tenant appended, in order, as the appends answered. */
  const appended = new Map<EventStoreDbEventStore, StoredEvent[]>();
  const append = async (
    store: EventStoreDbEventStore,
    stream: string,
    events: NewEvent[],
    expected?: number | 'no_stream',
  ) => {
    const result = await store.appendToStream(stream, events, { expectedRevision: expected ?? 'any' });
    appended.get(store)!.push(...result.events);
    return result;
  };

  beforeAll(async () => {
    umea = await EventStoreDbEventStore.connect(eventStoreDbUrl as string, {
      streamPrefix: tenantStreamPrefix(id),
    });
    umea2 = await EventStoreDbEventStore.connect(eventStoreDbUrl as string, {
      streamPrefix: tenantStreamPrefix(`${id}2`),
    });
    appended.set(umea, []).set(umea2, []);
  });
  afterAll(async () => {
    await umea?.close();
    await umea2?.close();
  });

  it('starts each tenant with an empty log, whatever else the server holds', async () => {
    for (const store of [umea, umea2]) {
      expect(await store.headPosition()).toBe(0);
      expect(await store.settledPosition()).toBe(0);
      expect(await store.readAll()).toEqual([]);
    }
  });

  it('keeps one stream name in two tenants apart: own revisions, own expected-revision checks', async () => {
    const a = await append(
      umea,
      'uppdrag-1',
      [event('UppdragRegistered'), event('UppdragStatusReported')],
      'no_stream',
    );
    const b = await append(umea2, 'uppdrag-1', [event('UppdragRegistered')], 'no_stream');
    expect(a.nextExpectedRevision).toBe(1);
    expect(b.nextExpectedRevision).toBe(0);
    expect(a.events.map((e) => e.stream)).toEqual(['uppdrag-1', 'uppdrag-1']);

    await append(umea, 'uppdrag-1', [event('UppdragStatusReported')], 1);
    const refused = await umea2
      .appendToStream('uppdrag-1', [event('UppdragStatusReported')], { expectedRevision: 1 })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(WrongExpectedRevisionError);
    expect(refused).toMatchObject({ stream: 'uppdrag-1', actualRevision: 0 });

    expect(view(await umea.readStream('uppdrag-1'))).toEqual(
      view(appended.get(umea)!.filter((e) => e.stream === 'uppdrag-1')),
    );
    expect(view(await umea2.readStream('uppdrag-1'))).toEqual(view(appended.get(umea2)!));
    expect(await umea2.readStream('delmal-1')).toEqual([]);
  });

  it('stores the same event id in both tenants, each once', async () => {
    const shared = randomUUID();
    const a = await append(umea, 'delmal-1', [event('DelmalRegistered', shared)]);
    const b = await append(umea2, 'organ-1', [event('OrganRegistered', shared)]);
    expect(a.events[0].id).toBe(shared);
    expect(b.events[0].id).toBe(shared);
    expect(await umea.positionOfEvent(shared)).toBe(a.position);
    expect(await umea2.positionOfEvent(shared)).toBe(b.position);
  });

  it('shows each tenant only its own events in readAll, readRange, the head and positionOfEvent', async () => {
    for (const [store, other] of [
      [umea, umea2],
      [umea2, umea],
    ] as const) {
      const own = appended.get(store)!;
      expect(view(await everything(store))).toEqual(view(own));
      const head = await store.headPosition();
      expect(head).toBe(own[own.length - 1].position);
      expect(await store.settledPosition()).toBe(head);

      const range: StoredEvent[] = [];
      for await (const e of store.readRange({ upTo: head })) range.push(e);
      expect(view(range)).toEqual(view(own));
      const uppdrag: StoredEvent[] = [];
      for await (const e of store.readRange({ upTo: head, streams: ['uppdrag-1'] })) uppdrag.push(e);
      expect(view(uppdrag)).toEqual(view(own.filter((e) => e.stream === 'uppdrag-1')));

      const theirs = appended.get(other)!.find((e) => !own.some((o) => o.id === e.id))!;
      expect(await store.positionOfEvent(theirs.id)).toBeUndefined();
    }
  });

  it("delivers to a tenant's subscription its own events only, caught up and live", async () => {
    const seen: StoredEvent[] = [];
    let caughtUp!: () => void;
    const isCaughtUp = new Promise<void>((resolve) => (caughtUp = resolve));
    let live!: () => void;
    const liveArrived = new Promise<void>((resolve) => (live = resolve));
    const errors: unknown[] = [];
    const subscription = umea.subscribeToAll({
      onEvent: (e) => {
        seen.push(e);
        if (e.type === 'LiveInUmea') live();
      },
      onCaughtUp: () => caughtUp(),
      onError: (error) => errors.push(error),
    });
    try {
      await isCaughtUp;
      expect(view(seen)).toEqual(view(appended.get(umea)!));
      // The other tenant's append comes first: were it delivered, it would arrive before umea's.
      await append(umea2, 'uppdrag-1', [event('LiveInUmea2')]);
      await append(umea, 'uppdrag-1', [event('LiveInUmea')]);
      await liveArrived;
      expect(view(seen)).toEqual(view(appended.get(umea)!));
      // The head first: the position is noted just after the handler returns.
      const head = await umea.headPosition();
      expect(subscription.lastPosition).toBe(head);
    } finally {
      await subscription.stop();
    }
    expect(errors).toEqual([]);
  });
});
