/**
 * The period table: for one period (a month or a tertial) every uppdrag that was active in it, with the
 * status and kommentar reported for that period. An uppdrag reported monthly appears in a tertial table
 * with its last report in the tertial. A missing report is "ej rapporterad", with the last status known
 * carried forward and flagged. Read from the append-only facts, so any time point works the same way.
 * What each row prints and is counted as (`tableStatus`) is the rule of libs/domain's uppdrag.table-status.
 */
import {
  businessDateOf,
  DEFAULT_REPORTING_CALENDAR,
  deadlineOf,
  firstDayOf,
  formatPeriod,
  isIsoDate,
  lastDayOf,
  parsePeriod,
  type Period,
  periodContaining,
  type Periodicitet,
  type Rapportering,
  rapporteringOf,
  type ReportingCalendar,
  tableStatusOf,
  tertialOf,
  type UppdragStatus,
  type UppdragTableStatus,
} from '@sparbar/domain';
import { type SqlReader } from '../uppdrag-now/uppdrag-now.queries';
import { partFacts, type PartsSummary, withParts } from './period-parts.queries';
import { ReadModelQueryError, type TimeBounds, type TimePoint, timeBounds, withinTime } from './time-point';

export interface PeriodTableQuery extends TimePoint {
  /** '2023-04' or '2023-T1'. */
  period: string;
  /** Organ the uppdrag is directed to (riktas till). */
  organ?: string;
  /** Organ that gave the uppdrag (regionfullmäktige, or a nämnd to its beredningar). */
  givenBy?: string;
  /**
   * The day the table is read on: a report not in whose deadline is on or after it is not yet due
   * (`ej_forfallen`). Defaults to `asOf`, else the Swedish date of `recordedAt`; with none of them,
   * every deadline counts as passed. Never the clock: the caller says which day.
   */
  on?: string;
  /** The årshjul; the default rule (10 working days after the period) when not given. */
  calendar?: ReportingCalendar;
}

/**
 * - `rapporterad`: a report for this period (for a monthly uppdrag in a tertial table: a month in it);
 * - `ej_forfallen`: a report is due for this period, there is none, and its deadline is still ahead;
 * - `ej_rapporterad`: a report was due for this period, its deadline has passed and there is none;
 * - `ej_aktuell`: nothing was due — a tertial uppdrag in a month that does not end its tertial, or an
 *   uppdrag that ended in the period without reporting it.
 */
export type { Rapportering };

export interface PeriodTableRow {
  uppdragId: string;
  text: string;
  riktasTill: string[];
  samordnare: string | null;
  givenBy: string;
  originKind: string;
  planYear: number;
  periodicitet: string;
  slutdatum: string;
  slutdatumExtensions: number;
  ansvarigPersonId: string;
  /** Where the uppdrag was in its life at the time point: aktivt, avslutat or aterkallat. */
  lifecycle: 'aktivt' | 'avslutat' | 'aterkallat';
  endedOn: string | null;
  endComment: string | null;
  rapportering: Rapportering;
  /** The last day for this period's report (the årshjul's); null when none was due. */
  deadline: string | null;
  /** What the row prints and is counted as: Avslutad, a reported status, Ej påbörjad, Ej rapporterad … */
  tableStatus: UppdragTableStatus;
  /** The status shown: this period's report, or the last one before it when carried forward. */
  status: UppdragStatus | null;
  kommentar: string | null;
  /** The period the shown status was reported for. */
  reportPeriod: string | null;
  /** True when the status shown is an earlier period's, carried forward. */
  carriedForward: boolean;
  /** True when the report shown was corrected; `correctionReason` says why. */
  corrected: boolean;
  correctionReason: string | null;
  reportedBy: string | null;
  /** Business time of the report shown (of its correction, where corrected). */
  reportedAt: string | null;
  recordedAt: string | null;
  /** In an organ's table, the organ whose own part of a joint uppdrag this row shows; else null. */
  part: string | null;
  /** The joint view of an uppdrag directed to several organs: each organ's part; else null. */
  parts: PeriodTablePartRow[] | null;
  partsSummary: PartsSummary | null;
}

/** One recipient's own part of a joint uppdrag, read by the same rules as the row. */
export type PeriodTablePartRow = Omit<PeriodTableRow, 'part' | 'parts' | 'partsSummary'> & {
  organId: string;
};

