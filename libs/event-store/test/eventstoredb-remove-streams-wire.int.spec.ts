/**
 * Removing a tenant's streams (`PrefixedLog.removeAllStreams`, remove-streams.ts) against the in-process
 * stand-in of EventStoreDB's gRPC streams service (test/support/eventstoredb-stand-in.ts): two tenants
 * in one cluster, `umea` and `umea2` (whose prefix `umea` would begin without its `:`), beside an
 * organisation's unprefixed stream and system streams. The stand-in ignores read filters, as if the
 * server sent every tenant's records: which streams get deleted is decided by the adapter alone.
 * What a real server does is eventstoredb-remove-streams.int.spec.ts's (with EVENTSTOREDB_URL).
 */
import { EventStoreDbStandIn } from '../../../test/support/eventstoredb-stand-in';
import {
  EventStoreDbEventStore,
  EventStoreUnavailableError,
  openPrefixedLog,
  type PrefixedLog,
} from '../src';

const UMEA = ['umea:uppdrag-1', 'umea:delmal-7', 'umea:person-anna', 'umea:organ-kf'];
const UMEA2 = ['umea2:uppdrag-1', 'umea2:organ-kf'];
const OTHERS = ['uppdrag-1', '$epoch-information', '$stats-127.0.0.1:2113'];

/** A cluster of two tenants with streams interleaved in the log, and the rest. */
function cluster(): EventStoreDbStandIn {
  const standIn = new EventStoreDbStandIn();
  standIn.add('$epoch-information', '$epoch');
  for (let i = 0; i < 2; i++) {
    for (const [n, stream] of UMEA.entries()) {
      standIn.add(stream);
      if (UMEA2[n]) standIn.add(UMEA2[n]);
      if (n === 1) standIn.add('uppdrag-1');
    }
  }
  standIn.add('$stats-127.0.0.1:2113', '$statsCollected');
  return standIn;
}

const sorted = (names: readonly string[]) => [...names].sort();

describe("removing a tenant's streams from a shared EventStoreDB cluster, on the wire", () => {
  const opened: PrefixedLog[] = [];
  const stopped: EventStoreDbStandIn[] = [];
  const open = async (url: string, prefix: string) => {
    const log = await openPrefixedLog(url, prefix);
    opened.push(log);
    return log;
  };
  const start = async () => {
    const standIn = cluster();
    stopped.push(standIn);
    return { standIn, url: await standIn.start() };
  };
  afterAll(async () => {
    await Promise.all(opened.map((log) => log.close()));
    for (const standIn of stopped) standIn.stop();
  });

  it("tombstones exactly the tenant's streams, each once, and leaves the other tenant's and the rest", async () => {
    const { standIn, url } = await start();
    const umea = await open(url, 'umea:');
    const umea2 = await open(url, 'umea2:');
    const otherBefore = standIn.records.filter((r) => !r.stream.startsWith('umea:'));
    expect(await umea.surveyStreams()).toEqual({ streams: 4, removedStreams: 0 });

    expect(await umea.removeAllStreams()).toEqual({ removed: 4, alreadyRemoved: 0 });

    expect(sorted(standIn.tombstoneRequests)).toEqual(sorted(UMEA));
    expect(standIn.deleteRequests).toEqual([]); // hard deletes only: a soft one keeps an event for good
    for (const stream of UMEA) expect(standIn.tombstoned(stream)).toBe(true);
    for (const stream of [...UMEA2, ...OTHERS]) expect(standIn.tombstoned(stream)).toBe(false);
    // Nothing of anyone else's was written or lost.
    expect(standIn.records.filter((r) => !r.stream.startsWith('umea:'))).toEqual(otherBefore);
    expect(await umea.surveyStreams()).toEqual({ streams: 0, removedStreams: 4 });
    expect(await umea2.surveyStreams()).toEqual({ streams: 2, removedStreams: 0 });

    // The other tenant still reads all of its own events.
    const store = await EventStoreDbEventStore.connect(url, { streamPrefix: 'umea2:' });
    try {
      const events = await store.readAll();
      expect(events.map((e) => e.stream)).toEqual(['uppdrag-1', 'organ-kf', 'uppdrag-1', 'organ-kf']);
    } finally {
      await store.close();
    }
  });

  it('does nothing more when run again, and counts what was removed before', async () => {
    const { standIn, url } = await start();
    const umea = await open(url, 'umea:');
    await umea.removeAllStreams();
    const logBefore = [...standIn.records];
    standIn.tombstoneRequests.length = 0;

    expect(await umea.removeAllStreams()).toEqual({ removed: 0, alreadyRemoved: 4 });
    expect(standIn.tombstoneRequests).toEqual([]);
    expect(standIn.records).toEqual(logBefore);

    // After a scavenge only the tombstones are left, and they still say the names are taken.
    standIn.scavenge();
    expect(standIn.records.filter((r) => r.stream.startsWith('umea:')).map((r) => r.type)).toEqual(
      UMEA.map(() => '$streamDeleted'),
    );
    expect(await umea.surveyStreams()).toEqual({ streams: 0, removedStreams: 4 });
    expect(await umea.removeAllStreams()).toEqual({ removed: 0, alreadyRemoved: 4 });
  });

  it('finishes a removal cut short half-way when run again', async () => {
    const { standIn, url } = await start();
    const umea = await open(url, 'umea:');
    standIn.tombstonesBeforeFailure = 1;
    await expect(umea.removeAllStreams()).rejects.toBeInstanceOf(EventStoreUnavailableError);
    const cut = UMEA.filter((s) => standIn.tombstoned(s));
    expect(cut.length).toBeGreaterThanOrEqual(1);
    expect(cut.length).toBeLessThan(UMEA.length);

    standIn.tombstonesBeforeFailure = undefined;
    standIn.tombstoneRequests.length = 0;
    const again = await open(url, 'umea:');
    expect(await again.removeAllStreams()).toEqual({
      removed: UMEA.length - cut.length,
      alreadyRemoved: cut.length,
    });
    // Only the streams still there were asked for, each once.
    expect(sorted(standIn.tombstoneRequests)).toEqual(sorted(UMEA.filter((s) => !cut.includes(s))));
    for (const stream of UMEA) expect(standIn.tombstoned(stream)).toBe(true);
    for (const stream of UMEA2) expect(standIn.tombstoned(stream)).toBe(false);
  });

  it('counts a stream deleted by someone else after the scan as removed already', async () => {
    const { standIn, url } = await start();
    const umea = await open(url, 'umea:');
    // Scanned as still there, but tombstoned by another client before this run's request reaches it.
    const [first, ...rest] = UMEA;
    standIn.beforeTombstone = (stream) => {
      if (stream === first)
        for (const other of rest) if (!standIn.tombstoned(other)) standIn.writeTombstone(other);
    };
    expect(await umea.removeAllStreams()).toEqual({ removed: 1, alreadyRemoved: UMEA.length - 1 });
    for (const stream of UMEA) expect(standIn.tombstoned(stream)).toBe(true);
    expect(await umea.removeAllStreams()).toEqual({ removed: 0, alreadyRemoved: UMEA.length });
  });

  it('refuses to open a log without a prefix, and a store of the whole cluster removes nothing', async () => {
    const { standIn, url } = await start();
    await expect(openPrefixedLog(url, '')).rejects.toMatchObject({ field: 'streamPrefix' });
    const whole = await EventStoreDbEventStore.connect(url);
    try {
      await expect(whole.removeAllStreams()).rejects.toThrow(/needs a store with a stream prefix/);
    } finally {
      await whole.close();
    }
    expect(standIn.tombstoneRequests).toEqual([]);
  });
});
