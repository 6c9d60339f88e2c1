/** Reading the history (for the API): every change of one uppdrag or delmål, oldest first. */
import { type SqlReader } from '../uppdrag-now/uppdrag-now.queries';
import { type FieldChange, type HistoryItemKind } from './history.entry';

export interface HistoryLine {
  position: number;
  revision: number;
  eventId: string;
  eventType: string;
  actor: string;
  /** Business time: when it happened in the world. */
  occurredAt: string;
  /** When the system stored it. */
  recordedAt: string;
  period: string | null;
  indikatorId: string | null;
  reason: string | null;
  changes: FieldChange[];
}

const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

export async function historyOf(
  db: SqlReader,
  kind: HistoryItemKind,
  itemId: string,
  options: { limit?: number; afterPosition?: number } = {},
): Promise<HistoryLine[]> {
  const rows = await db.query<Record<string, unknown>>(
    `SELECT position, revision, event_id, event_type, actor, ${iso('occurred_at')} AS occurred_at,
            ${iso('recorded_at')} AS recorded_at, period, indikator_id, reason, changes
       FROM item_history WHERE item_kind = $1 AND item_id = $2 AND position > $3
      ORDER BY position LIMIT $4`,
    [kind, itemId, options.afterPosition ?? 0, options.limit ?? 10_000],
  );
  return rows.map((r) => ({
    position: Number(r.position),
    revision: Number(r.revision),
    eventId: r.event_id as string,
    eventType: r.event_type as string,
    actor: r.actor as string,
    occurredAt: r.occurred_at as string,
    recordedAt: r.recorded_at as string,
    period: r.period as string | null,
    indikatorId: r.indikator_id as string | null,
    reason: r.reason as string | null,
    changes: r.changes as FieldChange[],
  }));
}

export const uppdragHistory = (db: SqlReader, uppdragId: string) => historyOf(db, 'uppdrag', uppdragId);
export const delmalHistory = (db: SqlReader, delmalId: string) => historyOf(db, 'delmal', delmalId);
