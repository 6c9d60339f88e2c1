import {
  type AllStreamResolvedEvent,
  type AppendExpectedRevision,
  BACKWARDS,
  END,
  type EventData,
  EventStoreDBClient,
  FORWARDS,
  type JSONType,
  NO_STREAM,
  type Position,
  type ReadPosition,
  type RecordedEvent,
  START,
  STREAM_EXISTS,
  ANY,
  StreamNotFoundError,
  UnavailableError,
  WrongExpectedVersionError,
  excludeSystemEvents,
  streamNameFilter,
} from '@eventstore/db-client';
import {
  EventStoreUnavailableError,
  InvalidEventStoreArgumentError,
  WrongExpectedRevisionError,
} from '../errors';
import {
  type AppendResult,
  type EventMetadata,
  type EventStore,
  type ExpectedRevision,
  type JsonValue,
  type NewEvent,
  type ReadAllOptions,
  type ReadRangeOptions,
  type ReadStreamOptions,
  type StoredEvent,
  type SubscribeToAllOptions,
  type Subscription,
} from '../event-store.port';
import { type PrefixedLog, type StreamRemoval, type StreamSurvey } from '../prefixed-log.port';
import {
  type ValidEvent,
  validateExpectedRevision,
  validateNewEvents,
  validateReadAllOptions,
  validateReadRangeOptions,
  validateReadStreamOptions,
  validateStreamName,
} from '../validation';
import { EventStoreDbSubscription } from './eventstoredb-subscription';
import { canReadAllFiltered, filteredReadAll } from './filtered-read-all';
import { removeAllStreams, surveyStreams } from './remove-streams';
import { StreamNames } from './stream-prefix';

export interface EventStoreDbConnectOptions {
  /** How long `connect` waits for the server to answer before giving up. Default 5 s. */
  connectTimeoutMs?: number;
  /** Runs after the client is closed, e.g. to close the read-model database opened beside it. */
  onClose?: () => Promise<void>;
  /**
   * The tenant's stream prefix (`umea:`, see `stream-prefix.ts`): every stream is stored under it and
   * only streams under it are read. Absent: the whole cluster is this store's (one organisation).
   */
  streamPrefix?: string;
}

/** At most this many events per `readAll` call, as the SQL adapter does. */
const MAX_READ_ALL = 100_000;
/** How many raw records of `$all` one page asks for (system events are filtered out client side). */
const READ_ALL_PAGE = 4096;
/** A page of `$all` read backwards for the head without the server's filter: mostly one record is wanted. */
const BACKWARDS_PAGE = 64;
/** gRPC status UNAVAILABLE: the server cannot be reached. */
const GRPC_UNAVAILABLE = 14;

/**
 * The event store on EventStoreDB (24.10; needs ≥ 23.10 for subscription catch-up notices and ≥ 22.6
 * for positions on stream reads), through the gRPC client.
 *
 * - Positions are the `$all` commit positions: byte offsets in the transaction log, so they grow but
 *   are far from dense. Every event appended over gRPC is committed on its own record, so its commit
 *   and prepare positions are equal and unique; this adapter relies on that.
 * - System streams and events (names and types starting with `$`) are never returned, and cannot be
 *   written through this adapter either.
 * - Idempotent retries are EventStoreDB's own (same ids, same expected revision); with `any` the
 *   server guarantees it only as long as the ids are still in its cache.
 * - With a stream prefix (a tenant), streams are stored as `<prefix><stream>` and every read of `$all`
 *   (readAll, readRange, the head, positionOfEvent, subscriptions) asks the server for streams under
 *   the prefix only, and drops anything else that might come; callers never see the prefix. Positions
 *   stay the cluster's, so a tenant's are sparser still.
 * - A tenant's store can also survey and remove all its streams (`PrefixedLog`, remove-streams.ts): the
 *   platform's removal of the tenant. The port itself deletes nothing.
 */
export class EventStoreDbEventStore implements EventStore, PrefixedLog {
  private readonly subscriptions = new Set<EventStoreDbSubscription>();
  private readonly channels: ChannelTracker;
  private readonly names: StreamNames;
  private closed = false;