export interface PeriodTable {
  period: string;
  periodStart: string;
  periodEnd: string;
  organ: string | null;
  givenBy: string | null;
  asOf: string | null;
  recordedAt: string | null;
  rows: PeriodTableRow[];
}

const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * What a table is drawn up for: a month, a tertial, or the whole year ('2023', for the
 * årsredovisning: each uppdrag with its last report of the year).
 */
export type TablePeriod =
  | { kind: 'period'; key: string; year: number; start: string; end: string; period: Period }
  | { kind: 'ar'; key: string; year: number; start: string; end: string };

const YEAR = /^(\d{4})$/;

export function requireQueryPeriod(value: unknown, field = 'period'): TablePeriod {
  const period = parsePeriod(value);
  if (period && period.year >= 1900) {
    const key = formatPeriod(period);
    return {
      kind: 'period',
      key,
      year: period.year,
      start: firstDayOf(period),
      end: lastDayOf(period),
      period,
    };
  }
  const year = typeof value === 'string' ? YEAR.exec(value) : null;
  if (year && Number(year[1]) >= 1900)
    return {
      kind: 'ar',
      key: year[1],
      year: Number(year[1]),
      start: `${year[1]}-01-01`,
      end: `${year[1]}-12-31`,
    };
  throw new ReadModelQueryError(
    field,
    'Perioden måste anges som ÅÅÅÅ-MM för en månad (2023-04), ÅÅÅÅ-Tn för en tertial (2023-T1) eller ÅÅÅÅ för hela året.',
  );
}

function optionalText(value: string | undefined, field: string): string | undefined {
  if (value === undefined) return undefined;
  if (value.length === 0 || value.length > 200)
    throw new ReadModelQueryError(field, `${field} måste vara en icke-tom text.`);
  return value;
}

export async function periodTable(db: SqlReader, query: PeriodTableQuery): Promise<PeriodTable> {
  const period = requireQueryPeriod(query.period);
  const organ = optionalText(query.organ, 'organ');
  const givenBy = optionalText(query.givenBy, 'givenBy');
  const bounds = timeBounds(query);
  const on = readOn(query);
  const { start, end } = period;
  const params: unknown[] = [start, end, bounds.occurredBefore, bounds.recordedBy, bounds.upToPosition];
  const where = [`t.registered_on <= $2::date`, withinTime('t', '$3', '$4', '$5')];
  if (organ !== undefined) where.push(`t.riktas_till @> jsonb_build_array($${params.push(organ)}::text)`);
  if (givenBy !== undefined) where.push(`t.given_by = $${params.push(givenBy)}`);

  const rows = await db.query<Record<string, unknown>>(
    `WITH u AS (
       SELECT DISTINCT ON (t.uppdrag_id) t.* FROM uppdrag_timeline t
        WHERE ${where.join(' AND ')}
        ORDER BY t.uppdrag_id, t.position DESC)
     SELECT u.uppdrag_id, u.text, u.riktas_till, u.samordnare, u.given_by, u.origin_kind, u.plan_year,
            u.periodicitet, u.slutdatum::text AS slutdatum, u.slutdatum_extensions, u.ansvarig_person_id,
            u.lifecycle, u.ended_on::text AS ended_on, u.end_comment,
            r.period AS r_period, r.period_end::text AS r_period_end, r.kind AS r_kind, r.status AS r_status,
            r.kommentar AS r_kommentar, r.reason AS r_reason, r.actor AS r_actor,
            ${iso('r.occurred_at')} AS r_occurred_at, ${iso('r.recorded_at')} AS r_recorded_at
       FROM u
       LEFT JOIN LATERAL (
         SELECT f.* FROM report_facts f
          WHERE f.item_kind = 'uppdrag' AND f.item_id = u.uppdrag_id AND f.indikator_id = ''
            AND f.period_end <= $2::date AND ${withinTime('f', '$3', '$4', '$5')}
          ORDER BY f.period_end DESC, f.position DESC LIMIT 1) r ON true
      WHERE u.ended_on IS NULL OR u.ended_on >= $1::date
      ORDER BY u.plan_year, u.ordning NULLS LAST, u.registered_position, u.uppdrag_id`,
    params,
  );
  return {
    period: period.key,
    periodStart: start,
    periodEnd: end,
    organ: organ ?? null,
    givenBy: givenBy ?? null,
    asOf: query.asOf ?? null,
    recordedAt: query.recordedAt ?? null,
    rows: withParts(rows, organ, await partsOf(db, rows, end, bounds), start, (r) =>
      toRow(r, period, start, end, on, query.calendar),
    ),
  };
}

