/**
 * The log itself. Global order and the "never skip" rule:
 *
 * With positions from a sequence, an append can take position 7 and commit after another append has
 * committed position 8; a reader that moved past 8 never sees 7 (the bug Marten and Emmett shipped).
 * Here an event's position is made from its transaction id: `xid * 16384 + index in the append`, and
 * each append is the only write of its transaction. So global order is transaction-id order. A reader
 * returns only events whose transaction id is below the xmin of its snapshot, i.e. transactions that
 * have all ended: anything still to come belongs to a younger transaction and so sorts after everything
 * returned. No lock is shared between appends to different streams, so they commit (and fsync) together.
 * Positions grow but are not dense; a rolled-back append leaves a gap nobody waits for.
 */
export const migration0001 = {
  version: 1,
  name: 'events',
  sql: /* sql */ `
CREATE TABLE events (
  position     bigint      PRIMARY KEY,
  event_id     uuid        NOT NULL UNIQUE,
  stream_id    text        NOT NULL,
  revision     bigint      NOT NULL,
  type         text        NOT NULL,
  data         jsonb       NOT NULL,
  metadata     jsonb       NOT NULL,
  recorded_at  timestamptz NOT NULL,
  UNIQUE (stream_id, revision)
);

-- One round trip per append. Raises SB001 (wrong expected revision, DETAIL = actual revision or
-- 'no_stream'), SB002 (an event id stored elsewhere) or SB003 (not the first write of its
-- transaction). A retry of an append that already committed (same ids, same place) returns the
-- original result and writes nothing.
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
  v_base      bigint;
BEGIN
  IF pg_current_xact_id_if_assigned() IS NOT NULL THEN
    RAISE EXCEPTION 'append_to_stream must be the first write of its transaction' USING ERRCODE = 'SB003';
  END IF;
  -- Appends to one stream queue here until the previous one commits, and only then take their
  -- transaction id, so a stream's revisions follow global order. (An advisory lock takes no
  -- transaction id.) Each later statement has a fresh snapshot and sees what the previous holder wrote.
  PERFORM pg_advisory_xact_lock(7246031, hashtext(p_stream));
  SELECT coalesce(max(e.revision), -1) INTO v_current FROM events e WHERE e.stream_id = p_stream;

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

  v_base := pg_current_xact_id()::text::bigint * 16384;

  INSERT INTO events (position, event_id, stream_id, revision, type, data, metadata, recorded_at)
  SELECT v_base + i.ord - 1, i.id, p_stream, v_current + i.ord, p_types[i.ord], p_data[i.ord], p_metadata[i.ord],
         clock_timestamp()
    FROM unnest(p_ids) WITH ORDINALITY AS i(id, ord);

  next_revision := v_current + v_count;
  last_position := v_base + v_count - 1;
END
$fn$;
`,
};