  /** Throws `InvalidEventStoreArgumentError` (field `streamPrefix`) for a prefix of the wrong form. */
  constructor(
    private readonly client: EventStoreDBClient,
    private readonly options: Pick<EventStoreDbConnectOptions, 'onClose' | 'streamPrefix'> = {},
    channels?: ChannelTracker,
  ) {
    this.names = new StreamNames(options.streamPrefix);
    this.channels = channels ?? trackChannels(client);
  }

  /** The tenant's stream prefix; '' for a store of the whole cluster. */
  get streamPrefix(): string {
    return this.names.prefix;
  }

  /**
   * Connects and checks the server answers, so a wrong address fails at start-up rather than at the
   * first request. Throws `EventStoreUnavailableError` naming the URL (without its password).
   */
  static async connect(
    url: string,
    options: EventStoreDbConnectOptions = {},
  ): Promise<EventStoreDbEventStore> {
    // A wrong prefix is refused before anything connects.
    if (options.streamPrefix !== undefined) new StreamNames(options.streamPrefix);
    let client: EventStoreDBClient;
    let channels: ChannelTracker;
    try {
      client = EventStoreDBClient.connectionString(url);
      channels = trackChannels(client);
    } catch (error) {
      throw new InvalidEventStoreArgumentError(
        'url',
        `not a usable EventStoreDB connection string (${redact(url)}): ${(error as Error).message}`,
      );
    }
    try {
      await ping(client, options.connectTimeoutMs ?? 5_000);
    } catch (error) {
      await disposeClient(client, channels);
      throw new EventStoreUnavailableError(
        `EventStoreDB is not reachable at ${redact(url)}: ${(error as Error)?.message ?? String(error)}`,
        { cause: error },
      );
    }
    return new EventStoreDbEventStore(
      client,
      { onClose: options.onClose, streamPrefix: options.streamPrefix },
      channels,
    );
  }

  async appendToStream(
    stream: string,
    events: readonly NewEvent[],
    options: { expectedRevision?: ExpectedRevision } = {},
  ): Promise<AppendResult> {
    validateStreamName(stream);
    const expected = validateExpectedRevision(options.expectedRevision);
    const valid = validateNewEvents(events);
    refuseSystemNames(stream, valid);

    let result;
    try {
      result = await this.client.appendToStream(this.names.stored(stream), valid.map(toEventData), {
        expectedRevision: toEsdbExpected(expected),
      });
    } catch (error) {
      throw translate(error, stream, expected);
    }
    const nextExpectedRevision = Number(result.nextExpectedRevision);
    // The append answers with the last revision and (on a fresh append) its position, but not with the
    // server's `created` times: the appended events are read back for them (a second round trip, on
    // this adapter only). An idempotent retry gets the events of the original append the same way.
    const first = nextExpectedRevision - valid.length + 1;
    const stored = await this.readStream(stream, { fromRevision: first, maxCount: valid.length });
    if (stored.length !== valid.length || stored[stored.length - 1].revision !== nextExpectedRevision) {
      throw new Error(
        `EventStoreDB reported revision ${nextExpectedRevision} of "${stream}", but it cannot be read back`,
      );
    }
    const position = stored[stored.length - 1].position;
    return { nextExpectedRevision, position, events: stored };
  }

