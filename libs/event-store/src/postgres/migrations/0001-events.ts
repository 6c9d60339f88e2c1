/**
 * The log itself. Global order and the "never skip" rule:
 *
 * Positions come from a sequence, so an append may take position 7 and commit after another append
 * has committed position 8. A reader that moved past 8 would never see 7 (the bug Marten and Emmett
 * shipped). So every append first takes its transaction id, then its positions, and only then notes
 * `settle_xmax`: the snapshot's xmax at that moment. Any append holding a lower position already had a
 * transaction id below `settle_xmax`. A reader that meets a hole before an event therefore knows the
 * hole is final (a rollback) once no transaction older than that event's `settle_xmax` is still running;
 * until then it stops at the hole and waits. See `read-all.sql.ts`.
 */
export const migration0001 = {
  version: 1,
  name: 'events',
  sql: /* sql */ `
CREATE SEQUENCE events_position_seq AS bigint START 1 CACHE 1;

CREATE TABLE events (
  position     bigint      PRIMARY KEY,
  event_id     uuid        NOT NULL UNIQUE,
  stream_id    text        NOT NULL,
  revision     bigint      NOT NULL,
  type         text        NOT NULL,
  data         jsonb       NOT NULL,
  metadata     jsonb       NOT NULL,
  recorded_at  timestamptz NOT NULL,
  settle_xmax  xid8        NOT NULL,
  UNIQUE (stream_id, revision)
);

CREATE TABLE streams (
  stream_id text   PRIMARY KEY,
  revision  bigint NOT NULL
);

-- One round trip per append. Raises SB001 (wrong expected revision, DETAIL = actual revision or
-- 'no_stream') or SB002 (an event id stored elsewhere). A retry of an append that already committed
-- (same ids, same place) returns the original result and writes nothing.
CREATE FUNCTION append_to_stream(
  p_stream        text,
  p_expected      text,
  p_ids           uuid[],
  p_types         text[],
  p_data          jsonb[],
  p_metadata      jsonb[],
  OUT next_revision bigint,
  OUT last_position bigint
) LANGUAGE plpgsql AS $fn$
DECLARE
  v_count     int := cardinality(p_ids);
  v_current   bigint;
  v_existing  record;
  v_positions bigint[];
  v_settle    xid8;
BEGIN
  -- The transaction id must exist before the positions are taken (see the comment on settle_xmax).
  PERFORM pg_current_xact_id();

  INSERT INTO streams (stream_id, revision) VALUES (p_stream, -1) ON CONFLICT (stream_id) DO NOTHING;
  SELECT s.revision INTO v_current FROM streams s WHERE s.stream_id = p_stream FOR UPDATE;

  SELECT min(e.revision) AS first_revision, max(e.revision) AS last_revision, max(e.position) AS last_pos,
         count(*) AS n, bool_and(e.stream_id = p_stream) AS same_stream
    INTO v_existing
    FROM events e WHERE e.event_id = ANY (p_ids);
  IF v_existing.n > 0 THEN
    IF v_existing.n = v_count AND v_existing.same_stream
       AND v_existing.last_revision - v_existing.first_revision = v_count - 1
       AND (p_expected !~ '^[0-9]+$' OR v_existing.first_revision = p_expected::bigint + 1)
       AND NOT EXISTS (
         SELECT 1 FROM unnest(p_ids) WITH ORDINALITY AS i(id, ord)
           JOIN events e ON e.event_id = i.id
          WHERE e.revision <> v_existing.first_revision + i.ord - 1) THEN
      next_revision := v_existing.last_revision;
      last_position := v_existing.last_pos;
      RETURN;
    END IF;
    RAISE EXCEPTION 'duplicate event id' USING ERRCODE = 'SB002',
      DETAIL = (SELECT e.event_id::text FROM events e WHERE e.event_id = ANY (p_ids) LIMIT 1);
  END IF;

  IF (p_expected = 'no_stream' AND v_current <> -1)
     OR (p_expected = 'stream_exists' AND v_current = -1)
     OR (p_expected ~ '^[0-9]+$' AND v_current <> p_expected::bigint) THEN
    RAISE EXCEPTION 'wrong expected revision' USING ERRCODE = 'SB001',
      DETAIL = CASE WHEN v_current = -1 THEN 'no_stream' ELSE v_current::text END;
  END IF;

  SELECT array_agg(nextval('events_position_seq') ORDER BY g) INTO v_positions FROM generate_series(1, v_count) g;
  -- A new statement, so a new snapshot taken after the positions above.
  SELECT pg_snapshot_xmax(pg_current_snapshot()) INTO v_settle;

  INSERT INTO events (position, event_id, stream_id, revision, type, data, metadata, recorded_at, settle_xmax)
  SELECT v_positions[i.ord], i.id, p_stream, v_current + i.ord, p_types[i.ord], p_data[i.ord], p_metadata[i.ord],
         clock_timestamp(), v_settle
    FROM unnest(p_ids) WITH ORDINALITY AS i(id, ord);

  UPDATE streams SET revision = v_current + v_count WHERE stream_id = p_stream;
  next_revision := v_current + v_count;
  last_position := v_positions[v_count];
END
$fn$;
`,
};
