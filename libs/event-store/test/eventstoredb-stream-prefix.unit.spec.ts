/**
 * A tenant's stream prefix on EventStoreDB, as far as it can be checked without a server: the prefix's
 * form, how stream names map, and the filtered read of `$all` the adapter builds itself (client 6.2.1's
 * `readAll` cannot filter). What the server does with it is shown by eventstoredb-tenants.int.spec.ts,
 * which runs only with EVENTSTOREDB_URL.
 */
import { EventStoreDbEventStore, InvalidEventStoreArgumentError, openEventStore } from '../src';
import { filteredReadAllRequest } from '../src/eventstoredb/filtered-read-all';
import { StreamNames, tenantStreamPrefix, validateStreamPrefix } from '../src/eventstoredb/stream-prefix';
import { ReadReq } from '@eventstore/db-client/generated/streams_pb';

function refusal(prefix: unknown): InvalidEventStoreArgumentError {
  try {
    validateStreamPrefix(prefix);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidEventStoreArgumentError);
    return error as InvalidEventStoreArgumentError;
  }
  throw new Error(`${JSON.stringify(prefix)} was accepted`);
}

describe('a stream prefix', () => {
  it("is a tenant id and ':'", () => {
    expect(tenantStreamPrefix('umea')).toBe('umea:');
    expect(tenantStreamPrefix('region-vasterbotten')).toBe('region-vasterbotten:');
    expect(validateStreamPrefix('t.umea_2:')).toBe('t.umea_2:');
  });

  it.each([
    ['', /non-empty/],
    [42, /non-empty/],
    ['$umea:', /must not start with '\$'/],
    ['umea', /must end in ':'/],
    ['umea.', /must end in ':'/],
    ['umea-', /must end in ':'/],
    [':', /needs a tenant id/],
    ['um:ea:', /':' only at its end/],
    ['Umea:', /only a–z, digits/],
    [' umea:', /only a–z, digits/],
    ['umeå:', /only a–z, digits/],
    ['-umea:', /starts with a letter or digit/],
    [`${'a'.repeat(64)}:`, /longer than 64/],
  ])('refuses %p, naming the field and what is wrong', (prefix, reason) => {
    const error = refusal(prefix);
    expect(error.field).toBe('streamPrefix');
    expect(error.message).toMatch(reason);
  });

  it('is refused before anything connects, by the store and by openEventStore', async () => {
    // Nothing listens on port 1: a prefix that got past the check would fail as unreachable instead.
    const url = 'esdb://127.0.0.1:1?tls=false';
    const byStore = await EventStoreDbEventStore.connect(url, { streamPrefix: 'umea' }).catch((e) => e);
    expect(byStore).toBeInstanceOf(InvalidEventStoreArgumentError);
    expect(byStore.field).toBe('streamPrefix');
    const byOpen = await openEventStore({
      kind: 'eventstoredb',
      url,
      streamPrefix: '$umea:',
      readModels: { kind: 'embedded', dataDir: '/nonexistent' },
    }).catch((e) => e);
    expect(byOpen).toBeInstanceOf(InvalidEventStoreArgumentError);
    expect(byOpen.field).toBe('streamPrefix');
  });
});

describe('stream names under a prefix', () => {
  const umea = new StreamNames('umea:');

  it('stores a stream under the prefix and shows it without', () => {
    expect(umea.stored('uppdrag-1')).toBe('umea:uppdrag-1');
    expect(umea.visible('umea:uppdrag-1')).toBe('uppdrag-1');
    // A stream whose own name holds the separator keeps it.
    expect(umea.visible(umea.stored('a:b'))).toBe('a:b');
  });

  it("owns none of another tenant's streams, even one whose id begins with its own", () => {
    for (const other of ['umea2:uppdrag-1', 'umeax:uppdrag-1', 'uppdrag-1', '$et-Uppdrag', 'region-umea:x']) {
      expect(umea.owns(other)).toBe(false);
      expect(umea.visible(other)).toBeUndefined();
    }
    expect(new StreamNames('umea2:').owns('umea:uppdrag-1')).toBe(false);
  });

  it('without a prefix leaves every name as it is (one organisation)', () => {
    const whole = new StreamNames();
    expect(whole.prefixed).toBe(false);
    expect(whole.stored('uppdrag-1')).toBe('uppdrag-1');
    expect(whole.visible('umea:uppdrag-1')).toBe('umea:uppdrag-1');
  });
});

describe('the filtered read of $all', () => {
  it('asks the server for the prefix, from a position, forwards, counting matches only', () => {
    const request = filteredReadAllRequest({
      prefixes: ['umea:'],
      fromPosition: { commit: BigInt(1234), prepare: BigInt(1234) },
      maxCount: 100,
    });
    const options = request.getOptions()!;
    expect(options.hasAll()).toBe(true);
    expect(options.getAll()!.getPosition()!.getCommitPosition()).toBe('1234');
    expect(options.getAll()!.getPosition()!.getPreparePosition()).toBe('1234');
    expect(options.getReadDirection()).toBe(ReadReq.Options.ReadDirection.FORWARDS);
    expect(options.getCount()).toBe('100');
    expect(options.hasNoFilter()).toBe(false);
    const filter = options.getFilter()!;
    expect(filter.getStreamIdentifier()!.getPrefixList()).toEqual(['umea:']);
    expect(filter.hasEventType()).toBe(false);
    expect(filter.hasCount()).toBe(true);
    expect(filter.getCheckpointintervalmultiplier()).toBeGreaterThan(0);
    expect(options.hasSubscription()).toBe(false);
    expect(options.getResolveLinks()).toBe(false);
  });

  it('reads backwards from the end', () => {
    const options = filteredReadAllRequest({
      prefixes: ['umea:'],
      fromPosition: 'end',
      maxCount: 2,
      direction: 'backwards',
    }).getOptions()!;
    expect(options.getAll()!.hasEnd()).toBe(true);
    expect(options.getReadDirection()).toBe(ReadReq.Options.ReadDirection.BACKWARDS);
  });
});
