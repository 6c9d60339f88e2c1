/**
 * Positions are `xid * 16384 + index` (0001-events.ts), and transaction ids belong to a server. A log
 * copied verbatim to another server (a tenant moved, issue 22) keeps its positions, but that server's
 * transaction ids may be far lower: its next append would sort before the copied events. So a position
 * is `(xid * 16384) + position_offset()`, the offset 0 until an import raises it above the copy
 * (`importEvents`). Declared IMMUTABLE so the planner folds it into a constant (the append stays a
 * plain INSERT); an import replaces it, which invalidates every plan that folded the old value.
 */
export const migration0002 = {
  version: 2,
  name: 'position-offset',
  sql: /* sql */ `
CREATE FUNCTION position_offset() RETURNS bigint
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS 'SELECT 0::bigint';
`,
};
