/**
 * The log itself. Global order and the "never skip" rule:
 *
 * With positions from a sequence, an append can take position 7 and commit after another append has
 * committed position 8; a reader that moved past 8 never sees 7 (the bug Marten and Emmett shipped).
 * Here an event's position is made from its transaction id: `xid * 16384 + index in the append`, and
 * each append is the only write of its transaction (`../append.sql.ts`). So global order is
 * transaction-id order. A reader
 * returns only events below its horizon (../horizon.sql.ts): the lowest transaction id that may still
 * append to this log. Anything still to come belongs to a transaction at or above it and so sorts after
 * everything returned. No lock is shared between appends to different streams, so they commit (and fsync) together.
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

`,
};
