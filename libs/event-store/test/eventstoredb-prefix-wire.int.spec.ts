/**
 * What the adapter sends over the wire and keeps of what comes back, for a store with a stream prefix,
 * against a stand-in for EventStoreDB's gRPC read service in this process
 * (test/support/eventstoredb-stand-in.ts; no EventStoreDB server can run here). The stand-in ignores
 * filters on purpose, as if the server sent another tenant's events: it shows the requests carry the
 * prefix filter and that the adapter drops whatever is not the tenant's. It says nothing about how a real server filters: eventstoredb-tenants.int.spec.ts does,
 * with EVENTSTOREDB_URL.
 */
import { ReadReq } from '@eventstore/db-client/generated/streams_pb';
import { EventStoreDbStandIn } from '../../../test/support/eventstoredb-stand-in';
import { EventStoreDbEventStore, type StoredEvent } from '../src';

const standIn = new EventStoreDbStandIn();
const add = (stream: string, type?: string) => standIn.add(stream, type);
add('$epoch-information', '$epoch');
const own1 = add('umea:uppdrag-1');
add('umea2:uppdrag-1');
const own2 = add('umea:delmal-7');
add('uppdrag-1');
const own3 = add('umea:uppdrag-1');
const foreignLast = add('umea2:uppdrag-9');
add('$stats-127.0.0.1:2113', '$statsCollected');
const requests = standIn.reads;

describe('EventStoreDB with a stream prefix, on the wire', () => {
  let url: string;
  let umea: EventStoreDbEventStore;
  let whole: EventStoreDbEventStore;

  beforeAll(async () => {
    url = await standIn.start();
    umea = await EventStoreDbEventStore.connect(url, { streamPrefix: 'umea:' });
    whole = await EventStoreDbEventStore.connect(url);
  });
  afterAll(async () => {
    await umea?.close();
    await whole?.close();
    standIn.stop();
  });
  beforeEach(() => (requests.length = 0));

  const allReads = () => requests.filter((o) => o.hasAll());
  const seen = (events: StoredEvent[]) => events.map((e) => [e.stream, e.position]);

  it("reads all of the tenant's events only, without the prefix, asking the server to filter", async () => {
    const events = await umea.readAll();
    expect(seen(events)).toEqual([
      ['uppdrag-1', own1.position],
      ['delmal-7', own2.position],
      ['uppdrag-1', own3.position],
    ]);
    expect(allReads().length).toBeGreaterThan(0);
    for (const options of allReads()) {
      expect(options.getFilter()?.getStreamIdentifier()?.getPrefixList()).toEqual(['umea:']);
    }
    expect(seen(await umea.readAll({ after: own1.position, maxCount: 1 }))).toEqual([
      ['delmal-7', own2.position],
    ]);
  });

  it("puts the head at the tenant's last event, not at another tenant's later one", async () => {
    expect(await umea.headPosition()).toBe(own3.position);
    expect(await umea.settledPosition()).toBe(own3.position);
    expect(await whole.headPosition()).toBe(foreignLast.position);
    const backwards = allReads().filter(
      (o) => o.getReadDirection() === ReadReq.Options.ReadDirection.BACKWARDS && o.hasFilter(),
    );
    expect(backwards.length).toBeGreaterThan(0);
  });

  it("reads a stream under the prefix, and a range and event ids of the tenant's only", async () => {
    const stream = await umea.readStream('uppdrag-1');
    expect(stream.map((e) => [e.stream, e.revision, e.id])).toEqual([
      ['uppdrag-1', 0, own1.id],
      ['uppdrag-1', 1, own3.id],
    ]);
    const names = requests
      .filter((o) => o.hasStream())
      .map((o) => Buffer.from(o.getStream()!.getStreamIdentifier()!.getStreamName_asU8()).toString());
    expect(names).toEqual(['umea:uppdrag-1']);

    const range: StoredEvent[] = [];
    for await (const e of umea.readRange({ upTo: own3.position, streams: ['uppdrag-1'] })) range.push(e);
    expect(range.map((e) => e.id)).toEqual([own1.id, own3.id]);
    expect(await umea.positionOfEvent(own2.id)).toBe(own2.position);
    expect(await umea.positionOfEvent(foreignLast.id)).toBeUndefined();
  });

  it('without a prefix sends no filter and sees every user stream, as before', async () => {
    const events = await whole.readAll();
    expect(events.map((e) => e.stream)).toEqual([
      'umea:uppdrag-1',
      'umea2:uppdrag-1',
      'umea:delmal-7',
      'uppdrag-1',
      'umea:uppdrag-1',
      'umea2:uppdrag-9',
    ]);
    for (const options of allReads()) expect(options.hasNoFilter()).toBe(true);
  });

  it('closes promptly after reads that stopped early (a half-read call kept the client waiting)', async () => {
    for (const prefix of ['umea:', undefined]) {
      const store = await EventStoreDbEventStore.connect(url, { streamPrefix: prefix });
      await store.headPosition();
      await store.positionOfEvent(own2.id);
      await store.readAll({ maxCount: 1 });
      let timer: NodeJS.Timeout | undefined;
      const closed = await Promise.race([
        store.close().then(() => 'closed'),
        new Promise((resolve) => (timer = setTimeout(() => resolve('still open after 5 s'), 5_000))),
      ]);
      clearTimeout(timer);
      expect(closed).toBe('closed');
    }
  });
});
