/**
 * Aging — the list auditors ask for: open uppdrag oldest first, each with the reports missing past
 * their deadline (by the årshjul's rule, libs/domain/src/arshjul) and its slutdatum extensions; and the
 * extended uppdrag, most extended first. Read at any time point, like the period table.
 */
import {
  dueReports,
  type Periodicitet,
  DEFAULT_REPORTING_CALENDAR,
  isIsoDate,
  type ReportingCalendar,
} from '@sparbar/domain';
import { type SqlReader } from '../uppdrag-now/uppdrag-now.queries';
import { ReadModelQueryError, type TimePoint, timeBounds, withinTime } from './time-point';

export interface AgingQuery extends TimePoint {
  /** The day the list is drawn up for: deadlines before it are past. */
  on: string;
  /** Organ the uppdrag is directed to. */
  organ?: string;
  /** The årshjul; the default rule (10 working days after the period) when not given. */
  calendar?: ReportingCalendar;
}

export interface Extension {
  from: string;
  to: string;
  reason: string | null;
  /** Business date of the decision. */
  on: string;
  by: string;
}

export interface AgingUppdrag {
  uppdragId: string;
  text: string;
  riktasTill: string[];
  ansvarigPersonId: string;
  periodicitet: string;
  registeredOn: string;
  /** Days from registration to `on`. */
  ageDays: number;
  slutdatum: string;
  /** Still open past its slutdatum. */
  overdue: boolean;
  missingReports: { period: string; deadline: string; daysLate: number }[];
  extensions: Extension[];
}

export interface Aging {
  on: string;
  organ: string | null;
  asOf: string | null;
  recordedAt: string | null;
  /** Open uppdrag, oldest first (by registration day, then id). */
  open: AgingUppdrag[];
  /** Every uppdrag extended at least once (open or not), most often extended first. */
  extended: { uppdragId: string; text: string; lifecycle: string; extensions: Extension[] }[];
}

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

export async function aging(db: SqlReader, query: AgingQuery): Promise<Aging> {
  if (!isIsoDate(query.on)) throw new ReadModelQueryError('on', 'on måste vara ett datum (ÅÅÅÅ-MM-DD).');
  if (query.organ !== undefined && (query.organ.length === 0 || query.organ.length > 200))
    throw new ReadModelQueryError('organ', 'organ måste vara en icke-tom text.');
  // The list for a day shows things as they stood that day, unless another time point is asked for.
  const bounds = timeBounds({ asOf: query.asOf ?? query.on, recordedAt: query.recordedAt });
  const params: unknown[] = [bounds.occurredBefore, bounds.recordedBy];
  const organFilter =
    query.organ === undefined
      ? ''
      : `AND t.riktas_till @> jsonb_build_array($${params.push(query.organ)}::text)`;
  const [items, reports, extensions] = await Promise.all([
    db.query<Record<string, unknown>>(
      `SELECT DISTINCT ON (t.uppdrag_id) t.uppdrag_id, t.text, t.riktas_till, t.ansvarig_person_id,
              t.periodicitet, t.registered_on::text AS registered_on, t.slutdatum::text AS slutdatum,
              t.lifecycle, t.ended_on::text AS ended_on
         FROM uppdrag_timeline t
        WHERE ${withinTime('t', '$1', '$2')} ${organFilter}
        ORDER BY t.uppdrag_id, t.position DESC`,
      params,
    ),
    db.query<{ item_id: string; period: string }>(
      `SELECT DISTINCT f.item_id, f.period FROM report_facts f
        WHERE f.item_kind = 'uppdrag' AND f.indikator_id = '' AND ${withinTime('f', '$1', '$2')}
          AND f.item_id IN (SELECT t.uppdrag_id FROM uppdrag_timeline t
                             WHERE t.event_type = 'UppdragRegistered' ${organFilter})`,
      params,
    ),
    db.query<Record<string, unknown>>(
      `SELECT t.uppdrag_id, t.previous_slutdatum::text AS from_date, t.slutdatum::text AS to_date, t.reason,
              t.actor, (t.occurred_at AT TIME ZONE 'Europe/Stockholm')::date::text AS on_date
         FROM uppdrag_timeline t
        WHERE t.event_type = 'UppdragSlutdatumExtended' AND ${withinTime('t', '$1', '$2')} ${organFilter}
        ORDER BY t.uppdrag_id, t.position`,
      params,
    ),
  ]);

  const reported = new Map<string, Set<string>>();
  for (const r of reports) {
    if (!reported.has(r.item_id)) reported.set(r.item_id, new Set());
    reported.get(r.item_id)!.add(r.period);
  }
  const extensionsOf = new Map<string, Extension[]>();
  for (const e of extensions) {
    const id = e.uppdrag_id as string;
    if (!extensionsOf.has(id)) extensionsOf.set(id, []);
    extensionsOf.get(id)!.push({
      from: e.from_date as string,
      to: e.to_date as string,
      reason: e.reason as string | null,
      on: e.on_date as string,
      by: e.actor as string,
    });
  }
  const calendar = query.calendar ?? DEFAULT_REPORTING_CALENDAR;
  // Registered after `on` (possible with asOf/recordedAt later than `on`) is not yet on the list.
  const known = items.filter((r) => (r.registered_on as string) <= query.on);

  const open = known
    .filter((r) => r.lifecycle === 'aktivt')
    .sort(
      (a, b) =>
        (a.registered_on as string).localeCompare(b.registered_on as string) ||
        (a.uppdrag_id as string).localeCompare(b.uppdrag_id as string),
    )
    .map((r): AgingUppdrag => {
      const id = r.uppdrag_id as string;
      const due = dueReports(
        {
          periodicitet: r.periodicitet as Periodicitet,
          registeredOn: r.registered_on as string,
          slutdatum: r.slutdatum as string,
          endedOn: null,
          reports: reported.get(id) ?? new Set(),
        },
        query.on,
        calendar,
      );
      return {
        uppdragId: id,
        text: r.text as string,
        riktasTill: r.riktas_till as string[],
        ansvarigPersonId: r.ansvarig_person_id as string,
        periodicitet: r.periodicitet as string,
        registeredOn: r.registered_on as string,
        ageDays: daysBetween(r.registered_on as string, query.on),
        slutdatum: r.slutdatum as string,
        overdue: (r.slutdatum as string) < query.on,
        missingReports: due
          .filter((d) => d.state === 'missing')
          .map((d) => ({ period: d.key, deadline: d.deadline, daysLate: daysBetween(d.deadline, query.on) })),
        extensions: extensionsOf.get(id) ?? [],
      };
    });

  const extended = known
    .filter((r) => extensionsOf.has(r.uppdrag_id as string))
    .map((r) => ({
      uppdragId: r.uppdrag_id as string,
      text: r.text as string,
      lifecycle: r.lifecycle as string,
      extensions: extensionsOf.get(r.uppdrag_id as string)!,
    }))
    .sort((a, b) => b.extensions.length - a.extensions.length || a.uppdragId.localeCompare(b.uppdragId));

  return {
    on: query.on,
    organ: query.organ ?? null,
    asOf: query.asOf ?? query.on,
    recordedAt: query.recordedAt ?? null,
    open,
    extended,
  };
}