/** The parts of the joint uppdrag among the rows (period-parts.queries.ts). */
function partsOf(db: SqlReader, rows: Record<string, unknown>[], end: string, bounds: TimeBounds) {
  const joint = rows.filter((r) => (r.riktas_till as string[]).length > 1).map((r) => r.uppdrag_id as string);
  return partFacts(db, joint, end, bounds);
}

function toRow(
  r: Record<string, unknown>,
  period: TablePeriod,
  start: string,
  end: string,
  on: string | null,
  calendar: ReportingCalendar = DEFAULT_REPORTING_CALENDAR,
): Omit<PeriodTableRow, 'part' | 'parts' | 'partsSummary'> {
  const reportEnd = r.r_period_end as string | null;
  const inPeriod = reportEnd !== null && reportEnd >= start;
  const lifecycle = r.lifecycle as PeriodTableRow['lifecycle'];
  const endedOn = r.ended_on as string | null;
  const due = isDue(r.periodicitet as string, period, end) && !(endedOn !== null && endedOn <= end);
  const deadline = due ? deadlineOf(reportPeriodOf(r, period), calendar) : null;
  const rapportering = rapporteringOf({ reported: inPeriod, due, deadline, on });
  const status = (r.r_status as UppdragStatus | null) ?? null;
  const hasReport = reportEnd !== null;
  return {
    uppdragId: r.uppdrag_id as string,
    text: r.text as string,
    riktasTill: r.riktas_till as string[],
    samordnare: r.samordnare as string | null,
    givenBy: r.given_by as string,
    originKind: r.origin_kind as string,
    planYear: Number(r.plan_year),
    periodicitet: r.periodicitet as string,
    slutdatum: r.slutdatum as string,
    slutdatumExtensions: Number(r.slutdatum_extensions),
    ansvarigPersonId: r.ansvarig_person_id as string,
    lifecycle,
    endedOn,
    endComment: r.end_comment as string | null,
    rapportering,
    deadline,
    tableStatus: tableStatusOf({ lifecycle, rapportering, status }),
    status,
    kommentar: (r.r_kommentar as string | null) ?? null,
    reportPeriod: (r.r_period as string | null) ?? null,
    carriedForward: hasReport && !inPeriod,
    corrected: r.r_kind === 'rattelse',
    correctionReason: r.r_kind === 'rattelse' ? (r.r_reason as string) : null,
    reportedBy: (r.r_actor as string | null) ?? null,
    reportedAt: (r.r_occurred_at as string | null) ?? null,
    recordedAt: (r.r_recorded_at as string | null) ?? null,
  };
}

/**
 * The period whose report a table asks for: its own; for a tertial uppdrag in a month, the month's
 * tertial; for a year, the uppdrag's last period in it.
 */
function reportPeriodOf(r: Record<string, unknown>, table: TablePeriod): Period {
  if (table.kind === 'period')
    return table.period.kind === 'manad' && r.periodicitet === 'tertial'
      ? tertialOf(table.period)
      : table.period;
  const slutdatum = r.slutdatum as string;
  return periodContaining(r.periodicitet as Periodicitet, slutdatum < table.end ? slutdatum : table.end);
}

/** The day the table is read on (see `PeriodTableQuery.on`), or null: every deadline passed. */
function readOn(query: PeriodTableQuery): string | null {
  if (query.on !== undefined && !isIsoDate(query.on))
    throw new ReadModelQueryError('on', 'on måste vara ett datum (ÅÅÅÅ-MM-DD).');
  if (query.on !== undefined || query.asOf !== undefined) return query.on ?? query.asOf!;
  return query.recordedAt !== undefined ? businessDateOf(query.recordedAt) : null;
}

/**
 * Whether the uppdrag's periodicitet asks for a report in this table's period: a monthly uppdrag in
 * every month, tertial and year; a tertial uppdrag in every tertial and year, and in the month that
 * ends a tertial.
 */
function isDue(periodicitet: string, table: TablePeriod, end: string): boolean {
  if (table.kind === 'ar' || periodicitet === 'manad' || table.period.kind === 'tertial') return true;
  return lastDayOf(tertialOf(table.period)) === end;
}
