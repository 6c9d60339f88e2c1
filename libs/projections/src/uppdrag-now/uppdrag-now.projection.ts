/**
 * "Uppdrag now": one row per uppdrag with its latest report. A batch is folded in memory: the rows the
 * batch touches are read in one statement, folded, and written back in one multi-row upsert.
 */
import { parseStreamName } from '@sparbar/domain';
import { type StoredEvent } from '@sparbar/event-store';
import { type Projection } from '../projection';
import { type FoldableEvent, foldUppdragNow, type UppdragNowRow } from './uppdrag-now.row';

const COLUMNS = `
  uppdrag_id            text PRIMARY KEY,
  text                  text NOT NULL,
  beskrivning           text,
  riktas_till           text[] NOT NULL,
  samordnare            text,
  periodicitet          text NOT NULL,
  slutdatum             date NOT NULL,
  slutdatum_extensions  int NOT NULL,
  ansvarig_person_id    text NOT NULL,
  plan_year             int NOT NULL,
  given_by              text NOT NULL,
  origin_kind           text NOT NULL,
  diarienummer          text,
  registered_on         date NOT NULL,
  ordning               int,
  registered_position   bigint NOT NULL,
  status                text NOT NULL,
  ended_on              date,
  end_comment           text,
  latest_period         text,
  latest_status         text,
  latest_kommentar      text,
  latest_reported_at    timestamptz,
  latest_reported_by    text,
  latest_corrected_at   timestamptz,
  reports_count         int NOT NULL,
  revision              bigint NOT NULL,
  last_position         bigint NOT NULL,
  events_applied        int NOT NULL`;

const COLUMN_NAMES = [...COLUMNS.matchAll(/^\s*([a-z_]+)\s/gm)].map((m) => m[1]);

export const uppdragNowProjection: Projection = {
  name: 'uppdrag_now',
  tables: [
    {
      name: 'uppdrag_now',
      columns: COLUMNS,
      orderBy: 'uppdrag_id',
      indexes: [
        'CREATE INDEX IF NOT EXISTS {table}_riktas_till ON {table} USING gin (riktas_till)',
        'CREATE INDEX IF NOT EXISTS {table}_given_by ON {table} (given_by)',
        'CREATE INDEX IF NOT EXISTS {table}_status_slutdatum ON {table} (status, slutdatum)',
        'CREATE INDEX IF NOT EXISTS {table}_ansvarig ON {table} (ansvarig_person_id)',
        'CREATE INDEX IF NOT EXISTS {table}_plan_year ON {table} (plan_year)',
      ],
    },
  ],

  async applyBatch(tx, events, tables) {
    const table = tables.uppdrag_now;
    const mine = events.filter(isUppdragEvent);
    if (mine.length === 0) return;
    const ids = [...new Set(mine.map((e) => parseStreamName(e.stream)!.id))];
    const rows = new Map<string, UppdragNowRow>();
    for (const { row } of await tx.query<{ row: UppdragNowRow }>(
      `SELECT to_jsonb(t) AS row FROM ${table} t WHERE uppdrag_id = ANY($1::text[])`,
      [ids],
    )) {
      rows.set(row.uppdrag_id, row);
    }
    // Keyed by stream id: the events name the uppdrag too, but the stream is what the store guarantees.
    const touched = new Set<string>();
    for (const event of mine) {
      const id = parseStreamName(event.stream)!.id;
      const next = foldUppdragNow(rows.get(id), event as unknown as FoldableEvent);
      if (!next) continue;
      rows.set(id, next);
      touched.add(id);
    }
    if (touched.size === 0) return;
    const list = COLUMN_NAMES.join(', ');
    const updates = COLUMN_NAMES.filter((c) => c !== 'uppdrag_id')
      .map((c) => `${c} = EXCLUDED.${c}`)
      .join(', ');
    await tx.query(
      `INSERT INTO ${table} (${list})
       SELECT ${list} FROM jsonb_populate_recordset(null::${table}, $1::jsonb)
       ON CONFLICT (uppdrag_id) DO UPDATE SET ${updates}`,
      [JSON.stringify([...touched].map((id) => rows.get(id)))],
    );
  },
};

function isUppdragEvent(event: StoredEvent): boolean {
  return event.type.startsWith('Uppdrag') && parseStreamName(event.stream)?.category === 'uppdrag';
}
