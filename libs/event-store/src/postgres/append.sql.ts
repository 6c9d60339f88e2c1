/**
 * One append as one INSERT, so it costs the server little more than a plain INSERT does.
 *
 * - Optimistic concurrency without a lock: the new rows get revisions after the expected one, and the
 *   unique (stream_id, revision) index refuses a writer that lost a race (23505 on
 *   `events_stream_id_revision_key`). An exact expected revision must also exist (a probe of the
 *   same index); `any` and `stream_exists` read the stream's last revision in the statement.
 * - Global order (see migrations/0001-events.ts): positions are `xid * 16384 + index`, and the
 *   transaction id is taken by this statement, so it must be the first write of its transaction.
 * - When the expected revision does not hold, or the transaction already wrote, no row is inserted
 *   and none is returned; the adapter then finds out which (the rare path).
 *
 * Parameters: $1 stream, $2 revision the stream must have (-1: no stream) or null (any: whatever it
 * has), $3 true when the stream must exist, $4 ids uuid[], $5 types text[], $6 data jsonb[],
 * $7 metadata jsonb[].
 */
export const APPEND_SQL = /* sql */ `
INSERT INTO events (position, event_id, stream_id, revision, type, data, metadata, recorded_at)
SELECT s.base + e.ord - 1, e.id, $1, s.revision + e.ord, e.type, e.data, e.metadata, clock_timestamp()
  FROM (
    SELECT pg_current_xact_id()::text::bigint * 16384 AS base, c.revision
      FROM (
        SELECT CASE WHEN $2::bigint IS NULL
                    THEN (SELECT coalesce(max(revision), -1) FROM events WHERE stream_id = $1)
                    ELSE $2::bigint END AS revision
      ) c
     WHERE pg_current_xact_id_if_assigned() IS NULL
       AND (NOT $3::boolean OR c.revision >= 0)
       AND (c.revision = -1 OR $2::bigint IS NULL
            OR EXISTS (SELECT 1 FROM events WHERE stream_id = $1 AND revision = c.revision))
  ) s,
  unnest($4::uuid[], $5::text[], $6::jsonb[], $7::jsonb[]) WITH ORDINALITY AS e(id, type, data, metadata, ord)
RETURNING revision, position, recorded_at`;

/**
 * What an earlier append of these ids left, for telling a retry from a clash: whole events, since a
 * retry is answered with the events the first append stored, not with the ones it sent again.
 */
export const FIND_EVENT_IDS_SQL = /* sql */ `
SELECT position, event_id, stream_id, revision, type, data, metadata, recorded_at
  FROM events WHERE event_id = ANY ($1::uuid[])`;

export const CURRENT_REVISION_SQL = /* sql */ `
SELECT max(revision) AS revision FROM events WHERE stream_id = $1`;
