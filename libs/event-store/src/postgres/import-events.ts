/**
 * `importEvents` of the PostgreSQL store (see the port): a copied log written verbatim, one batch per
 * transaction, refused whole when it does not continue the log. The table is locked against appends
 * (EXCLUSIVE: reads go on) so the checks hold until the batch commits. The position offset is raised
 * in the same transaction (migrations/0002-position-offset.ts), so no later append, and no reader's
 * horizon, falls below the copy.
 */
import { InvalidEventStoreArgumentError } from '../errors';
import { type StoredEvent } from '../event-store.port';
import { type SqlExecutor, toNumber } from '../sql/sql-driver';
import { validateStreamName } from '../validation';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const XID_SPAN = 16_384;

export async function importEvents(tx: SqlExecutor, events: readonly StoredEvent[]): Promise<void> {
  checkShape(events);
  await tx.query('LOCK TABLE events IN EXCLUSIVE MODE');
  const [{ head }] = await tx.query<{ head: string | number }>(
    'SELECT coalesce(max(position), 0) AS head FROM events',
  );
  if (events[0].position <= toNumber(head)) {
    throw refused(0, 'position', `must be above the log's head (${toNumber(head)})`);
  }
  const streams = [...new Set(events.map((e) => e.stream))];
  const standing = await tx.query<{ stream_id: string; revision: string | number }>(
    'SELECT stream_id, max(revision) AS revision FROM events WHERE stream_id = ANY ($1::text[]) GROUP BY stream_id',
    [streams],
  );
  const next = new Map(standing.map((r) => [r.stream_id, toNumber(r.revision) + 1]));
  events.forEach((e, i) => {
    const expected = next.get(e.stream) ?? 0;
    if (e.revision !== expected) {
      throw refused(i, 'revision', `stream "${e.stream}" goes on at revision ${expected}, not ${e.revision}`);
    }
    next.set(e.stream, expected + 1);
  });
  await tx.query(
    `INSERT INTO events (position, event_id, stream_id, revision, type, data, metadata, recorded_at)
     SELECT * FROM unnest($1::bigint[], $2::uuid[], $3::text[], $4::bigint[], $5::text[], $6::jsonb[],
                          $7::jsonb[], $8::timestamptz[])`,
    [
      events.map((e) => e.position),
      events.map((e) => e.id),
      events.map((e) => e.stream),
      events.map((e) => e.revision),
      events.map((e) => e.type),
      events.map((e) => JSON.stringify(e.data)),
      events.map((e) => JSON.stringify(e.metadata)),
      events.map((e) => e.recordedAt),
    ],
  );
  // This transaction's id is below every later append's: blocks of 16384 from it on must sort above
  // the last imported position.
  const [{ xid, offset }] = await tx.query<{ xid: string; offset: string | number }>(
    'SELECT pg_current_xact_id()::text AS xid, position_offset() AS offset',
  );
  const last = events[events.length - 1].position;
  const needed = (Math.floor(last / XID_SPAN) + 1 - Number(xid)) * XID_SPAN;
  if (needed > toNumber(offset)) {
    // A whole number computed here, not input: safe to write into the function's text.
    await tx.query(
      `CREATE OR REPLACE FUNCTION position_offset() RETURNS bigint
         LANGUAGE sql IMMUTABLE PARALLEL SAFE AS 'SELECT ${needed}::bigint'`,
    );
  }
}

function checkShape(events: readonly StoredEvent[]): void {
  events.forEach((e, i) => {
    if (!Number.isSafeInteger(e.position) || e.position <= 0)
      throw refused(i, 'position', 'a whole number above 0');
    if (i > 0 && e.position <= events[i - 1].position) {
      throw refused(i, 'position', 'positions must rise through the batch');
    }
    if (!UUID.test(e.id)) throw refused(i, 'id', 'a uuid');
    validateStreamName(e.stream);
    if (!Number.isSafeInteger(e.revision) || e.revision < 0)
      throw refused(i, 'revision', 'a whole number from 0');
    if (typeof e.type !== 'string' || e.type === '') throw refused(i, 'type', 'a text');
    if (Number.isNaN(Date.parse(e.recordedAt))) throw refused(i, 'recordedAt', 'an ISO 8601 time');
  });
}

function refused(index: number, field: string, reason: string): InvalidEventStoreArgumentError {
  return new InvalidEventStoreArgumentError(`events[${index}].${field}`, reason);
}
