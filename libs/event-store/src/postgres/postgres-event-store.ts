import { EventEmitter } from 'node:events';
import { DuplicateEventIdError, EventStoreUnavailableError, WrongExpectedRevisionError } from '../errors';
import {
  type AppendResult,
  type EventMetadata,
  type EventStore,
  type ExpectedRevision,
  type JsonValue,
  type NewEvent,
  type ReadAllOptions,
  type ReadStreamOptions,
  type StoredEvent,
  type SubscribeToAllOptions,
  type Subscription,
} from '../event-store.port';
import { type SqlDriver, toNumber } from '../sql/sql-driver';
import { type PollingOptions, PollingSubscription } from '../subscription/polling-subscription';
import {
  validateExpectedRevision,
  validateNewEvents,
  validateReadAllOptions,
  validateReadStreamOptions,
  validateStreamName,
} from '../validation';

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
 * the migrations' (see `migrations/0001-events.ts` for how global order is kept safe).
 */
export class PostgresEventStore implements EventStore {
  private readonly appended = new EventEmitter().setMaxListeners(0);

  constructor(
    private readonly driver: SqlDriver,
    private readonly polling: PollingOptions = {},
  ) {}

  async appendToStream(
    stream: string,
    events: readonly NewEvent[],
    options: { expectedRevision?: ExpectedRevision } = {},
  ): Promise<AppendResult> {
    validateStreamName(stream);
    const expected = validateExpectedRevision(options.expectedRevision);
    const valid = validateNewEvents(events);
    try {
      const [row] = await this.driver.query<{ next_revision: string; last_position: string }>(
        'SELECT next_revision, last_position FROM append_to_stream($1, $2, $3::uuid[], $4::text[], $5::jsonb[], $6::jsonb[])',
        [
          stream,
          String(expected),
          valid.map((e) => e.id),
          valid.map((e) => e.type),
          valid.map((e) => JSON.stringify(e.data)),
          valid.map((e) => JSON.stringify(e.metadata)),
        ],
      );
      this.appended.emit('appended');
      return { nextExpectedRevision: toNumber(row.next_revision), position: toNumber(row.last_position) };
    } catch (error) {
      throw translate(error, stream, expected);
    }
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
      [stream, from, Math.min(maxCount, Number.MAX_SAFE_INTEGER)],
    );
    return rows.map(toStoredEvent);
  }

  async readAll(options?: ReadAllOptions): Promise<StoredEvent[]> {
    const { after, maxCount } = validateReadAllOptions(options);
    // Only transactions older than every running one: nothing can commit before them any more.
    // (A position is `xid * 16384 + index`; see migrations/0001-events.ts.)
    const rows = await this.query<EventRow>(
      `SELECT ${COLUMNS} FROM events
        WHERE position > $1 AND position < pg_snapshot_xmin(pg_current_snapshot())::text::bigint * 16384
        ORDER BY position LIMIT $2`,
      [after, Math.min(maxCount, 100_000)],
    );
    return rows.map(toStoredEvent);
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

  async ping(): Promise<void> {
    await this.query('SELECT 1');
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private async query<Row>(sql: string, params?: readonly unknown[]): Promise<Row[]> {
    try {
      return await this.driver.query<Row>(sql, params);
    } catch (error) {
      throw translate(error);
    }
  }
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

function translate(error: unknown, stream?: string, expected?: ExpectedRevision): unknown {
  const e = error as { code?: string; detail?: string; message?: string };
  if (e?.code === 'SB001' && stream !== undefined && expected !== undefined) {
    const actual = e.detail === 'no_stream' ? 'no_stream' : Number(e.detail);
    return new WrongExpectedRevisionError(stream, expected, actual);
  }
  if (e?.code === 'SB002') return new DuplicateEventIdError(e.detail ?? 'unknown');
  if (e?.code && CONNECTION_ERRORS.has(e.code)) {
    return new EventStoreUnavailableError(`PostgreSQL is not reachable: ${e.message}`, { cause: error });
  }
  return error;
}
