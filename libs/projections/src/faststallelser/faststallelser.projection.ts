/**
 * Fastställanden (issue 20): every adoption of a period report and every handling of it by
 * regionstyrelsen or fullmäktige, one row per event, keyed by its position. Append-only on purpose:
 * a read at a time point (asOf, recordedAt, a report's cutoff) keeps the rows known then, so nothing
 * is folded away here; the readers fold the few rows of an organ's period themselves.
 */
import { FASTSTALLELSE_EVENT_TYPES, FASTSTALLELSE_STREAM_PREFIX } from '@sparbar/domain';
import { type Projection } from '../projection';

const COLUMNS = `
  position        bigint NOT NULL,
  event_id        text NOT NULL,
  event_type      text NOT NULL,
  stream_revision int NOT NULL,
  actor           text NOT NULL,
  occurred_at     timestamptz NOT NULL,
  recorded_at     timestamptz NOT NULL,
  organ_id        text NOT NULL,
  period          text NOT NULL,
  data            jsonb NOT NULL,
  PRIMARY KEY (position)`;

const COLUMN_NAMES = [...COLUMNS.matchAll(/^\s*([a-z_]+)\s/gm)]
  .map((m) => m[1])
  .filter((c) => c !== 'PRIMARY');

const TYPES = new Set<string>(FASTSTALLELSE_EVENT_TYPES);

export const faststallelserProjection: Projection = {
  name: 'faststallelser',
  tables: [
    {
      name: 'faststallelse_facts',
      columns: COLUMNS,
      orderBy: 'position',
      // Every read asks for some organs' period (or a year's periods), up to a position.
      indexes: ['CREATE INDEX IF NOT EXISTS {table}_organ_period ON {table} (organ_id, period, position)'],
    },
  ],

  async applyBatch(tx, events, tables) {
    const rows = events
      .filter((e) => TYPES.has(e.type) && e.stream.startsWith(FASTSTALLELSE_STREAM_PREFIX))
      .map((e) => {
        const data = e.data as { organId: string; period: string };
        const row: Record<string, unknown> = {
          position: e.position,
          event_id: e.id,
          event_type: e.type,
          stream_revision: e.revision,
          actor: e.metadata.actor,
          occurred_at: e.metadata.occurredAt,
          recorded_at: e.recordedAt,
          organ_id: data.organId,
          period: data.period,
          data: e.data,
        };
        return COLUMN_NAMES.map((c) => row[c]);
      });
    await tx.bulkInsert(tables.faststallelse_facts, COLUMN_NAMES, rows as never);
  },
};
