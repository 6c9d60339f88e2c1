/**
 * The event store port: the one contract every adapter (PostgreSQL, embedded, EventStoreDB) fulfils.
 * The contract suite in `../test/event-store.contract.ts` states this behaviour as tests.
 *
 * Revisions count the events of one stream from 0. Positions order all events of all streams; they
 * only grow, but need not be dense (an adapter may leave holes, e.g. after a rolled-back append).
 */

/** JSON as it is stored: what `JSON.parse(JSON.stringify(x))` gives back unchanged. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/**
 * What the writer knows about the stream:
 * - `any`: no check;
 * - `no_stream`: the stream must not exist yet;
 * - `stream_exists`: the stream must have at least one event;
 * - a number: the revision of the stream's last event must be exactly this.
 */
export type ExpectedRevision = 'any' | 'no_stream' | 'stream_exists' | number;

export interface EventMetadata {
  /** Who did it: the person (or system actor) behind the command. */
  actor: string;
  /** Business time: when it happened in the world (ISO 8601). May be earlier than `recordedAt`. */
  occurredAt: string;
  /** Ties together everything caused by one request. Defaults to the first event's id. */
  correlationId?: string;
  /** The event or command that caused this one. */
  causationId?: string;
  [key: string]: JsonValue | undefined;
}

export interface NewEvent<Type extends string = string, Data extends JsonValue = JsonValue> {
  /** A uuid. Give one to make retries idempotent; otherwise the store makes one. */
  id?: string;
  type: Type;
  data: Data;
  metadata: EventMetadata;
}

export interface StoredEvent<Type extends string = string, Data extends JsonValue = JsonValue> {
  id: string;
  stream: string;
  revision: number;
  position: number;
  type: Type;
  data: Data;
  metadata: EventMetadata;
  /** Server time when the event was stored (ISO 8601). Always the server's clock. */
  recordedAt: string;
}

export interface AppendResult {
  /** The stream's revision after the append: pass it as the next expected revision. */
  nextExpectedRevision: number;
  /** Global position of the last appended event. */
  position: number;
  /**
   * The appended events as stored, in revision order (revisions, positions, `recordedAt`): a writer
   * answers from the stream it read plus these, without reading the stream again. An idempotent retry
   * gives the events of the first append.
   */
  events: StoredEvent[];
}

export type Direction = 'forwards' | 'backwards';

export interface ReadStreamOptions {
  direction?: Direction;
  /** Inclusive. Defaults to the start (forwards) or the end (backwards). */
  fromRevision?: number | 'start' | 'end';
  maxCount?: number;
}

export interface ReadAllOptions {
  /** Only events with a position strictly greater than this (a checkpoint). Default: from the start. */
  after?: number;
  maxCount?: number;
}

export interface ReadRangeOptions {
  /** Only events with a position strictly greater than this. Default: from the start. */
  after?: number;
  /**
   * Inclusive upper bound. Must be a position the log has already settled up to (a projection's
   * checkpoint, or `headPosition()` once every append before it has returned), so the range is fixed.
   */
  upTo: number;
  /** Only these streams and streams whose names start with one of `prefixes` (both empty or absent: all). */
  streams?: readonly string[];
  prefixes?: readonly string[];
}

export interface SubscribeToAllOptions {
  /** The checkpoint: the position of the last event already handled. Default: from the start. */
  after?: number;
  /** Awaited for each event, in order; the next event waits for it. */
  onEvent: (event: StoredEvent) => Promise<void> | void;
  /** Called once, when everything stored at subscription time has been delivered. */
  onCaughtUp?: () => void;
  /** A failing handler or store stops the subscription and lands here. */
  onError?: (error: unknown) => void;
}

export interface Subscription {
  /** Position of the last event delivered (the checkpoint to resume from). */
  readonly lastPosition: number | undefined;
  stop(): Promise<void>;
}

/**
 * A hint that the log has grown, for a reader that would otherwise poll (a projection runner). Never a
 * position to read up to: the reader still reads only what `readAll` says is safe.
 */
export interface AppendWatch {
  /**
   * True while every append, by any process, reaches `onAppended` (the store's notification connection
   * is up, or the log lives in this process): a poll is then only a fallback and may be slow. False
   * while the store only sees this process's appends (e.g. reconnecting): poll as usual.
   */
  readonly complete: boolean;
  stop(): Promise<void>;
}

/**
 * Called soon after events were appended (coalesced: one call may stand for many appends), and once
 * after a notification connection came back, as appends may have been missed meanwhile. `position`: the
 * last position of an append now committed, when the store knows it.
 */
export type OnAppended = (position?: number) => void;

export interface EventStore {
  appendToStream(
    stream: string,
    events: readonly NewEvent[],
    options?: { expectedRevision?: ExpectedRevision },
  ): Promise<AppendResult>;

  /** Events of one stream in revision order; an unknown stream reads as empty. */
  readStream(stream: string, options?: ReadStreamOptions): Promise<StoredEvent[]>;

  /**
   * Events of all streams in global order, never skipping one that may still commit: an event is only
   * returned once every event before it is either visible or known never to arrive.
   */
  readAll(options?: ReadAllOptions): Promise<StoredEvent[]>;

  /**
   * A fixed range of the log in global order, read lazily a page at a time so memory stays flat however
   * long it is: what a reader that must see the whole log up to a point (chain verification, the
   * auditor's package, a report's cutoff) reads instead of the store's tables.
   */
  readRange(options: ReadRangeOptions): AsyncIterable<StoredEvent>;

  /** The position of the newest event in the log; 0 when the log is empty. */
  headPosition(): Promise<number>;

  /**
   * A position the log has settled up to: every event at or below it is visible now, and none will
   * ever arrive at or below it (0 when nothing is settled yet). At most `headPosition()`. What
   * `readRange({ upTo })` takes when a reader must see everything so far, and then follow on with
   * `readAll({ after })` from there without missing an event that was still committing.
   */
  settledPosition(): Promise<number>;

  /** Where the event with this id sits in the log now; undefined when it is not there. */
  positionOfEvent(eventId: string): Promise<number | undefined>;

  /** Catch up from the checkpoint, then follow live appends, in global order. */
  subscribeToAll(options: SubscribeToAllOptions): Subscription;

  /**
   * Optional: wakes a reader when the log grows, so it need not poll tightly. A store without it (or a
   * reader that does not ask) is read by polling alone.
   */
  watchAppends?(onAppended: OnAppended): AppendWatch;

  /**
   * Optional: writes events exactly as another store holds them (position, id, stream, revision, type,
   * data, metadata, recordedAt), for copying a log to another server (a tenant moved, issue 22). Only
   * for a store nobody appends to meanwhile, empty at the first call; each call continues the last:
   * positions rising and above the head, each stream's revisions going on from where it stands. A
   * batch that does not is refused whole (InvalidEventStoreArgumentError naming the event). Later
   * appends get positions above the imported ones. Adapters without it (in memory: dense positions;
   * EventStoreDB: positions are the server's own commit positions) cannot be a move's target.
   */
  importEvents?(events: readonly StoredEvent[]): Promise<void>;

  /** True when the backing server answers. */
  ping(): Promise<void>;

  close(): Promise<void>;
}
