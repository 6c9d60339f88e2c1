import { EventEmitter } from 'node:events';
import { DuplicateEventIdError, EventStoreUnavailableError, WrongExpectedRevisionError } from '../errors';
import {
  type AppendResult,
  type AppendWatch,
  type EventMetadata,
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
import { PgDriver } from '../sql/pg.driver';
import { type SqlDriver, toNumber } from '../sql/sql-driver';
import { localAppendWatch } from '../subscription/local-append-watch';
import { AppendListener, AppendNotifier, NotifyConnection, appendChannel } from './append-notifications';
import { importEvents } from './import-events';
import { EMBEDDED_HORIZON_SQL, HORIZON_SQL } from './horizon.sql';
import { APPEND_ONE_SQL, APPEND_SQL, CURRENT_REVISION_SQL, FIND_EVENT_IDS_SQL } from './append.sql';
import { type AppendedRow, GroupAppend, type GroupAppendOptions } from './group-append';
import { type PollingOptions, PollingSubscription } from '../subscription/polling-subscription';
import {
  validateExpectedRevision,
  validateNewEvents,
  validateReadAllOptions,
  validateReadRangeOptions,
  validateReadStreamOptions,
  validateStreamName,
  type ValidEvent,
} from '../validation';

/** Events per page of `readRange`. */
const RANGE_PAGE = 2_000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** PostgreSQL's SQLSTATE for a unique index refusing a row. */
const UNIQUE_VIOLATION = '23505';

interface EventRow {
  position: string | number;
  event_id: string;
  stream_id: string;
  revision: string | number;
  type: string;
  data: JsonValue;
  metadata: EventMetadata;
  recorded_at: Date | string;
}

const COLUMNS = 'position, event_id, stream_id, revision, type, data, metadata, recorded_at';

/**
 * The event store on PostgreSQL: on a server through `pg`, or embedded through PGlite. The schema is
 * the migrations' (see `migrations/0001-events.ts` for how global order is kept safe). On a server,
 * every append is followed by a notification other processes can LISTEN for (append-notifications.ts);
 * embedded, one process owns the database and hears its own appends. Concurrent one-event appends may
 * share a statement and a transaction (group-append.ts); each keeps its own check and its own answer.
 */
export class PostgresEventStore implements EventStore {
  private readonly appended = new EventEmitter().setMaxListeners(0);
  private readonly notifier: AppendNotifier | undefined;
  private readonly notifications: NotifyConnection | undefined;
  private readonly listener: AppendListener | undefined;

  private readonly group: GroupAppend;
  /** See horizon.sql.ts: on a server only this log's writers hold readers back. */
  private readonly horizon: { sql: string; name: string };

  constructor(
    private readonly driver: SqlDriver,
    private readonly polling: PollingOptions = {},
    appends: GroupAppendOptions = {},
  ) {
    this.group = new GroupAppend(
      driver,
      {
        alone: (a) =>
          this.insert(
            a.stream,
            a.expected,
            [a.event],
            [a.data],
            [a.metadata],
            oneEventStatement(a.stream, a.expected, a.event, a.data, a.metadata),
          ),
        answer: (a, row) => appended(a.stream, [a.event], [a.data], [a.metadata], [row]),
        appended: (position) => this.notifyAppended(position),
      },
      appends,
    );
    this.horizon =
      driver instanceof PgDriver
        ? { sql: HORIZON_SQL, name: 'sparbar_horizon_v1' }
        : { sql: EMBEDDED_HORIZON_SQL, name: 'sparbar_horizon_embedded_v1' };
    if (driver instanceof PgDriver) {
      const channel = appendChannel(driver.schema);
      // A tenant on a shared pool notifies and listens on its server's connections, which outlive it.
      const shared = driver.shared;
      const notifications =
        shared?.notifications ?? new NotifyConnection(() => driver.dedicatedClient('sparbar-notify'));
      if (!shared) this.notifications = notifications;
      this.notifier = new AppendNotifier((position) => notifications.send(channel, position));
      this.listener = new AppendListener(
        shared?.listener ?? (() => driver.dedicatedClient('sparbar-listen')),
        channel,
      );
    }
  }

  async appendToStream(
    stream: string,
    events: readonly NewEvent[],
    options: { expectedRevision?: ExpectedRevision } = {},
  ): Promise<AppendResult> {
    validateStreamName(stream);
    const expected = validateExpectedRevision(options.expectedRevision);
    const valid = validateNewEvents(events);
    // See append.sql.ts for the parameters.
    const data = valid.map((e) => JSON.stringify(e.data));
    const metadata = valid.map((e) => JSON.stringify(e.metadata));
    if (valid.length === 1) {
      return this.group.run({ stream, expected, event: valid[0], data: data[0], metadata: metadata[0] });
    }
    return this.insert(stream, expected, valid, data, metadata, {
      sql: APPEND_SQL,
      name: 'sparbar_append_v1',
      params: [
        stream,
        typeof expected === 'number' ? expected : expected === 'no_stream' ? -1 : null,
        expected === 'stream_exists',
        valid.map((e) => e.id),
        valid.map((e) => e.type),
        data,
        metadata,
      ],
    });
  }

  /** One append as one statement of its own; for a one-event append, what a group falls back to. */
  private async insert(
    stream: string,
    expected: ExpectedRevision,
    valid: readonly ValidEvent[],
    data: readonly string[],
    metadata: readonly string[],
    { sql, name, params }: { sql: string; name: string; params: unknown[] },
  ): Promise<AppendResult> {
    for (let attempt = 1; ; attempt++) {
      let rows: AppendedRow[];
      try {
        rows = await this.driver.query(sql, params, { name });
      } catch (error) {
        const constraint = (error as { constraint?: string }).constraint ?? '';
        if ((error as { code?: string }).code !== UNIQUE_VIOLATION) throw translate(error);
        if (constraint.includes('event_id')) return this.retriedAppend(stream, expected, valid);
        // Another append to this stream committed first. With `any` that changes nothing: go again.
        if (expected === 'any' && attempt < 5) continue;
        throw new WrongExpectedRevisionError(stream, expected, await this.currentRevision(stream));
      }
      // Nothing inserted: the expected revision did not hold (this adapter's statements run on their
      // own, so the first-write rule always holds here). It may still be a retry of an append that went through.
      if (rows.length === 0) return this.retriedAppend(stream, expected, valid);
      const result = appended(stream, valid, data, metadata, rows);
      this.notifyAppended(result.position);
      return result;
    }
  }

  private notifyAppended(position: number): void {
    this.appended.emit('appended', position);
    this.notifier?.appended(position);
  }

  /**
   * The ids are stored already, or the expected revision did not hold. If these very events sit in this
   * stream, right after the expected revision, it is a client's retry: return what the first append
   * returned. Otherwise it is a conflict.
   */
  private async retriedAppend(
    stream: string,
    expected: ExpectedRevision,
    events: readonly ValidEvent[],
  ): Promise<AppendResult> {
    const found = await this.query<EventRow>(FIND_EVENT_IDS_SQL, [events.map((e) => e.id)]);
    if (found.length > 0) {
      const byId = new Map(found.map((r) => [r.event_id, r]));
      const first = byId.get(events[0].id);
      const sameAppend =
        first !== undefined &&
        found.length === events.length &&
        events.every((e, i) => {
          const r = byId.get(e.id);
          return r?.stream_id === stream && toNumber(r.revision) === toNumber(first.revision) + i;
        }) &&
        (typeof expected !== 'number' || toNumber(first.revision) === expected + 1);
      if (!sameAppend) throw new DuplicateEventIdError(found[0].event_id);
      // The first append's events as stored: the retry may carry other metadata (a new business time).
      const stored = events.map((e) => toStoredEvent(byId.get(e.id)!));
      const last = stored[stored.length - 1];
      return { nextExpectedRevision: last.revision, position: last.position, events: stored };
    }
    throw new WrongExpectedRevisionError(stream, expected, await this.currentRevision(stream));
  }

  private async currentRevision(stream: string): Promise<number | 'no_stream'> {
    const [row] = await this.query<{ revision: string | null }>(CURRENT_REVISION_SQL, [stream]);
    return row.revision === null ? 'no_stream' : toNumber(row.revision);
  }

  async readStream(stream: string, options?: ReadStreamOptions): Promise<StoredEvent[]> {
    validateStreamName(stream);
    const { direction, fromRevision, maxCount } = validateReadStreamOptions(options);
    const forwards = direction === 'forwards';
    const from =
      fromRevision === 'start' ? 0 : fromRevision === 'end' ? Number.MAX_SAFE_INTEGER : fromRevision;
    if (forwards && fromRevision === 'end') return [];
    const rows = await this.query<EventRow>(
      `SELECT ${COLUMNS} FROM events WHERE stream_id = $1 AND revision ${forwards ? '>=' : '<='} $2
        ORDER BY revision ${forwards ? 'ASC' : 'DESC'} LIMIT $3`,
      [stream, from, maxCount],
    );
    return rows.map(toStoredEvent);
  }

  async readAll(options?: ReadAllOptions): Promise<StoredEvent[]> {
    const { after, maxCount } = validateReadAllOptions(options);
    // Up to the horizon (horizon.sql.ts): nothing can commit below it any more. It is asked first and
    // passed as a value, so the planner sees how narrow the range is; a later snapshot for the read is
    // safe, since every append below the horizon had ended when it was taken.
    const [{ horizon }] = await this.query<{ horizon: string }>(this.horizon.sql, [], this.horizon.name);
    const rows = await this.query<EventRow>(
      `SELECT ${COLUMNS} FROM events WHERE position > $1 AND position < $2 ORDER BY position LIMIT $3`,
      [after, horizon, Math.min(maxCount, 100_000)],
    );
    return rows.map(toStoredEvent);
  }

  async *readRange(options: ReadRangeOptions): AsyncIterable<StoredEvent> {
    const { after, upTo, streams, prefixes } = validateReadRangeOptions(options);
    const filtered = streams.length + prefixes.length > 0;
    const likes = prefixes.map((p) => `${p.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    const page = (from: number) =>
      this.query<EventRow>(
        `SELECT ${COLUMNS} FROM events
          WHERE position > $1 AND position <= $2
            AND (NOT $3::boolean OR stream_id = ANY ($4::text[]) OR stream_id LIKE ANY ($5::text[]))
          ORDER BY position LIMIT ${RANGE_PAGE}`,
        [from, upTo, filtered, streams, likes],
      );
    // The next page is asked for before this one is handed out, so the database reads it while the
    // reader works through this one: two pages in memory at most.
    let next: Promise<EventRow[]> | undefined = page(after);
    try {
      while (next) {
        const rows: EventRow[] = await next;
        next = rows.length === RANGE_PAGE ? page(toNumber(rows[rows.length - 1].position)) : undefined;
        for (const row of rows) yield toStoredEvent(row);
      }
    } finally {
      // A reader that stops early leaves the page asked for in advance unread.
      next?.catch(() => undefined);
    }
  }

  async headPosition(): Promise<number> {
    const [row] = await this.query<{ head: string | number }>(
      'SELECT coalesce(max(position), 0) AS head FROM events',
    );
    return toNumber(row.head);
  }

  /**
   * Below the horizon (see readAll) no transaction can commit any more; the newest event under it is
   * as far as the log has settled.
   */
  async settledPosition(): Promise<number> {
    const [{ horizon }] = await this.query<{ horizon: string }>(this.horizon.sql, [], this.horizon.name);
    const [row] = await this.query<{ settled: string | number }>(
      'SELECT coalesce(max(position), 0) AS settled FROM events WHERE position < $1',
      [horizon],
    );
    return toNumber(row.settled);
  }

  async positionOfEvent(eventId: string): Promise<number | undefined> {
    if (!UUID.test(eventId)) return undefined;
    const [row] = await this.query<{ position: string | number }>(
      'SELECT position FROM events WHERE event_id = $1',
      [eventId],
    );
    return row ? toNumber(row.position) : undefined;
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
      this.polling,
    );
  }

  /**
   * This process's appends wake the watcher at once; on a server, other processes' appends too, through
   * the shared LISTEN connection (complete while it is up).
   */
  watchAppends(onAppended: OnAppended): AppendWatch {
    const local = localAppendWatch(this.appended, onAppended);
    if (!this.listener) return local;
    const remote = this.listener.watch(onAppended);
    return {
      get complete() {
        return remote.complete;
      },
      stop: async () => {
        await local.stop();
        await remote.stop();
      },
    };
  }

  /** See the port and import-events.ts. */
  async importEvents(events: readonly StoredEvent[]): Promise<void> {
    if (events.length === 0) return;
    try {
      await this.driver.transaction((tx) => importEvents(tx, events));
    } catch (error) {
      throw translate(error);
    }
    const last = events[events.length - 1].position;
    this.appended.emit('appended', last);
    this.notifier?.appended(last);
  }

  async ping(): Promise<void> {
    await this.query('SELECT 1');
  }

  async close(): Promise<void> {
    await this.listener?.close();
    await this.notifier?.idle();
    await this.notifications?.close();
    await this.driver.close();
  }

  private async query<Row>(sql: string, params?: readonly unknown[], name?: string): Promise<Row[]> {
    try {
      return await this.driver.query<Row>(sql, params, { name });
    } catch (error) {
      throw translate(error);
    }
  }
}

/** The statement for an append of one event (append.sql.ts), by the revision it expects. */
function oneEventStatement(
  stream: string,
  expected: ExpectedRevision,
  event: ValidEvent,
  data: string,
  metadata: string,
): { sql: string; name: string; params: unknown[] } {
  const params: unknown[] = [stream, event.id, event.type, data, metadata];
  if (typeof expected === 'number') {
    return {
      sql: APPEND_ONE_SQL.afterRevision,
      name: 'sparbar_append_one_after_v1',
      params: [...params, expected],
    };
  }
  if (expected === 'no_stream') {
    return { sql: APPEND_ONE_SQL.newStream, name: 'sparbar_append_one_new_v1', params };
  }
  if (expected === 'stream_exists') {
    return { sql: APPEND_ONE_SQL.streamExists, name: 'sparbar_append_one_exists_v1', params };
  }
  return { sql: APPEND_ONE_SQL.any, name: 'sparbar_append_one_any_v1', params };
}

/**
 * The append's answer: the events with what the database gave them, in revision order. Data and
 * metadata are parsed back from the JSON text that was stored, so they read as a later read gives them
 * (what JSON drops, such as an undefined field or a minus zero, is gone here too; nothing is shared with
 * the caller's objects).
 */
function appended(
  stream: string,
  events: readonly ValidEvent[],
  data: readonly string[],
  metadata: readonly string[],
  rows: readonly AppendedRow[],
): AppendResult {
  const stored = events.map((e, i): StoredEvent => ({
    id: e.id,
    stream,
    revision: toNumber(rows[i].revision),
    position: toNumber(rows[i].position),
    type: e.type,
    data: JSON.parse(data[i]) as JsonValue,
    metadata: JSON.parse(metadata[i]) as EventMetadata,
    recordedAt: new Date(rows[i].recorded_at).toISOString(),
  }));
  const last = stored[stored.length - 1];
  return { nextExpectedRevision: last.revision, position: last.position, events: stored };
}

function toStoredEvent(row: EventRow): StoredEvent {
  return {
    id: row.event_id,
    stream: row.stream_id,
    revision: toNumber(row.revision),
    position: toNumber(row.position),
    type: row.type,
    data: row.data,
    metadata: row.metadata,
    recordedAt: new Date(row.recorded_at).toISOString(),
  };
}

const CONNECTION_ERRORS = new Set(['ECONNREFUSED', 'ENOTFOUND', 'ECONNRESET', 'ETIMEDOUT', '57P01', '57P03']);

function translate(error: unknown): unknown {
  const e = error as { code?: string; message?: string };
  if (e?.code && CONNECTION_ERRORS.has(e.code)) {
    return new EventStoreUnavailableError(`PostgreSQL is not reachable: ${e.message}`, { cause: error });
  }
  return error;
}
