/**
 * The parts of joint uppdrag (see libs/domain/src/uppdrag/uppdrag.parts.ts): every recipient's own
 * report, correction and closing, append-only with both times like the other period facts, so an
 * organ's table "as it stood on 30 April" is a filter here too.
 *
 * A projection of its own rather than new columns in `periods`: a new projection is created and caught
 * up from the start of the log on an existing installation by itself, whereas changed columns of a
 * live version would need a rebuild there first.
 */
import { type Projection } from '../projection';
import { partFactOf, type PartFactRow } from './period-facts';

const PART_FACTS = `
  position      bigint NOT NULL,
  event_type    text NOT NULL,
  actor         text NOT NULL,
  occurred_at   timestamptz NOT NULL,
  recorded_at   timestamptz NOT NULL,
  uppdrag_id    text NOT NULL,
  organ_id      text NOT NULL,
  kind          text NOT NULL,
  period        text,
  period_start  date,
  period_end    date,
  status        text,
  kommentar     text NOT NULL,
  reason        text,
  PRIMARY KEY (position)`;

const COLUMNS = [...PART_FACTS.matchAll(/^\s*([a-z_]+)\s/gm)]
  .map((m) => m[1])
  .filter((c) => c !== 'PRIMARY') as (keyof PartFactRow)[];

export const uppdragPartsProjection: Projection = {
  name: 'uppdrag_parts',
  tables: [
    {
      name: 'uppdrag_part_facts',
      columns: PART_FACTS,
      orderBy: 'position',
      indexes: [
        'CREATE INDEX IF NOT EXISTS {table}_part ON {table} (uppdrag_id, organ_id, period_end, position)',
      ],
    },
  ],

  async applyBatch(tx, events, tables) {
    const rows: unknown[][] = [];
    for (const event of events) {
      const fact = partFactOf(event);
      if (fact) rows.push(COLUMNS.map((c) => fact[c]));
    }
    await tx.bulkInsert(tables.uppdrag_part_facts, COLUMNS, rows as never);
  },
};
