import { EventEmitter } from 'node:events';
import { DuplicateEventIdError, EventStoreUnavailableError, WrongExpectedRevisionError } from '../errors';
import {
  type AppendResult,
  type AppendWatch,
  type EventStore,
  type ExpectedRevision,
  type JsonValue,
  type NewEvent,
  type OnAppended,
  type ReadAllOptions,
  type ReadRangeOptions,
  type ReadStreamOptions,
  type StoredEvent,
  type SubscribeToAllOptions,
  type Subscription,
} from '../event-store.port';
import { localAppendWatch } from '../subscription/local-append-watch';
import { type PollingOptions, PollingSubscription } from '../subscription/polling-subscription';
import {
  assertJson,
  validateExpectedRevision,
  validateNewEvents,
  validateReadAllOptions,
  validateReadRangeOptions,
  validateReadStreamOptions,
  validateStreamName,
  type ValidEvent,
} from '../validation';

export interface InMemoryEventStoreOptions {
  /** Stamps `recordedAt`. Default: real time, as a database server's clock would. */
  clock?: () => Date;
  polling?: PollingOptions;
}

/**
 * The event store in this process's memory: for development and tests, and the proof that everything
 * reading the log does so through the port (nothing can read this log with SQL). Lost when the process
 * ends.
 *
 * Positions are dense, 1, 2, 3, …, so the event at position p sits at index p - 1. An append checks the
 * expected revision and stores its events without yielding in between, so concurrent appends (which
 * interleave only at an `await`) cannot both pass the same check. Events go in and come out as copies:
 * nobody can change the log through an object they were given.
 */
export class InMemoryEventStore implements EventStore {
  private readonly log: StoredEvent[] = [];
  private readonly streams = new Map<string, StoredEvent[]>();
  private readonly byId = new Map<string, StoredEvent>();
  private readonly appended = new EventEmitter().setMaxListeners(0);
  private readonly clock: () => Date;
  private readonly onClose: (() => Promise<void>)[] = [];
  private closed = false;

  constructor(private readonly options: InMemoryEventStoreOptions = {}) {
    this.clock = options.clock ?? (() => new Date());
  }

  async appendToStream(
    stream: string,
    events: readonly NewEvent[],
    options: { expectedRevision?: ExpectedRevision } = {},
  ): Promise<AppendResult> {
    this.assertOpen();
    validateStreamName(stream);
    const expected = validateExpectedRevision(options.expectedRevision);
    const valid = validateNewEvents(events);
    // From here to the end nothing awaits: the check and the insert are one step.
    if (valid.some((e) => this.byId.has(e.id))) return this.retriedAppend(stream, expected, valid);
    const current = this.streams.get(stream) ?? [];
    const actual = current.length === 0 ? 'no_stream' : current.length - 1;
    if (!holds(expected, actual)) throw new WrongExpectedRevisionError(stream, expected, actual);

    const recordedAt = this.clock().toISOString();
    const stored = valid.map((e, i): StoredEvent => ({
      id: e.id,
      stream,
      revision: current.length + i,
      position: this.log.length + 1 + i,
      type: e.type,
      data: copy(e.data),
      metadata: copy(e.metadata),
      recordedAt,
    }));
    for (const event of stored) {
      this.log.push(event);
      this.byId.set(event.id, event);
    }
    this.streams.set(stream, [...current, ...stored]);
    this.appended.emit('appended', stored[stored.length - 1].position);
    return answer(stored);
  }

  /**
   * Some ids are stored already. If these very events sit in this stream, in this order, right after
   * the expected revision, it is a client's retry: answer as the first append did. Otherwise the ids
   * were used elsewhere. (The same rule as the PostgreSQL adapter's.)
   */
  private retriedAppend(
    stream: string,
    expected: ExpectedRevision,
    events: readonly ValidEvent[],
  ): AppendResult {
    const found = events.map((e) => this.byId.get(e.id));
    const first = found[0];
    const sameAppend =
      first !== undefined &&
      found.every((f, i) => f?.stream === stream && f.revision === first.revision + i) &&
      (typeof expected !== 'number' || first.revision === expected + 1);
    if (!sameAppend) throw new DuplicateEventIdError(found.find((f) => f !== undefined)!.id);
    return answer(found as StoredEvent[]);
  }

