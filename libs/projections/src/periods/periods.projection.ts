/**
 * The facts behind the period tables, måluppfyllelse, aging and time travel (see period-facts.ts). Every
 * table is append-only and keyed by the event's position, so a replayed event is a key violation, not
 * a silent duplicate. A timeline row needs the row before it: the batch reads the latest row of each
 * item it touches in one statement per table (served by the primary key, which exists while a rebuild
 * loads), folds in memory, and bulk-loads the new rows.
 */
import { type StoredEvent } from '@sparbar/event-store';
import { type ProjectionTx } from '../db/projection-db';
import { type Projection, type TableNames } from '../projection';
import {
  type DelmalTimelineRow,
  type IndikatorTimelineRow,
  itemOf,
  nextDelmalTimelineRow,
  nextIndikatorTimelineRow,
  nextUppdragTimelineRow,
  reportFactOf,
  type ReportFactRow,
  type UppdragTimelineRow,
} from './period-facts';

const STAMP = `
  position      bigint NOT NULL,
  event_type    text NOT NULL,
  actor         text NOT NULL,
  occurred_at   timestamptz NOT NULL,
  recorded_at   timestamptz NOT NULL`;

const UPPDRAG_TIMELINE = `${STAMP},
  uppdrag_id            text NOT NULL,
  text                  text NOT NULL,
  riktas_till           jsonb NOT NULL,
  samordnare            text,
  given_by              text NOT NULL,
  origin_kind           text NOT NULL,
  plan_year             int NOT NULL,
  periodicitet          text NOT NULL,
  slutdatum             date NOT NULL,
  previous_slutdatum    date,
  slutdatum_extensions  int NOT NULL,
  ansvarig_person_id    text NOT NULL,
  registered_on         date NOT NULL,
  ordning               int,
  registered_position   bigint NOT NULL,
  lifecycle             text NOT NULL,
  ended_on              date,
  end_comment           text,
  reason                text,
  PRIMARY KEY (uppdrag_id, position)`;

const REPORT_FACTS = `${STAMP},
  item_kind     text NOT NULL,
  item_id       text NOT NULL,
  indikator_id  text NOT NULL,
  period        text NOT NULL,
  period_start  date NOT NULL,
  period_end    date NOT NULL,
  kind          text NOT NULL,
  status        text NOT NULL,
  kommentar     text,
  prognos       text,
  utfall        double precision,
  reason        text,
  PRIMARY KEY (position)`;

const DELMAL_TIMELINE = `${STAMP},
  delmal_id       text NOT NULL,
  organ_id        text NOT NULL,
  plan_year       int NOT NULL,
  regionmal_id    text NOT NULL,
  regionmal_namn  text NOT NULL,
  text            text NOT NULL,
  closed_on       date,
  PRIMARY KEY (delmal_id, position)`;

const INDIKATOR_TIMELINE = `${STAMP},
  delmal_id     text NOT NULL,
  indikator_id  text NOT NULL,
  namn          text NOT NULL,
  enhet         text,
  malvarde      double precision,
  riktning      text NOT NULL,
  PRIMARY KEY (delmal_id, indikator_id, position)`;

const columnsOf = (definition: string) =>
  [...definition.matchAll(/^\s*([a-z_]+)\s/gm)].map((m) => m[1]).filter((c) => c !== 'PRIMARY');

const COLUMNS = {
  uppdrag_timeline: columnsOf(UPPDRAG_TIMELINE),
  report_facts: columnsOf(REPORT_FACTS),
  delmal_timeline: columnsOf(DELMAL_TIMELINE),
  indikator_timeline: columnsOf(INDIKATOR_TIMELINE),
} as const;

