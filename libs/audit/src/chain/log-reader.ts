/**
 * Reading the raw log and the stored chain for verification, straight from the tables (not through the
 * store's `readAll`, which only serves what a projection may safely read, and pages of 100k at most).
 * Both are read through cursors inside one read-only REPEATABLE READ transaction, so the two agree on a
 * single snapshot and memory stays flat however long the log.
 */
import { type JsonValue, type EventMetadata, type SqlExecutor, type StoredEvent } from '@sparbar/event-store';
import { EVENT_CHAIN } from './event-chain.projection';

export interface ChainRow {
  position: number;
  eventId: string;
  hash: string;
}

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

const PAGE = 2_000;

let cursors = 0;

/** Rows of `sql` a page at a time. Must run inside a transaction (a cursor lives in one). */
async function* cursorRows<Row>(tx: SqlExecutor, sql: string, params: unknown[]): AsyncGenerator<Row> {
  const name = `audit_cursor_${++cursors}`;
  // DECLARE takes no bind parameters on every driver, so the (numeric) bounds are inlined.
  const text = sql.replace(/\$(\d+)/g, (_, i: string) => String(Number(params[Number(i) - 1])));
  await tx.exec(`DECLARE ${name} NO SCROLL CURSOR FOR ${text}`);
  const fetch = () => tx.query<Row>(`FETCH ${PAGE} FROM ${name}`);
  // The next page is asked for before this one is handed out, so the database reads it while the
  // caller hashes: verification is about as much database work as CPU work.
  let next: Promise<Row[]> | undefined = fetch();
  try {
    while (next) {
      const page: Row[] = await next;
      next = page.length === PAGE ? fetch() : undefined;
      for (const row of page) yield row;
    }
  } finally {
    next?.catch(() => undefined);
    await tx.exec(`CLOSE ${name}`).catch(() => undefined);
  }
}

/** Events up to `upTo` inclusive, in position order, shaped exactly as the store hands them out. */
export function readEvents(tx: SqlExecutor, upTo: number): AsyncGenerator<StoredEvent> {
  return mapRows(
    cursorRows<EventRow>(
      tx,
      `SELECT position, event_id, stream_id, revision, type, data, metadata, recorded_at
         FROM events WHERE position <= $1 ORDER BY position`,
      [upTo],
    ),
    toStoredEvent,
  );
}

/** The stored chain up to `upTo`, through the view that serves its live version. */
export function readChain(tx: SqlExecutor, upTo: number): AsyncGenerator<ChainRow> {
  return mapRows(
    cursorRows<{ position: string | number; event_id: string; hash: string }>(
      tx,
      `SELECT position, event_id, hash FROM ${EVENT_CHAIN} WHERE position <= $1 ORDER BY position`,
      [upTo],
    ),
    (r) => ({ position: Number(r.position), eventId: r.event_id, hash: r.hash }),
  );
}

/** How far the live chain has got (its checkpoint); undefined when it has never been built. */
export async function chainCheckpoint(tx: SqlExecutor): Promise<number | undefined> {
  const [row] = await tx.query<{ checkpoint: string | number }>(
    `SELECT checkpoint FROM projection_versions WHERE projection = $1 AND state = 'live'`,
    [EVENT_CHAIN],
  );
  return row ? Number(row.checkpoint) : undefined;
}

export async function countEventsAfter(tx: SqlExecutor, position: number): Promise<number> {
  const [row] = await tx.query<{ n: string | number }>(
    'SELECT count(*) AS n FROM events WHERE position > $1',
    [position],
  );
  return Number(row.n);
}

/** Where an event id sits in the log now, and where the chain has it: to tell a move from a change. */
export async function positionInLog(tx: SqlExecutor, eventId: string): Promise<number | undefined> {
  const [row] = await tx.query<{ position: string }>('SELECT position FROM events WHERE event_id = $1', [
    eventId,
  ]);
  return row ? Number(row.position) : undefined;
}

export async function positionInChain(tx: SqlExecutor, eventId: string): Promise<number | undefined> {
  const [row] = await tx.query<{ position: string }>(
    `SELECT position FROM ${EVENT_CHAIN} WHERE event_id = $1 LIMIT 1`,
    [eventId],
  );
  return row ? Number(row.position) : undefined;
}

/** The same mapping as the PostgreSQL store's, so the bytes hashed here equal those the projection hashed. */
export function toStoredEvent(row: EventRow): StoredEvent {
  return {
    id: row.event_id,
    stream: row.stream_id,
    revision: Number(row.revision),
    position: Number(row.position),
    type: row.type,
    data: row.data,
    metadata: row.metadata,
    recordedAt: new Date(row.recorded_at).toISOString(),
  };
}

async function* mapRows<A, B>(rows: AsyncIterable<A>, map: (a: A) => B): AsyncGenerator<B> {
  for await (const row of rows) yield map(row);
}
