/**
 * The in-app inbox: one row per reminder or escalation delivered to a person's inbox, from
 * `PaminnelseSent` on the inbox channel. The event is the delivery; this is only its read model.
 *
 * Each row says what it is about: an uppdrag or a delmål (`item_kind`, `item_id`). The first inbox
 * (`inkorg`: uppdrag only, an `uppdrag_id` column) had no room for that, and the runner serves the
 * live version of a projection as it was created, whatever its definition says now — so this one has
 * a name of its own, and every worker builds it from the log at its first start, the old deliveries
 * (all about uppdrag, `itemKind: 'uppdrag'`) with the new. The old `inkorg` tables are read by
 * nothing any more.
 */
import { PAMINNELSE_STREAM_PREFIX } from '@sparbar/domain';
import { type StoredEvent } from '@sparbar/event-store';
import { type Projection } from '@sparbar/projections';

type Sent = {
  idempotencyKey: string;
  channel: string;
  recipientPersonId: string;
  itemKind?: string;
  itemId: string;
  period: string;
  deadline: string;
  kind: string;
  jobId: string;
};

/** The table (a view over its live version) that the queries read. */
export const INKORG_TABLE = 'inkorg_poster';

export const inkorgProjection: Projection = {
  name: 'inkorg_poster',
  tables: [
    {
      name: INKORG_TABLE,
      columns: `
        idempotency_key text PRIMARY KEY,
        person_id       text NOT NULL,
        item_kind       text NOT NULL,
        item_id         text NOT NULL,
        period          text NOT NULL,
        deadline        date NOT NULL,
        kind            text NOT NULL,
        job_id          text NOT NULL,
        sent_at         timestamptz NOT NULL,
        position        bigint NOT NULL`,
      orderBy: 'idempotency_key',
      indexes: ['CREATE INDEX IF NOT EXISTS {table}_person ON {table} (person_id, position DESC)'],
    },
  ],

  async applyBatch(tx, events, tables) {
    const rows = events.filter(isInboxDelivery).map((e) => {
      const d = e.data as unknown as Sent;
      return {
        idempotency_key: d.idempotencyKey,
        person_id: d.recipientPersonId,
        item_kind: d.itemKind ?? 'uppdrag',
        item_id: d.itemId,
        period: d.period,
        deadline: d.deadline,
        kind: d.kind,
        job_id: d.jobId,
        sent_at: e.recordedAt,
        position: e.position,
      };
    });
    if (rows.length === 0) return;
    const table = tables[INKORG_TABLE];
    await tx.query(
      `INSERT INTO ${table} SELECT * FROM jsonb_populate_recordset(null::${table}, $1::jsonb)
       ON CONFLICT (idempotency_key) DO NOTHING`,
      [JSON.stringify(rows)],
    );
  },
};

function isInboxDelivery(event: StoredEvent): boolean {
  return (
    event.type === 'PaminnelseSent' &&
    event.stream.startsWith(PAMINNELSE_STREAM_PREFIX) &&
    (event.data as { channel?: string }).channel === 'inkorg'
  );
}
