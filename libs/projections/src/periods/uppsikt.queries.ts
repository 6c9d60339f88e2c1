/**
 * Uppsikt — regionstyrelsen's overview across all nämnder and beredningar (kommunallagen 6 kap. 1 §):
 * per organ an uppdrag is directed to, for one period (month, tertial or year) at a time point, how the
 * reports due in the period stand (on time, late, missing, not yet due), how many uppdrag were last
 * reported red or yellow, how many are still open past their slutdatum, and how many slutdatum were
 * extended in the period.
 *
 * - The uppdrag counted are those of the period table: registered by the period's end and not ended
 *   before its start. An uppdrag directed to several organs counts for each of them.
 * - The reports due are the årshjul's (`dueReports`) whose period ends within this one: a monthly
 *   uppdrag owes four in a tertial, a tertial uppdrag one in the month that ends its tertial.
 * - A report is on time when it was first made (business time, Swedish date) by the deadline
 *   (`deadlineOf`), late when after it; a correction does not move it. Missing: due, past its
 *   deadline at `on`, no report. Not yet due: no report, deadline not yet past.
 * - Red and yellow: the colour of the uppdrag's last report in the period (as corrected).
 * - Past slutdatum: not ended by the earlier of the period's end and `on`, with slutdatum before it.
 * - Extensions: slutdatum extensions decided (business date) within the period.
 */
import {
  businessDateOf,
  DEFAULT_REPORTING_CALENDAR,
  dueReports,
  isIsoDate,
  lastDayOf,
  type Periodicitet,
  type ReportingCalendar,
  UPPDRAG_STATUS_PRESENTATION,
  type UppdragStatus,
} from '@sparbar/domain';
import { type SqlReader } from '../uppdrag-now/uppdrag-now.queries';
import { requireQueryPeriod } from './period-table.queries';
import { ReadModelQueryError, type TimePoint, timeBounds, withinTime } from './time-point';

export interface UppsiktQuery extends TimePoint {
  /** '2023-04', '2023-T1' or '2023'. */
  period: string;
  /** The day deadlines are judged on; `asOf`, else today (Swedish date). */
  on?: string;
  /** The årshjul; the default rule (10 working days after the period) when not given. */
  calendar?: ReportingCalendar;
}

export interface UppsiktOrgan {
  organ: string;
  /** Uppdrag directed to the organ that were active in the period. */
  uppdrag: number;
  onTime: number;
  late: number;
  missing: number;
  notYetDue: number;
  red: number;
  yellow: number;
  pastSlutdatum: number;
  extensions: number;
}

export interface Uppsikt {
  period: string;
  periodStart: string;
  periodEnd: string;
  on: string;
  asOf: string | null;
  recordedAt: string | null;
  /** One row per organ, by organ id. */
  organs: UppsiktOrgan[];
}