  async readStream(stream: string, options?: ReadStreamOptions): Promise<StoredEvent[]> {
    validateStreamName(stream);
    const { direction, fromRevision, maxCount } = validateReadStreamOptions(options);
    const forwards = direction === 'forwards';
    if (forwards && fromRevision === 'end') return [];
    const from =
      fromRevision === 'end'
        ? END
        : fromRevision === 'start'
          ? forwards
            ? START
            : BigInt(0)
          : BigInt(fromRevision);
    const events: StoredEvent[] = [];
    try {
      const read = this.client.readStream(this.names.stored(stream), {
        direction: forwards ? FORWARDS : BACKWARDS,
        fromRevision: from,
        maxCount,
      });
      for await (const resolved of read) {
        if (resolved.event) events.push(this.toStoredEvent(resolved.event));
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw translate(error);
    }
    return events;
  }

  async readAll(options?: ReadAllOptions): Promise<StoredEvent[]> {
    const { after, maxCount } = validateReadAllOptions(options);
    const limit = Math.min(maxCount, MAX_READ_ALL);
    const events: StoredEvent[] = [];
    for await (const event of this.scanAll('forwards', BigInt(after), limit)) {
      events.push(event);
      if (events.length === limit) break;
    }
    return events;
  }

  async *readRange(options: ReadRangeOptions): AsyncIterable<StoredEvent> {
    const { after, upTo, streams, prefixes } = validateReadRangeOptions(options);
    const wanted = (stream: string) =>
      (streams.length === 0 && prefixes.length === 0) ||
      streams.includes(stream) ||
      prefixes.some((p) => stream.startsWith(p));
    // Page through $all with readAll (user events only, strictly after the cursor); the server-side
    // filters would save bandwidth, but a plain read keeps one code path with readAll.
    let cursor = after;
    for (;;) {
      const page = await this.readAll({ after: cursor, maxCount: READ_ALL_PAGE });
      for (const event of page) {
        if (event.position > upTo) return;
        if (wanted(event.stream)) yield event;
      }
      if (page.length < READ_ALL_PAGE) return;
      cursor = page[page.length - 1].position;
    }
  }

  async headPosition(): Promise<number> {
    for await (const event of this.scanAll('backwards', undefined, 1)) return event.position;
    return 0;
  }

  /** EventStoreDB shows events in commit order: what is there is settled. */
  async settledPosition(): Promise<number> {
    return this.headPosition();
  }

  /** EventStoreDB has no index by event id: the log is scanned (auditors' checks only, rarely). */
  async positionOfEvent(eventId: string): Promise<number | undefined> {
    const head = await this.headPosition();
    for await (const event of this.readRange({ upTo: head })) if (event.id === eventId) return event.position;
    return undefined;
  }

  subscribeToAll(options: SubscribeToAllOptions): Subscription {
    const subscription = new EventStoreDbSubscription(this.client, options, {
      // The server sends a tenant only its own streams; without a prefix, everything but system events.
      filter: this.names.prefixed
        ? streamNameFilter({ prefixes: [this.names.prefix] })
        : excludeSystemEvents(),
      toStoredEvent: (resolved) => {
        const position = positionOf(resolved);
        return position && isUserEvent(resolved.event) && this.names.owns(resolved.event.streamId)
          ? this.toStoredEvent(resolved.event, position)
          : undefined;
      },
      translate: (error) => translate(error),
      onStopped: (s) => this.subscriptions.delete(s),
    });
    this.subscriptions.add(subscription);
    return subscription;
  }

  /**
   * This store's events of `$all` strictly beyond `from` (after it forwards; before it backwards, from
   * the end when absent), a page at a time. Reads of `$all` include their start and return system
   * events: both are skipped. With a prefix the server sends only the tenant's streams (when the client
   * allows a filtered read), and every event is checked against the prefix here all the same.
   */
  private async *scanAll(
    direction: 'forwards' | 'backwards',
    from: bigint | undefined,
    wanted: number,
  ): AsyncGenerator<StoredEvent> {
    const forwards = direction === 'forwards';
    const serverFilters = this.names.prefixed && canReadAllFiltered(this.client);
    // Without the server's filter most records may be skipped here: read whole pages then.
    const skipsMany = !serverFilters && (this.names.prefixed || !forwards);
    let cursor: Position | undefined = from === undefined ? undefined : { commit: from, prepare: from };
    let start: ReadPosition = cursor && cursor.commit > BigInt(0) ? cursor : forwards ? START : END;
    let yielded = 0;
    for (;;) {
      // One more than still wanted: the first record may be the start itself.
      const pageSize = skipsMany
        ? forwards
          ? READ_ALL_PAGE
          : BACKWARDS_PAGE
        : Math.min(READ_ALL_PAGE, wanted - yielded + 1);
      const page: StoredEvent[] = [];
      let raw = 0;
      let advanced = false;
      try {
        const read =
          (serverFilters &&
            filteredReadAll(this.client, {
              prefixes: [this.names.prefix],
              fromPosition: start,
              maxCount: pageSize,
              direction: forwards ? FORWARDS : BACKWARDS,
            })) ||
          this.client.readAll({
            direction: forwards ? FORWARDS : BACKWARDS,
            fromPosition: start,
            maxCount: pageSize,
          });
        // Each page is read to its end before anything is handed on: a call left half-read is never
        // finished, and the client's dispose() would wait for it for ever.
        for await (const resolved of read) {
          raw++;
          const position = positionOf(resolved);
          if (!position) continue;
          if (cursor && (forwards ? 1 : -1) * comparePositions(position, cursor) <= 0) continue;
          cursor = position;
          advanced = true;
          if (isUserEvent(resolved.event) && this.names.owns(resolved.event.streamId)) {
            page.push(this.toStoredEvent(resolved.event, position));
          }
        }
      } catch (error) {
        throw translate(error);
      }
      for (const event of page) {
        yield event;
        yielded++;
      }
      if (raw < pageSize || !advanced || !cursor) return;
      start = cursor;
    }
  }

  /** The event as the port shows it: its stream without the prefix. */
  private toStoredEvent(event: AnyRecordedEvent, position?: Position): StoredEvent {
    const stream = this.names.visible(event.streamId);
    if (stream === undefined) {
      // Not named: it is another tenant's stream.
      throw new Error(`EventStoreDB returned event ${event.id} from outside this store's stream prefix`);
    }
    return toStoredEvent(event, stream, position);
  }

  /** Streams under this store's prefix, and those removed for good (see remove-streams.ts). */
  async surveyStreams(): Promise<StreamSurvey> {
    try {
      return await surveyStreams(this.client, this.names);
    } catch (error) {
      throw translate(error);
    }
  }

  /** Hard-deletes every stream under this store's prefix; refused for a store of the whole cluster. */
  async removeAllStreams(): Promise<StreamRemoval> {
    try {
      return await removeAllStreams(this.client, this.names);
    } catch (error) {
      throw translate(error);
    }
  }

  async ping(): Promise<void> {
    try {
      await ping(this.client, 5_000);
    } catch (error) {
      throw translate(error);
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.allSettled([...this.subscriptions].map((s) => s.stop()));
    try {
      await disposeClient(this.client, this.channels);
    } finally {
      await this.options.onClose?.();
    }
  }
}

function toEsdbExpected(expected: ExpectedRevision): AppendExpectedRevision {
  switch (expected) {
    case 'any':
      return ANY;
    case 'no_stream':
      return NO_STREAM;
    case 'stream_exists':
      return STREAM_EXISTS;
    default:
      return BigInt(expected);
  }
}

function toEventData(event: ValidEvent): EventData {
  // The client serialises `data` and `metadata` with JSON.stringify; null, numbers and strings as data
  // round-trip too, so the narrower client type is only widened here.
  return {
    id: event.id,
    contentType: 'application/json',
    type: event.type,
    data: event.data as JSONType,
    metadata: event.metadata as unknown as JSONType,
  } as EventData;
}

/**
 * EventStoreDB reserves `$` for its own streams and events; ours would be hidden from `readAll` and
 * subscriptions, so they are refused (after the shared checks, with the same error type).
 */
function refuseSystemNames(stream: string, events: readonly ValidEvent[]): void {
  if (stream.startsWith('$')) {
    throw new InvalidEventStoreArgumentError(
      'stream',
      "must not start with '$' (EventStoreDB system streams)",
    );
  }
  for (const [i, event] of events.entries()) {
    if (event.type.startsWith('$')) {
      throw new InvalidEventStoreArgumentError(
        `events[${i}].type`,
        "must not start with '$' (EventStoreDB system events)",
      );
    }
  }
}

type AnyRecordedEvent = RecordedEvent | NonNullable<AllStreamResolvedEvent['event']>;

function isUserEvent(event: AnyRecordedEvent | undefined): event is AnyRecordedEvent {
  return event !== undefined && !event.type.startsWith('$') && !event.streamId.startsWith('$');
}

function positionOf(resolved: AllStreamResolvedEvent): Position | undefined {
  if (resolved.event?.position) return resolved.event.position;
  if (resolved.commitPosition !== undefined)
    return { commit: resolved.commitPosition, prepare: resolved.commitPosition };
  return undefined;
}

function comparePositions(a: Position, b: Position): number {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  if (a.prepare !== b.prepare) return a.prepare < b.prepare ? -1 : 1;
  return 0;
}

/** A log position as a JS number; undefined for "no position" (-1 or 2^64-1 on the wire). */
function toSafeNumber(value: bigint): number | undefined {
  return value >= BigInt(0) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : undefined;
}

function toStoredEvent(
  event: AnyRecordedEvent,
  stream: string,
  position: Position | undefined = event.position,
): StoredEvent {
  const commit = position ? toSafeNumber(position.commit) : undefined;
  if (commit === undefined) {
    throw new Error(
      `EventStoreDB returned event ${event.id} of "${event.streamId}" without a log position (server older than 22.6?)`,
    );
  }
  if (!event.isJson) {
    throw new Error(`Event ${event.id} of "${event.streamId}" is not JSON: it was not written by this store`);
  }
  const metadata = event.metadata;
  if (
    typeof metadata !== 'object' ||
    metadata === null ||
    Array.isArray(metadata) ||
    metadata instanceof Uint8Array
  ) {
    throw new Error(
      `Event ${event.id} of "${event.streamId}" has no JSON metadata: it was not written by this store`,
    );
  }
  return {
    id: event.id,
    stream,
    revision: Number(event.revision),
    position: commit,
    type: event.type,
    data: event.data as JsonValue,
    metadata: metadata as unknown as EventMetadata,
    recordedAt: event.created.toISOString(),
  };
}

/** Asks the server for the newest record of $all: cheap, and needs a working connection. */
async function ping(client: EventStoreDBClient, timeoutMs: number): Promise<void> {
  const read = client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 1 });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      void read.cancel();
      reject(new Error(`no answer within ${timeoutMs} ms`));
    }, timeoutMs);
  });
  const drain = (async () => {
    for await (const _ of read) {
      // one record at most; its content does not matter
    }
  })();
  try {
    await Promise.race([drain, timeout]);
  } finally {
    clearTimeout(timer);
    drain.catch(() => undefined);
  }
}