export const periodsProjection: Projection = {
  name: 'periods',
  tables: [
    {
      name: 'uppdrag_timeline',
      columns: UPPDRAG_TIMELINE,
      orderBy: 'uppdrag_id, position',
      indexes: [
        'CREATE INDEX IF NOT EXISTS {table}_riktas_till ON {table} USING gin (riktas_till jsonb_path_ops)',
        'CREATE INDEX IF NOT EXISTS {table}_given_by ON {table} (given_by)',
      ],
    },
    {
      name: 'report_facts',
      columns: REPORT_FACTS,
      orderBy: 'position',
      // Every read asks for one item's latest facts up to a period end; added after a rebuild's load.
      indexes: [
        'CREATE INDEX IF NOT EXISTS {table}_item ON {table} (item_kind, item_id, indikator_id, period_end, position)',
      ],
    },
    {
      name: 'delmal_timeline',
      columns: DELMAL_TIMELINE,
      orderBy: 'delmal_id, position',
      indexes: ['CREATE INDEX IF NOT EXISTS {table}_organ ON {table} (organ_id, plan_year)'],
    },
    {
      name: 'indikator_timeline',
      columns: INDIKATOR_TIMELINE,
      orderBy: 'delmal_id, indikator_id, position',
      indexes: [],
    },
  ],

  async applyBatch(tx, events, tables) {
    const uppdragEvents: StoredEvent[] = [];
    const delmalEvents: StoredEvent[] = [];
    const reports: unknown[][] = [];
    for (const event of events) {
      const item = itemOf(event);
      if (!item) continue;
      (item.category === 'uppdrag' ? uppdragEvents : delmalEvents).push(event);
      const fact = reportFactOf(event);
      if (fact) {
        reports.push(
          COLUMNS.report_facts.map((c) =>
            c === 'item_kind' ? item.category : fact[c as keyof ReportFactRow],
          ),
        );
      }
    }
    await tx.bulkInsert(tables.report_facts, COLUMNS.report_facts, reports as never);
    await appendTimeline<UppdragTimelineRow>(tx, tables, {
      table: 'uppdrag_timeline',
      key: ['uppdrag_id'],
      keyOf: (e) => [itemOf(e)!.id],
      next: nextUppdragTimelineRow,
      events: uppdragEvents.filter((e) => UPPDRAG_TIMELINE_EVENTS.has(e.type)),
    });
    await appendTimeline<DelmalTimelineRow>(tx, tables, {
      table: 'delmal_timeline',
      key: ['delmal_id'],
      keyOf: (e) => [itemOf(e)!.id],
      next: nextDelmalTimelineRow,
      events: delmalEvents.filter((e) => e.type === 'DelmalDefined' || e.type === 'DelmalClosed'),
    });
    await appendTimeline<IndikatorTimelineRow>(tx, tables, {
      table: 'indikator_timeline',
      key: ['delmal_id', 'indikator_id'],
      keyOf: (e) => [itemOf(e)!.id, (e.data as { indikatorId: string }).indikatorId],
      next: nextIndikatorTimelineRow,
      events: delmalEvents.filter(
        (e) => e.type === 'IndikatorAdded' || e.type === 'IndikatorMalvardeChanged',
      ),
    });
  },
};

const UPPDRAG_TIMELINE_EVENTS = new Set([
  'UppdragRegistered',
  'UppdragAnsvarigChanged',
  'UppdragPeriodicitetChanged',
  'UppdragSlutdatumExtended',
  'UppdragClosed',
  'UppdragWithdrawn',
]);

interface TimelineSpec<Row> {
  table: keyof typeof COLUMNS;
  /** The item's key columns, in the primary key's order (position follows them). */
  key: string[];
  keyOf(event: StoredEvent): string[];
  next(previous: Row | undefined, event: StoredEvent): Row | undefined;
  events: StoredEvent[];
}

async function appendTimeline<Row extends object>(
  tx: ProjectionTx,
  tables: TableNames,
  spec: TimelineSpec<Row>,
): Promise<void> {
  if (spec.events.length === 0) return;
  const table = tables[spec.table];
  const keyText = (key: string[]) => key.join('\u0000');
  const latest = new Map<string, Row>();
  const wanted = new Map(spec.events.map((e) => [keyText(spec.keyOf(e)), spec.keyOf(e)]));
  const keyColumns = spec.key.join(', ');
  const arrays = spec.key.map((_, i) => `$${i + 1}::text[]`).join(', ');
  const previous = await tx.query<{ row: Row }>(
    `SELECT DISTINCT ON (${keyColumns}) to_jsonb(t) AS row FROM ${table} t
      WHERE (${keyColumns}) IN (SELECT * FROM unnest(${arrays}))
      ORDER BY ${keyColumns}, position DESC`,
    spec.key.map((_, i) => [...wanted.values()].map((k) => k[i])),
  );
  for (const { row } of previous) {
    // Timestamps come back in PostgreSQL's JSON spelling; they are carried forward and parsed again.
    latest.set(keyText(spec.key.map((c) => String((row as Record<string, unknown>)[c]))), row);
  }
  const rows: unknown[][] = [];
  for (const event of spec.events) {
    const key = keyText(spec.keyOf(event));
    const next = spec.next(latest.get(key), event);
    if (!next) continue;
    latest.set(key, next);
    rows.push(COLUMNS[spec.table].map((c) => (next as Record<string, unknown>)[c] ?? null));
  }
  await tx.bulkInsert(table, COLUMNS[spec.table], rows as never);
}