export async function uppsikt(db: SqlReader, query: UppsiktQuery): Promise<Uppsikt> {
  const period = requireQueryPeriod(query.period);
  if (query.on !== undefined && !isIsoDate(query.on))
    throw new ReadModelQueryError('on', 'on måste vara ett datum (ÅÅÅÅ-MM-DD).');
  const bounds = timeBounds(query);
  const on = query.on ?? query.asOf ?? businessDateOf(new Date().toISOString());
  const { start, end } = period;
  const params = [start, end, bounds.occurredBefore, bounds.recordedBy, bounds.upToPosition];
  const time = (alias: string) => withinTime(alias, '$3', '$4', '$5');

  const [items, firstReports, lastReports, extensions] = await Promise.all([
    db.query<Record<string, unknown>>(
      `SELECT u.* FROM (
         SELECT DISTINCT ON (t.uppdrag_id) t.uppdrag_id, t.riktas_till, t.periodicitet,
                t.registered_on::text AS registered_on, t.slutdatum::text AS slutdatum,
                t.ended_on::text AS ended_on
           FROM uppdrag_timeline t
          WHERE t.registered_on <= $2::date AND ${time('t')}
          ORDER BY t.uppdrag_id, t.position DESC) u
        WHERE u.ended_on IS NULL OR u.ended_on::date >= $1::date`,
      params,
    ),
    db.query<{ item_id: string; period: string; first_on: string }>(
      `SELECT f.item_id, f.period,
              (min(f.occurred_at) AT TIME ZONE 'Europe/Stockholm')::date::text AS first_on
         FROM report_facts f
        WHERE f.item_kind = 'uppdrag' AND f.indikator_id = '' AND ${withinTime('f', '$1', '$2', '$3')}
        GROUP BY f.item_id, f.period`,
      params.slice(2),
    ),
    db.query<{ item_id: string; status: string }>(
      `SELECT DISTINCT ON (f.item_id) f.item_id, f.status
         FROM report_facts f
        WHERE f.item_kind = 'uppdrag' AND f.indikator_id = ''
          AND f.period_end >= $1::date AND f.period_end <= $2::date AND ${time('f')}
        ORDER BY f.item_id, f.period_end DESC, f.position DESC`,
      params,
    ),
    db.query<{ uppdrag_id: string; n: string }>(
      `SELECT t.uppdrag_id, count(*)::text AS n FROM uppdrag_timeline t
        WHERE t.event_type = 'UppdragSlutdatumExtended' AND ${time('t')}
          AND (t.occurred_at AT TIME ZONE 'Europe/Stockholm')::date BETWEEN $1::date AND $2::date
        GROUP BY t.uppdrag_id`,
      params,
    ),
  ]);

  const reportedOn = new Map<string, Map<string, string>>();
  for (const r of firstReports) {
    if (!reportedOn.has(r.item_id)) reportedOn.set(r.item_id, new Map());
    reportedOn.get(r.item_id)!.set(r.period, r.first_on);
  }
  const colourOf = new Map(
    lastReports.map((r) => [
      r.item_id,
      UPPDRAG_STATUS_PRESENTATION[r.status as UppdragStatus]?.colour ?? null,
    ]),
  );
  const extensionsOf = new Map(extensions.map((e) => [e.uppdrag_id, Number(e.n)]));
  const calendar = query.calendar ?? DEFAULT_REPORTING_CALENDAR;
  const cutoff = on < end ? on : end;

  const organs = new Map<string, UppsiktOrgan>();
  for (const item of items) {
    const id = item.uppdrag_id as string;
    const reports = reportedOn.get(id) ?? new Map<string, string>();
    const endedOn = item.ended_on as string | null;
    const slutdatum = item.slutdatum as string;
    const due = dueReports(
      {
        periodicitet: item.periodicitet as Periodicitet,
        registeredOn: item.registered_on as string,
        slutdatum,
        endedOn,
        reports: new Set(reports.keys()),
      },
      on,
      calendar,
    ).filter((d) => {
      const last = lastDayOf(d.period);
      return last >= start && last <= end;
    });
    const counts = { onTime: 0, late: 0, missing: 0, notYetDue: 0 };
    for (const d of due) {
      if (d.state === 'reported') {
        if (reports.get(d.key)! <= d.deadline) counts.onTime++;
        else counts.late++;
      } else if (d.state === 'missing') counts.missing++;
      else counts.notYetDue++;
    }
    const colour = colourOf.get(id) ?? null;
    const past = slutdatum < cutoff && (endedOn === null || endedOn > cutoff);
    for (const organ of item.riktas_till as string[]) {
      const row = organs.get(organ) ?? {
        organ,
        uppdrag: 0,
        onTime: 0,
        late: 0,
        missing: 0,
        notYetDue: 0,
        red: 0,
        yellow: 0,
        pastSlutdatum: 0,
        extensions: 0,
      };
      row.uppdrag++;
      row.onTime += counts.onTime;
      row.late += counts.late;
      row.missing += counts.missing;
      row.notYetDue += counts.notYetDue;
      if (colour === 'red') row.red++;
      if (colour === 'yellow') row.yellow++;
      if (past) row.pastSlutdatum++;
      row.extensions += extensionsOf.get(id) ?? 0;
      organs.set(organ, row);
    }
  }

  return {
    period: period.key,
    periodStart: start,
    periodEnd: end,
    on,
    asOf: query.asOf ?? null,
    recordedAt: query.recordedAt ?? null,
    organs: [...organs.values()].sort((a, b) => a.organ.localeCompare(b.organ)),
  };
}
