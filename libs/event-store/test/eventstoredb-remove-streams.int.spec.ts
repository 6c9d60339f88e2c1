/**
 * Removing a tenant's streams on a real EventStoreDB server, when one is given (see
 * eventstoredb-server.ts): two tenants of this run (the second's id begins with the first's), one
 * removed. Every stream under its prefix is hard-deleted (its names refuse appends for good), the
 * other tenant's log is untouched, the survey counts the tombstones (which is how provisioning keeps
 * the id taken), and running it again, or after part of it was done, deletes only what is left.
 * Without EVENTSTOREDB_URL: reported as skipped, with a notice (the stand-in version,
 * eventstoredb-remove-streams-wire.int.spec.ts, runs everywhere).
 */
import { randomUUID } from 'node:crypto';
import { EventStoreDBClient, StreamDeletedError } from '@eventstore/db-client';
import { EventStoreDbEventStore, type NewEvent, type StoredEvent } from '../src';
import { tenantStreamPrefix } from '../src/eventstoredb/stream-prefix';
import { describeWithEventStoreDb, eventStoreDbUrl, runTenantId } from './eventstoredb-server';

const describeOrSkip = describeWithEventStoreDb("EventStoreDB tenant's streams removal suite");

const event = (type: string): NewEvent => ({
  id: randomUUID(),
  type,
  data: { type },
  metadata: { actor: 'anna.berg', occurredAt: '2026-12-07T10:00:00.000Z' },
});

async function everything(store: EventStoreDbEventStore): Promise<StoredEvent[]> {
  const all: StoredEvent[] = [];
  for (let after = 0; ;) {
    const page = await store.readAll({ after, maxCount: 100 });
    if (page.length === 0) return all;
    all.push(...page);
    after = page[page.length - 1].position;
  }
}

const STREAMS = ['organ-kf', 'person-anna', 'uppdrag-1', 'uppdrag-2'];

describeOrSkip("EventStoreDB: removing a tenant's streams", () => {
  const id = runTenantId();
  const stores: EventStoreDbEventStore[] = [];
  const connect = async (tenantId: string) => {
    const store = await EventStoreDbEventStore.connect(eventStoreDbUrl as string, {
      streamPrefix: tenantStreamPrefix(tenantId),
    });
    stores.push(store);
    return store;
  };
  let umea: EventStoreDbEventStore;
  let umea2: EventStoreDbEventStore;
  let umea2Log: StoredEvent[];

  beforeAll(async () => {
    umea = await connect(id);
    umea2 = await connect(`${id}2`);
    for (const stream of STREAMS) {
      await umea.appendToStream(stream, [event('Registered'), event('Changed')]);
      await umea2.appendToStream(stream, [event('Registered')]);
    }
    umea2Log = await everything(umea2);
  });
  afterAll(async () => {
    await Promise.all(stores.map((s) => s.close()));
  });

  it("hard-deletes every stream of the tenant and none of the other's", async () => {
    expect(await umea.surveyStreams()).toEqual({ streams: STREAMS.length, removedStreams: 0 });

    expect(await umea.removeAllStreams()).toEqual({ removed: STREAMS.length, alreadyRemoved: 0 });

    for (const stream of STREAMS) {
      // A hard-deleted stream can never be written again.
      await expect(umea.appendToStream(stream, [event('Again')])).rejects.toBeInstanceOf(StreamDeletedError);
    }
    expect(await umea.surveyStreams()).toEqual({ streams: 0, removedStreams: STREAMS.length });
    expect(await umea2.surveyStreams()).toEqual({ streams: STREAMS.length, removedStreams: 0 });
    expect(await everything(umea2)).toEqual(umea2Log);
    const appended = await umea2.appendToStream('uppdrag-1', [event('StillWritable')]);
    expect(appended.nextExpectedRevision).toBe(1);
  });

  it('deletes nothing more when run again', async () => {
    expect(await umea.removeAllStreams()).toEqual({ removed: 0, alreadyRemoved: STREAMS.length });
  });

  it('finishes what an earlier, interrupted run left', async () => {
    const other = await connect(runTenantId());
    for (const stream of STREAMS) await other.appendToStream(stream, [event('Registered')]);
    // As if a run had deleted one stream and stopped.
    const client = EventStoreDBClient.connectionString(eventStoreDbUrl as string);
    try {
      await client.tombstoneStream(`${other.streamPrefix}${STREAMS[0]}`);
    } finally {
      await client.dispose();
    }
    expect(await other.removeAllStreams()).toEqual({ removed: STREAMS.length - 1, alreadyRemoved: 1 });
    expect(await other.surveyStreams()).toEqual({ streams: 0, removedStreams: STREAMS.length });
  });
});
