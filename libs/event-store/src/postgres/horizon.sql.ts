/**
 * How far a reader of the whole log may go: the horizon, a position below which no event can still
 * commit (see migrations/0001-events.ts for why positions are `xid * 16384 + index`).
 *
 * On a shared server (`HORIZON_SQL`) only transactions that write this log hold the horizon back.
 * The reader's snapshot S (taken when the statement starts) lists the transactions running then. Of
 * those, the ones that can still add events are the ones holding a write lock on this `events` table
 * when the statement reads the lock table, a moment later: an append takes that lock before its
 * transaction id and keeps it until it has committed and become visible, and each append is the only
 * write of its transaction. So the horizon is the lowest transaction id among S's running ones that
 * belongs to a writer of this table, or S's xmax (the first id not yet handed out) when there is none.
 * A writer seen without a transaction id has none yet, and will get one at or above xmax.
 *
 * The lock table gives the writers (pg_locks' function, in this database only: relation ids are per
 * database); each writer's transaction id is read from pg_stat_activity's function, which shows it for
 * every backend to every role, and reads it where snapshots do (pg_locks' own transaction-id rows
 * appear a moment after the id is handed out). It has 32 bits: matched to S's running ids, which carry
 * the epoch, by their low 32 bits. A writer that ends between the two looks is missed, harmlessly: it
 * ended before the read that follows. The table is named through `to_regclass` at run time, so the
 * statement can be prepared once per connection and still mean each tenant's own table (search_path).
 * The writers are only looked up when S has running transactions; it costs the server about 0.2 ms
 * more than the old rule then (the functions copy the lock table and the backends' status).
 *
 * The rule it replaces, `pg_snapshot_xmin` (`EMBEDDED_HORIZON_SQL`), let every transaction on the
 * whole server hold readers back: a projection worker's long transaction, another tenant's writes,
 * another database's. Embedded, one connection does everything in turn, and that rule is exact.
 */
export const HORIZON_SQL = /* sql */ `
WITH s AS MATERIALIZED (SELECT pg_current_snapshot() AS snap),
     writers AS MATERIALIZED (
       SELECT a.backend_xid::text::bigint AS xid
         FROM pg_lock_status() l JOIN pg_stat_get_activity(NULL) a ON a.pid = l.pid
        WHERE l.locktype = 'relation' AND l.granted AND l.mode <> 'AccessShareLock'
          AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
          AND l.relation = to_regclass('events')
          AND a.backend_xid IS NOT NULL)
SELECT (least(pg_snapshot_xmax(s.snap)::text::bigint,
              (SELECT min(x::text::bigint) FROM pg_snapshot_xip(s.snap) x
                WHERE x::text::bigint % 4294967296 IN (SELECT xid FROM writers)))
        * 16384 + position_offset())::text AS horizon
  FROM s`;

export const EMBEDDED_HORIZON_SQL = /* sql */ `
SELECT (pg_snapshot_xmin(pg_current_snapshot())::text::bigint * 16384 + position_offset())::text AS horizon`;
