/**
 * One uppdrag as it stood at a time point: its attributes and, per period, the report in force then
 * (a correction recorded later does not show in a view recorded before it).
 *
 * As of an instant, the answer never depends on an event whose business time is later. The domain sees
 * to it that a stream's business time never runs backwards (libs/domain shared/business-time.ts), so
 * the latest timeline row before the instant is the fold of exactly the events before it. A stream
 * written before that rule may hold an event dated earlier than one before it (a closing dated before
 * the registration); the timeline is then read only up to the first row dated at or after the instant,
 * so the state never carries a later event, and before the registration there is no uppdrag (404).
 */
import { type UppdragStatus } from '@sparbar/domain';
import { type SqlReader } from '../uppdrag-now/uppdrag-now.queries';
import { type TimePoint, timeBounds, withinTime } from './time-point';

export interface UppdragAsOf {
  uppdragId: string;
  asOf: string | null;
  recordedAt: string | null;
  text: string;
  riktasTill: string[];
  givenBy: string;
  periodicitet: string;
  slutdatum: string;
  slutdatumExtensions: number;
  ansvarigPersonId: string;
  lifecycle: 'aktivt' | 'avslutat' | 'aterkallat';
  endedOn: string | null;
  /** Position of the last event counted: the cutoff this answer was read at. */
  position: number;
  reports: {
    period: string;
    status: UppdragStatus;
    kommentar: string;
    corrected: boolean;
    reportedBy: string;
    reportedAt: string;
    recordedAt: string;
  }[];
}

const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

export async function uppdragAsOf(
  db: SqlReader,
  uppdragId: string,
  point: TimePoint = {},
): Promise<UppdragAsOf | undefined> {
  const bounds = timeBounds(point);
  const params = [uppdragId, bounds.occurredBefore, bounds.recordedBy];
  const [state] = await db.query<Record<string, unknown>>(
    `SELECT t.text, t.riktas_till, t.given_by, t.periodicitet, t.slutdatum::text AS slutdatum,
            t.slutdatum_extensions, t.ansvarig_person_id, t.lifecycle, t.ended_on::text AS ended_on, t.position
       FROM uppdrag_timeline t
      WHERE t.uppdrag_id = $1 AND ${withinTime('t', '$2', '$3')}
        AND NOT EXISTS (
          SELECT 1 FROM uppdrag_timeline later
           WHERE later.uppdrag_id = $1 AND later.position <= t.position
             AND later.recorded_at <= $3::timestamptz AND later.occurred_at >= $2::timestamptz)
      ORDER BY t.position DESC LIMIT 1`,
    params,
  );
  if (!state) return undefined;
  const reports = await db.query<Record<string, unknown>>(
    `SELECT DISTINCT ON (f.period_end, f.period) f.period, f.status, f.kommentar, f.kind, f.actor, f.position,
            ${iso('f.occurred_at')} AS occurred_at, ${iso('f.recorded_at')} AS recorded_at
       FROM report_facts f
      WHERE f.item_kind = 'uppdrag' AND f.item_id = $1 AND f.indikator_id = '' AND ${withinTime('f', '$2', '$3')}
      ORDER BY f.period_end, f.period, f.position DESC`,
    params,
  );
  const lastReport = Math.max(0, ...reports.map((r) => Number(r.position)));
  return {
    uppdragId,
    asOf: point.asOf ?? null,
    recordedAt: point.recordedAt ?? null,
    text: state.text as string,
    riktasTill: state.riktas_till as string[],
    givenBy: state.given_by as string,
    periodicitet: state.periodicitet as string,
    slutdatum: state.slutdatum as string,
    slutdatumExtensions: Number(state.slutdatum_extensions),
    ansvarigPersonId: state.ansvarig_person_id as string,
    lifecycle: state.lifecycle as UppdragAsOf['lifecycle'],
    endedOn: state.ended_on as string | null,
    position: Math.max(Number(state.position), lastReport),
    reports: reports.map((r) => ({
      period: r.period as string,
      status: r.status as UppdragStatus,
      kommentar: r.kommentar as string,
      corrected: r.kind === 'rattelse',
      reportedBy: r.actor as string,
      reportedAt: r.occurred_at as string,
      recordedAt: r.recorded_at as string,
    })),
  };
}