type ChannelTracker = Set<{ close(): void }>;

/**
 * The client's `dispose()` cancels its calls but never closes its gRPC channel (client 6.2.1), so the
 * connection would outlive the store. The channels the client opens are noted here, through its
 * `getChannel` (an instance property it looks up on each use), and closed after `dispose()`. Should a
 * later client version drop `getChannel`, this does nothing and `dispose()` alone remains.
 */
function trackChannels(client: EventStoreDBClient): ChannelTracker {
  const channels: ChannelTracker = new Set();
  const internal = client as unknown as { getChannel?: () => Promise<{ close(): void }> };
  const getChannel = internal.getChannel;
  if (typeof getChannel !== 'function') return channels;
  internal.getChannel = async () => {
    const channel = await getChannel();
    channels.add(channel);
    return channel;
  };
  return channels;
}

async function disposeClient(client: EventStoreDBClient, channels: ChannelTracker): Promise<void> {
  try {
    await client.dispose();
  } finally {
    for (const channel of channels) {
      try {
        channel.close();
      } catch {
        // already closed by the client after an error
      }
    }
    channels.clear();
  }
}

function isUnavailable(error: unknown): boolean {
  return error instanceof UnavailableError || (error as { code?: unknown })?.code === GRPC_UNAVAILABLE;
}

function translate(error: unknown, stream?: string, expected?: ExpectedRevision): unknown {
  if (error instanceof WrongExpectedVersionError && stream !== undefined && expected !== undefined) {
    const actual = error.actualVersion === NO_STREAM ? 'no_stream' : Number(error.actualVersion);
    return new WrongExpectedRevisionError(stream, expected, actual);
  }
  if (isUnavailable(error)) {
    return new EventStoreUnavailableError(`EventStoreDB is not reachable: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return error;
}

/** The connection string without its password, for messages and logs. */
export function redact(url: string): string {
  return url.replace(/^([a-z+]+:\/\/[^:@/]+):[^@/]*@/i, '$1:***@');
}
