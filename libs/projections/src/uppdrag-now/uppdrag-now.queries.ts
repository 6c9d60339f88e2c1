/**
 * Reading "uppdrag now" (for the API): plain functions over any SQL executor, reading the view that
 * points at the live version.
 */
import { type SqlExecutor } from '@sparbar/event-store';

/** Anything that answers queries: the store's SQL driver, a transaction, the projection database. */
export type SqlReader = Pick<SqlExecutor, 'query'>;
import { type Periodicitet, type UppdragStatus } from '@sparbar/domain';
import { type UppdragNowStatus } from './uppdrag-now.row';

export interface UppdragNow {
  uppdragId: string;
  text: string;
  beskrivning: string | null;
  riktasTill: string[];
  samordnare: string | null;
  periodicitet: Periodicitet;
  slutdatum: string;
  slutdatumExtensions: number;
  ansvarigPersonId: string;
  planYear: number;
  givenBy: string;
  originKind: string;
  diarienummer: string | null;
  registeredOn: string;
  status: UppdragNowStatus;
  endedOn: string | null;
  endComment: string | null;
  latestReport: {
    period: string;
    status: UppdragStatus;
    kommentar: string;
    reportedAt: string;
    reportedBy: string;
    correctedAt: string | null;
  } | null;
  reportsCount: number;
  revision: number;
}

export interface UppdragNowFilter {
  /** Organ as recipient (riktas till) or as giver. */
  organ?: string;
  status?: UppdragNowStatus;
  ansvarigPersonId?: string;
  planYear?: number;
  /** Only uppdrag still open whose slutdatum is before this date (ISO, e.g. today). */
  overdueOn?: string;
  limit?: number;
  offset?: number;
}

/**
 * The plan's order: a year's uppdrag as its table lists them (`ordning`), then those without one in the
 * order they were registered. The id only breaks ties no log can produce.
 */
export const PLAN_ORDER = 'plan_year, ordning NULLS LAST, registered_position, uppdrag_id';

const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const SELECT = `SELECT uppdrag_id, text, beskrivning, riktas_till, samordnare, periodicitet, slutdatum::text AS slutdatum,
  slutdatum_extensions, ansvarig_person_id, plan_year, given_by, origin_kind, diarienummer,
  registered_on::text AS registered_on, status, ended_on::text AS ended_on, end_comment, latest_period, latest_status,
  latest_kommentar, ${iso('latest_reported_at')} AS latest_reported_at, latest_reported_by,
  ${iso('latest_corrected_at')} AS latest_corrected_at, reports_count, revision FROM uppdrag_now`;

export async function findUppdragNow(db: SqlReader, filter: UppdragNowFilter = {}): Promise<UppdragNow[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  if (filter.organ !== undefined) {
    const p = param(filter.organ);
    where.push(`(riktas_till @> ARRAY[${p}::text] OR given_by = ${p})`);
  }
  if (filter.status !== undefined) where.push(`status = ${param(filter.status)}`);
  if (filter.ansvarigPersonId !== undefined)
    where.push(`ansvarig_person_id = ${param(filter.ansvarigPersonId)}`);
  if (filter.planYear !== undefined) where.push(`plan_year = ${param(filter.planYear)}`);
  if (filter.overdueOn !== undefined)
    where.push(`status = 'open' AND slutdatum < ${param(filter.overdueOn)}::date`);
  const sql = `${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY ${PLAN_ORDER} LIMIT ${param(filter.limit ?? 1000)} OFFSET ${param(filter.offset ?? 0)}`;
  return (await db.query<Record<string, unknown>>(sql, params)).map(toUppdragNow);
}

export async function getUppdragNow(db: SqlReader, uppdragId: string): Promise<UppdragNow | undefined> {
  const [row] = await db.query<Record<string, unknown>>(`${SELECT} WHERE uppdrag_id = $1`, [uppdragId]);
  return row && toUppdragNow(row);
}

function toUppdragNow(r: Record<string, unknown>): UppdragNow {
  return {
    uppdragId: r.uppdrag_id as string,
    text: r.text as string,
    beskrivning: r.beskrivning as string | null,
    riktasTill: r.riktas_till as string[],
    samordnare: r.samordnare as string | null,
    periodicitet: r.periodicitet as Periodicitet,
    slutdatum: r.slutdatum as string,
    slutdatumExtensions: Number(r.slutdatum_extensions),
    ansvarigPersonId: r.ansvarig_person_id as string,
    planYear: Number(r.plan_year),
    givenBy: r.given_by as string,
    originKind: r.origin_kind as string,
    diarienummer: r.diarienummer as string | null,
    registeredOn: r.registered_on as string,
    status: r.status as UppdragNowStatus,
    endedOn: r.ended_on as string | null,
    endComment: r.end_comment as string | null,
    latestReport:
      r.latest_period === null
        ? null
        : {
            period: r.latest_period as string,
            status: r.latest_status as UppdragStatus,
            kommentar: r.latest_kommentar as string,
            reportedAt: r.latest_reported_at as string,
            reportedBy: r.latest_reported_by as string,
            correctedAt: r.latest_corrected_at as string | null,
          },
    reportsCount: Number(r.reports_count),
    revision: Number(r.revision),
  };
}