  async readStream(stream: string, options?: ReadStreamOptions): Promise<StoredEvent[]> {
    this.assertOpen();
    validateStreamName(stream);
    const { direction, fromRevision, maxCount } = validateReadStreamOptions(options);
    const events = this.streams.get(stream) ?? [];
    if (direction === 'forwards') {
      if (fromRevision === 'end') return [];
      const from = fromRevision === 'start' ? 0 : fromRevision;
      return events.slice(from, from + Math.min(maxCount, events.length)).map(copy);
    }
    const last = events.length - 1;
    const from =
      fromRevision === 'end'
        ? last
        : fromRevision === 'start'
          ? Math.min(0, last)
          : Math.min(fromRevision, last);
    const to = Math.max(from + 1 - maxCount, 0);
    return events
      .slice(to, from + 1)
      .reverse()
      .map(copy);
  }

  async readAll(options?: ReadAllOptions): Promise<StoredEvent[]> {
    this.assertOpen();
    const { after, maxCount } = validateReadAllOptions(options);
    // Every stored event is visible at once: nothing can still arrive before the head.
    return this.log.slice(after, after + Math.min(maxCount, this.log.length)).map(copy);
  }

  async *readRange(options: ReadRangeOptions): AsyncIterable<StoredEvent> {
    this.assertOpen();
    const { after, upTo, streams, prefixes } = validateReadRangeOptions(options);
    const names = new Set(streams);
    const wanted = (stream: string) =>
      names.size + prefixes.length === 0 || names.has(stream) || prefixes.some((p) => stream.startsWith(p));
    // The log only grows and positions are dense, so the range stays what it was when reading began.
    for (let index = after; index < upTo && index < this.log.length; index++) {
      const event = this.log[index];
      if (wanted(event.stream)) yield copy(event);
    }
  }

  async headPosition(): Promise<number> {
    this.assertOpen();
    return this.log.length;
  }

  /** Appends complete synchronously here, so everything in the log is settled. */
  async settledPosition(): Promise<number> {
    return this.headPosition();
  }

  async positionOfEvent(eventId: string): Promise<number | undefined> {
    this.assertOpen();
    return typeof eventId === 'string' ? this.byId.get(eventId.toLowerCase())?.position : undefined;
  }

  subscribeToAll(options: SubscribeToAllOptions): Subscription {
    return new PollingSubscription(
      {
        readAll: (o) => this.readAll(o),
        onAppended: (wake) => {
          this.appended.on('appended', wake);
          return () => this.appended.off('appended', wake);
        },
      },
      options,
      this.options.polling,
    );
  }

  watchAppends(onAppended: OnAppended): AppendWatch {
    return localAppendWatch(this.appended, onAppended);
  }

  async ping(): Promise<void> {
    this.assertOpen();
  }

  /** Also closes what was handed to `closeWith` (the read models' database beside this log). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const close of this.onClose.splice(0)) await close();
  }

  /** Ties another resource's lifetime to this store's: closing the store closes it too. */
  closeWith(close: () => Promise<void>): void {
    this.onClose.push(close);
  }

  /**
   * Replaces a stored event's data behind the port's back, as someone with access to a database's
   * events table could: only for tests that must show a tampered log is caught (the hash chain). The
   * application never calls it.
   */
  tamper(eventId: string, data: JsonValue): void {
    assertJson(data, 'data');
    const event = this.byId.get(eventId.toLowerCase());
    if (!event) throw new Error(`No event ${eventId} in the log`);
    event.data = copy(data);
  }

  /**
   * Removes the newest event behind the port's back, as someone deleting the log's last row could: only
   * for tests that must show a truncated tail is caught (the witnessed head). The application never
   * calls it.
   */
  tamperRemoveNewest(eventId: string): void {
    const event = this.log[this.log.length - 1];
    if (!event || event.id !== eventId.toLowerCase()) throw new Error(`${eventId} is not the newest event`);
    this.log.pop();
    this.byId.delete(event.id);
    const stream = this.streams.get(event.stream) ?? [];
    this.streams.set(event.stream, stream.slice(0, -1));
  }

  private assertOpen(): void {
    if (this.closed) throw new EventStoreUnavailableError('The in-memory event store is closed');
  }
}

function holds(expected: ExpectedRevision, actual: number | 'no_stream'): boolean {
  if (expected === 'any') return true;
  if (expected === 'no_stream') return actual === 'no_stream';
  if (expected === 'stream_exists') return actual !== 'no_stream';
  return actual === expected;
}

function answer(stored: readonly StoredEvent[]): AppendResult {
  const last = stored[stored.length - 1];
  return { nextExpectedRevision: last.revision, position: last.position, events: stored.map(copy) };
}

/** JSON in, JSON out: what a database's jsonb column would give back (undefined members dropped). */
function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
