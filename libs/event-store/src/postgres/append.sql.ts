/**
 * One append as one INSERT, so it costs the server little more than a plain INSERT does.
 *
 * - Optimistic concurrency without a lock: the new rows get revisions after the expected one, and the
 *   unique (stream_id, revision) index refuses a writer that lost a race (23505 on
 *   `events_stream_id_revision_key`). An exact expected revision must also exist (a probe of the
 *   same index); `any` and `stream_exists` read the stream's last revision in the statement.
 * - Global order (see migrations/0001-events.ts): positions are `xid * 16384 + index` (plus the
 *   offset of an imported log, migrations/0002-position-offset.ts), and the
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
    SELECT pg_current_xact_id()::text::bigint * 16384 + position_offset() AS base, c.revision
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
 * The usual append, one event, as a statement of its own for each kind of expected revision. Each has
 * plain parameters (no arrays to build and take apart, no unnest) and no branch on a parameter: a
 * one-event statement with a `CASE` on the expected revision was planned again on every call
 * (pg_prepared_statements: custom plans only), which cost more than the insert; these keep one
 * generic plan per connection. Same rules as `APPEND_SQL`: the unique
 * (stream_id, revision) index refuses a writer that lost a race, the position is made from the
 * transaction id, and nothing is inserted (nor returned) when the transaction already wrote.
 *
 * Parameters: $1 stream, $2 id uuid, $3 type, $4 data jsonb, $5 metadata jsonb, and for
 * `afterRevision` $6 the revision the stream must have (its row must exist).
 */
const ONE_EVENT = (revision: string, from: string) => /* sql */ `
INSERT INTO events (position, event_id, stream_id, revision, type, data, metadata, recorded_at)
SELECT pg_current_xact_id()::text::bigint * 16384 + position_offset(), $2, $1, ${revision}, $3, $4, $5, clock_timestamp()
${from}
RETURNING revision, position, recorded_at`;

export const APPEND_ONE_SQL = {
  /** `no_stream`: revision 0, which the unique index refuses when the stream has events. */
  newStream: ONE_EVENT('0', 'WHERE pg_current_xact_id_if_assigned() IS NULL'),
  /** An exact revision: the stream's row at that revision must exist; the new event comes after it. */
  afterRevision: ONE_EVENT(
    'p.revision + 1',
    `FROM events p
 WHERE p.stream_id = $1 AND p.revision = $6::bigint AND pg_current_xact_id_if_assigned() IS NULL`,
  ),
  /** `any`: after whatever the stream has. */
  any: ONE_EVENT(
    'c.revision + 1',
    `FROM (SELECT coalesce(max(revision), -1) AS revision FROM events WHERE stream_id = $1) c
 WHERE pg_current_xact_id_if_assigned() IS NULL`,
  ),
  /** `stream_exists`: after the stream's last event, when it has one. */
  streamExists: ONE_EVENT(
    'c.revision + 1',
    `FROM (SELECT max(revision) AS revision FROM events WHERE stream_id = $1) c
 WHERE c.revision IS NOT NULL AND pg_current_xact_id_if_assigned() IS NULL`,
  ),
} as const;

/**
 * What an earlier append of these ids left, for telling a retry from a clash: whole events, since a
 * retry is answered with the events the first append stored, not with the ones it sent again.
 */
export const FIND_EVENT_IDS_SQL = /* sql */ `
SELECT position, event_id, stream_id, revision, type, data, metadata, recorded_at
  FROM events WHERE event_id = ANY ($1::uuid[])`;

export const CURRENT_REVISION_SQL = /* sql */ `
SELECT max(revision) AS revision FROM events WHERE stream_id = $1`;

/**
 * Several one-event appends from different callers as one statement and one transaction
 * (group-append.ts): one transaction id, so one position base, each row `base + its place`. Each row
 * keeps its own expected-revision check, as in `APPEND_ONE_SQL`. A row whose check fails is left out,
 * and `ON CONFLICT DO NOTHING` leaves out a row the unique indexes refuse (a writer that won the race,
 * an event id stored already) instead of failing the whole group: what is not returned, its caller
 * appends again on its own and learns why there. Nothing is inserted when the transaction already wrote.
 *
 * Parameters, one array element per append: $1 streams text[], $2 ids uuid[], $3 types text[],
 * $4 data jsonb[], $5 metadata jsonb[], $6 the revision the stream must have bigint[] (-1: no stream;
 * null: whatever it has), $7 true when the stream must exist boolean[].
 */
export const APPEND_GROUP_SQL = /* sql */ `
INSERT INTO events (position, event_id, stream_id, revision, type, data, metadata, recorded_at)
SELECT x.base + e.ord - 1, e.id, e.stream, c.revision + 1, e.type, e.data, e.metadata, clock_timestamp()
  FROM (SELECT pg_current_xact_id()::text::bigint * 16384 + position_offset() AS base
         WHERE pg_current_xact_id_if_assigned() IS NULL) x,
       unnest($1::text[], $2::uuid[], $3::text[], $4::jsonb[], $5::jsonb[], $6::bigint[], $7::boolean[])
         WITH ORDINALITY AS e(stream, id, type, data, metadata, expected, must_exist, ord),
       LATERAL (SELECT coalesce(e.expected,
                  (SELECT coalesce(max(revision), -1) FROM events WHERE stream_id = e.stream)) AS revision) c
 WHERE (NOT e.must_exist OR c.revision >= 0)
   AND (c.revision = -1 OR e.expected IS NULL
        OR EXISTS (SELECT 1 FROM events p WHERE p.stream_id = e.stream AND p.revision = c.revision))
ON CONFLICT DO NOTHING
RETURNING event_id, revision, position, recorded_at`;
