/**
 * The in-app inbox: one row per reminder or escalation delivered to a person's inbox, from
 * `PaminnelseSent` on the inbox channel. The event is the delivery; this is only its read model.
 */
import { type StoredEvent } from '@sparbar/event-store';
import { type Projection } from '@sparbar/projections';

type Sent = {
  idempotencyKey: string;
  channel: string;
  recipientPersonId: string;
  itemId: string;
  period: string;
  deadline: string;
  kind: string;
  jobId: string;
};

export const inkorgProjection: Projection = {
  name: 'inkorg',
  tables: [
    {
      name: 'inkorg',
      columns: `
        idempotency_key text PRIMARY KEY,
        person_id       text NOT NULL,
        uppdrag_id      text NOT NULL,
        period          text NOT NULL,
        deadline        date NOT NULL,
        kind            text NOT NULL,
        job_id          text NOT NULL,
        sent_at         timestamptz NOT NULL,
        position        bigint NOT NULL`,
      orderBy: 'idempotency_key',
      indexes: ['CREATE INDEX IF NOT EXISTS {table}_person ON {table} (person_id, sent_at DESC)'],
    },
  ],

  async applyBatch(tx, events, tables) {
    const rows = events.filter(isInboxDelivery).map((e) => {
      const d = e.data as unknown as Sent;
      return {
        idempotency_key: d.idempotencyKey,
        person_id: d.recipientPersonId,
        uppdrag_id: d.itemId,
        period: d.period,
        deadline: d.deadline,
        kind: d.kind,
        job_id: d.jobId,
        sent_at: e.recordedAt,
        position: e.position,
      };
    });
    if (rows.length === 0) return;
    const table = tables.inkorg;
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
    event.stream.startsWith('paminnelse-') &&
    (event.data as { channel?: string }).channel === 'inkorg'
  );
}
