/**
 * The texts the inbox shows for the items that have no read model of their own: an uppsiktsärende's
 * text (from `UppsiktsarendeRecorded`), a kontrollmoment's "vad" (from `KontrollmomentAdded`) and an
 * åtgärd's text (from `AtgardAdded`).
 * Uppdrag and delmål are read from `uppdrag_now` and `delmal_timeline`.
 *
 * Keyed as a reminder's job id names its item (the job id without `.<period>.<p14|e>`):
 * `uppsiktsarende.<arendeId>`, `kontrollmoment.<organId>-<year>.<kontrollmomentId>`,
 * `atgard.<organId>-<year>.<atgardId>` — kontrollmoment and åtgärder are unique within their plan only. A projection of its own rather than a column in `inkorg_poster`:
 * that one's tables are as they were created, and a new projection is built from the log at first start.
 */
import {
  internkontrollPlanId,
  type InternkontrollEvent,
  STREAM_PREFIXES,
  type UppsiktEvent,
} from '@sparbar/domain';
import { type StoredEvent } from '@sparbar/event-store';
import { type Projection } from '@sparbar/projections';

export const INKORG_AMNEN_TABLE = 'inkorg_amnen';

export const inkorgAmnenProjection: Projection = {
  name: 'inkorg_amnen',
  tables: [
    {
      name: INKORG_AMNEN_TABLE,
      columns: `
        item_key text PRIMARY KEY,
        text     text NOT NULL,
        position bigint NOT NULL`,
      orderBy: 'item_key',
      indexes: [],
    },
  ],

  async applyBatch(tx, events, tables) {
    // One row per key, the latest: ON CONFLICT cannot touch a row twice in one statement.
    const rows = new Map<string, { item_key: string; text: string; position: number }>();
    for (const e of events) {
      const named = itemTextOf(e);
      if (named) rows.set(named.key, { item_key: named.key, text: named.text, position: e.position });
    }
    if (rows.size === 0) return;
    const table = tables[INKORG_AMNEN_TABLE];
    await tx.query(
      `INSERT INTO ${table} SELECT * FROM jsonb_populate_recordset(null::${table}, $1::jsonb)
       ON CONFLICT (item_key) DO UPDATE SET text = EXCLUDED.text, position = EXCLUDED.position`,
      [JSON.stringify([...rows.values()])],
    );
  },
};

function itemTextOf(event: StoredEvent): { key: string; text: string } | null {
  if (event.type === 'UppsiktsarendeRecorded' && event.stream.startsWith(STREAM_PREFIXES.uppsiktsarende)) {
    const { data } = event as unknown as Extract<UppsiktEvent, { type: 'UppsiktsarendeRecorded' }>;
    return { key: `uppsiktsarende.${data.arendeId}`, text: data.text };
  }
  if (event.type === 'KontrollmomentAdded' && event.stream.startsWith(STREAM_PREFIXES.internkontrollplan)) {
    const { data } = event as unknown as Extract<InternkontrollEvent, { type: 'KontrollmomentAdded' }>;
    const planId = internkontrollPlanId(data.organId, data.year);
    return { key: `kontrollmoment.${planId}.${data.kontrollmomentId}`, text: data.vad };
  }
  if (event.type === 'AtgardAdded' && event.stream.startsWith(STREAM_PREFIXES.internkontrollplan)) {
    const { data } = event as unknown as Extract<InternkontrollEvent, { type: 'AtgardAdded' }>;
    const planId = internkontrollPlanId(data.organId, data.year);
    return { key: `atgard.${planId}.${data.atgardId}`, text: data.text };
  }
  return null;
}
