/**
 * What verification reads: the log through the event store port, whichever store holds it, and the
 * stored chain (a read model) from SQL.
 *
 * The two are not read in one database snapshot, and need not be: the chain is read only up to its
 * checkpoint, read first, and the rows up to a checkpoint were committed with it and never change
 * afterwards (a rebuild switches to a version whose rows up to the same position are the same, since
 * they follow from the same log). The log is append-only, and `readRange` serves a fixed range of it.
 * So whatever the two reads see of later writes lies beyond what is compared. Anything they do find
 * different was changed behind the application's back, which is what verification is for.
 *
 * Both are read a page at a time (the log by `readRange`, the chain by position), so memory stays flat
 * however long the log, and neither holds a transaction open while the other reads: the embedded
 * database has one connection, and a long transaction on it would stop every other read and write.
 */
import { type EventStore, type StoredEvent } from '@sparbar/event-store';
import { type ProjectionDb } from '@sparbar/projections/db/projection-db';
import { liveCheckpoint } from '@sparbar/projections/runner/versions';
import { EVENT_CHAIN } from './event-chain.projection';

/** The part of the store verification needs: the log, read only. */
export type LogReader = Pick<EventStore, 'readRange' | 'headPosition' | 'positionOfEvent'>;

/** The part of the read-model database verification needs: it only reads. */
export type ReadOnlyDb = Pick<ProjectionDb, 'query'>;

export interface ChainRow {
  position: number;
  eventId: string;
  hash: string;
}

const PAGE = 2_000;

/** Events up to `upTo` inclusive, in position order, as the store hands them out (and the projection hashed them). */
export function readEvents(log: LogReader, upTo: number): AsyncIterable<StoredEvent> {
  return log.readRange({ upTo });
}

/** Events written after `position`: not chained yet. Counted through the port, a page at a time. */
export async function countEventsAfter(log: LogReader, position: number): Promise<number> {
  const head = await log.headPosition();
  let count = 0;
  if (head > position) for await (const _ of log.readRange({ after: position, upTo: head })) count++;
  return count;
}

/** The stored chain up to `upTo`, through the view that serves its live version, a page at a time. */
export async function* readChain(db: ReadOnlyDb, upTo: number): AsyncGenerator<ChainRow> {
  type Row = { position: string | number; event_id: string; hash: string };
  const page = (after: number): Promise<Row[]> =>
    db.query<Row>(
      `SELECT position, event_id, hash FROM ${EVENT_CHAIN} WHERE position > $1 AND position <= $2
        ORDER BY position LIMIT ${PAGE}`,
      [after, upTo],
    );
  // The next page is asked for before this one is handed out, so the database reads it while the
  // caller hashes.
  let next: Promise<Row[]> | undefined = page(0);
  try {
    while (next) {
      const rows: Row[] = await next;
      next = rows.length === PAGE ? page(Number(rows[rows.length - 1].position)) : undefined;
      for (const r of rows) yield { position: Number(r.position), eventId: r.event_id, hash: r.hash };
    }
  } finally {
    next?.catch(() => undefined);
  }
}

/** How far the live chain has got (its checkpoint); undefined when it has never been built. */
export async function chainCheckpoint(db: ReadOnlyDb): Promise<number | undefined> {
  return (await liveCheckpoint(db, EVENT_CHAIN))?.checkpoint;
}

/** Where the chain has an event id: with the log's position of it, tells a move from a change. */
export async function positionInChain(db: ReadOnlyDb, eventId: string): Promise<number | undefined> {
  const [row] = await db.query<{ position: string }>(
    `SELECT position FROM ${EVENT_CHAIN} WHERE event_id = $1 LIMIT 1`,
    [eventId],
  );
  return row ? Number(row.position) : undefined;
}
