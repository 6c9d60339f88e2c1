/**
 * A witness for the runner tests: one row per event of the log, keyed by position, so an event applied
 * twice is a primary-key violation and one skipped is a missing row. `withStream` is the same
 * projection after a change of shape (one more column), as a new release would bring it.
 */
import { type Projection } from '../../src/projection';

export const EVENTS_SEEN = 'events_seen';

export function eventsSeenProjection({ withStream = false } = {}): Projection {
  const columns = ['position', 'event_type', ...(withStream ? ['stream'] : [])];
  return {
    name: EVENTS_SEEN,
    tables: [
      {
        name: 'events_seen',
        columns: `position bigint PRIMARY KEY, event_type text NOT NULL${withStream ? ', stream text NOT NULL' : ''}`,
        indexes: ['CREATE INDEX IF NOT EXISTS {table}_type ON {table} (event_type, position)'],
        orderBy: 'position',
      },
    ],
    async applyBatch(tx, events, tables) {
      const rows = events.map((e) => (withStream ? [e.position, e.type, e.stream] : [e.position, e.type]));
      await tx.bulkInsert(tables.events_seen, columns, rows);
    },
  };
}
