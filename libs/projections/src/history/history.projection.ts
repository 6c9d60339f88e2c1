/**
 * History per uppdrag and per delmål: one row per event, keyed by its global position, so an event
 * applied twice would be a primary-key violation rather than a silent duplicate. Written with the
 * transaction's bulk load (COPY on a server). `changes` is json, not jsonb: it is only ever read
 * whole, and json is stored as written, which spares the server a parse per row on rebuild.
 */
import { type Projection } from '../projection';
import { historyEntryOf } from './history.entry';

const COLUMNS = [
  'position',
  'item_kind',
  'item_id',
  'revision',
  'event_id',
  'event_type',
  'actor',
  'occurred_at',
  'recorded_at',
  'period',
  'indikator_id',
  'reason',
  'changes',
] as const;

export const historyProjection: Projection = {
  name: 'history',
  tables: [
    {
      name: 'item_history',
      columns: `
        position      bigint PRIMARY KEY,
        item_kind     text NOT NULL,
        item_id       text NOT NULL,
        revision      bigint NOT NULL,
        event_id      uuid NOT NULL,
        event_type    text NOT NULL,
        actor         text NOT NULL,
        occurred_at   timestamptz NOT NULL,
        recorded_at   timestamptz NOT NULL,
        period        text,
        indikator_id  text,
        reason        text,
        changes       json NOT NULL`,
      orderBy: 'position',
      indexes: ['CREATE INDEX IF NOT EXISTS {table}_item ON {table} (item_kind, item_id, position)'],
    },
  ],

  async applyBatch(tx, events, tables) {
    const rows = [];
    for (const event of events) {
      const entry = historyEntryOf(event);
      if (entry) rows.push(COLUMNS.map((c) => entry[c]));
    }
    await tx.bulkInsert(tables.item_history, COLUMNS, rows);
  },
};
