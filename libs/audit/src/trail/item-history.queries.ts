/**
 * The history of one uppdrag or delmål (for the API's Historik): its own events, oldest first, from the
 * audit trail's read model. Each line: who, both times, the period and indikator, the reason (the
 * event's own, else the one its adoption lock asked for) and the fields changed, old → new, as the
 * trail stores them (a field set to nothing, null → null, is not listed: the web never showed it).
 *
 * The history had a read model of its own (`item_history`, projection `history`), a second row per
 * event beside the trail's. An installation from before keeps serving from it while its worker
 * rebuilds `audit_log` with the columns the history needs (`item_revision`, `indikator_id`), and then
 * drops it (see RETIRED_PROJECTIONS in the projections catalogue).
 */
import { type SqlExecutor } from '@sparbar/event-store';
import { type FieldChange } from './changes';

export type HistoryItemKind = 'uppdrag' | 'delmal';

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

/** PostgreSQL: undefined column (the live `audit_log` is still the version from before the history moved). */
const UNDEFINED_COLUMN = '42703';

const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const SELECTED = (revision: string) =>
  `position, ${revision} AS revision, event_id, event_type, actor, ${iso('occurred_at')} AS occurred_at,
   ${iso('recorded_at')} AS recorded_at, period, indikator_id, reason, changes`;

export async function historyOf(
  db: Pick<SqlExecutor, 'query'>,
  kind: HistoryItemKind,
  itemId: string,
  options: { limit?: number; afterPosition?: number } = {},
): Promise<HistoryLine[]> {
  const params = [kind, itemId, options.afterPosition ?? 0, options.limit ?? 10_000];
  let rows: Record<string, unknown>[];
  try {
    rows = await db.query(
      `SELECT ${SELECTED('item_revision')} FROM audit_log
        WHERE item_kind = $1 AND item_id = $2 AND position > $3 AND item_revision IS NOT NULL
        ORDER BY position LIMIT $4`,
      params,
    );
  } catch (error) {
    if ((error as { code?: string }).code !== UNDEFINED_COLUMN) throw error;
    rows = await db.query(
      `SELECT ${SELECTED('revision')} FROM item_history
        WHERE item_kind = $1 AND item_id = $2 AND position > $3 ORDER BY position LIMIT $4`,
      params,
    );
  }
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

export const uppdragHistory = (db: Pick<SqlExecutor, 'query'>, uppdragId: string) =>
  historyOf(db, 'uppdrag', uppdragId);
export const delmalHistory = (db: Pick<SqlExecutor, 'query'>, delmalId: string) =>
  historyOf(db, 'delmal', delmalId);
