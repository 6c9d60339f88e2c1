/**
 * Måluppfyllelse per organ and period: each delmål of the organ's plan year with the bedömning made for
 * the period, each indikator with its utfall in the period, and the counts the reports print ("Totalt 23
 * delmål … 14 uppnås, 6 uppnås delvis och 3 uppnås inte"), plus the organ's uppdrag per status from the
 * period table, counted as the table prints them (Avslutad apart). A delmål or indikator without a bedömning
 * in the period counts as "saknas".
 */
import {
  type Bedomning,
  BEDOMNINGAR,
  countTableStatuses,
  type ReportingCalendar,
  type UppdragTableStatus,
} from '@sparbar/domain';
import { type SqlReader } from '../uppdrag-now/uppdrag-now.queries';
import { periodTable, requireQueryPeriod } from './period-table.queries';
import { ReadModelQueryError, type TimePoint, timeBounds, withinTime } from './time-point';

const NATURAL = new Intl.Collator('sv', { numeric: true });

export interface MaluppfyllelseQuery extends TimePoint {
  organ: string;
  period: string;
  /** The day read on, for the uppdrag's reports not yet due (see `PeriodTableQuery.on`). */
  on?: string;
  calendar?: ReportingCalendar;
}

/** Uppdrag per status as the period table prints it (`PeriodTableRow.tableStatus`), and in all. */
export type UppdragCounts = Record<UppdragTableStatus, number> & { totalt: number };

export type BedomningCounts = Record<Bedomning, number> & { totalt: number };

export interface DelmalUppfyllelse {
  delmalId: string;
  regionmal: { id: string; namn: string };
  text: string;
  bedomning: Bedomning;
  prognos: Bedomning | null;
  kommentar: string | null;
  /** The period the bedömning was made for (a month or the tertial itself). */
  bedomningPeriod: string | null;
  indikatorer: {
    indikatorId: string;
    namn: string;
    enhet: string | null;
    malvarde: number | null;
    utfall: number | null;
    bedomning: Bedomning;
    utfallPeriod: string | null;
  }[];
}

export interface Maluppfyllelse {
  organ: string;
  period: string;
  asOf: string | null;
  recordedAt: string | null;
  delmal: DelmalUppfyllelse[];
  counts: {
    delmal: BedomningCounts;
    indikatorer: BedomningCounts;
    /** Every row of the organ's period table by what it prints: a reported status, avslutad, ej_forfallen … */
    uppdrag: UppdragCounts;
  };
  /** "Totalt 3 delmål, varav 1 uppnås, 1 uppnås delvis och 0 uppnås inte. 1 saknar bedömning." */
  sammanfattning: string;
}

export async function maluppfyllelse(db: SqlReader, query: MaluppfyllelseQuery): Promise<Maluppfyllelse> {
  const period = requireQueryPeriod(query.period);
  if (typeof query.organ !== 'string' || query.organ.length === 0 || query.organ.length > 200)
    throw new ReadModelQueryError('organ', 'organ måste anges.');
  const bounds = timeBounds(query);
  const params = [
    query.organ,
    period.year,
    period.start,
    period.end,
    bounds.occurredBefore,
    bounds.recordedBy,
    bounds.upToPosition,
  ];
  const delmalCte = `d AS (
      SELECT DISTINCT ON (t.delmal_id) t.* FROM delmal_timeline t
       WHERE t.organ_id = $1 AND t.plan_year = $2 AND ${withinTime('t', '$5', '$6', '$7')}
       ORDER BY t.delmal_id, t.position DESC)`;
  const latestFact = (item: string, indikator: string) => `LEFT JOIN LATERAL (
      SELECT f.* FROM report_facts f
       WHERE f.item_kind = 'delmal' AND f.item_id = ${item} AND f.indikator_id = ${indikator}
         AND f.period_end BETWEEN $3::date AND $4::date AND ${withinTime('f', '$5', '$6', '$7')}
       ORDER BY f.period_end DESC, f.position DESC LIMIT 1) f ON true`;
  const [delmalRows, indikatorRows, table] = await Promise.all([
    db.query<Record<string, unknown>>(
      `WITH ${delmalCte}
       SELECT d.delmal_id, d.regionmal_id, d.regionmal_namn, d.text,
              f.status, f.prognos, f.kommentar, f.period
         FROM d ${latestFact('d.delmal_id', "''")}
        ORDER BY d.regionmal_id, d.delmal_id`,
      params,
    ),
    db.query<Record<string, unknown>>(
      `WITH ${delmalCte},
       i AS (SELECT DISTINCT ON (t.delmal_id, t.indikator_id) t.* FROM indikator_timeline t
              WHERE t.delmal_id IN (SELECT delmal_id FROM d) AND ${withinTime('t', '$5', '$6', '$7')}
              ORDER BY t.delmal_id, t.indikator_id, t.position DESC)
       SELECT i.delmal_id, i.indikator_id, i.namn, i.enhet, i.malvarde, f.status, f.utfall, f.period
         FROM i ${latestFact('i.delmal_id', 'i.indikator_id')}
        ORDER BY i.delmal_id, i.indikator_id`,
      params,
    ),
    periodTable(db, {
      period: query.period,
      organ: query.organ,
      asOf: query.asOf,
      recordedAt: query.recordedAt,
      upToPosition: query.upToPosition,
      on: query.on,
      calendar: query.calendar,
    }),
  ]);

  const delmal: DelmalUppfyllelse[] = delmalRows.map((r) => ({
    delmalId: r.delmal_id as string,
    regionmal: { id: r.regionmal_id as string, namn: r.regionmal_namn as string },
    text: r.text as string,
    bedomning: ((r.status as Bedomning | null) ?? 'saknas') as Bedomning,
    prognos: (r.prognos as Bedomning | null) ?? null,
    kommentar: (r.kommentar as string | null) ?? null,
    bedomningPeriod: (r.period as string | null) ?? null,
    indikatorer: [],
  }));
  // Natural order (Mål 2 before Mål 10): ids carry the plan's numbers, and text order would not.
  delmal.sort(
    (a, b) =>
      NATURAL.compare(a.regionmal.id, b.regionmal.id) ||
      NATURAL.compare(a.delmalId, b.delmalId) ||
      (a.delmalId < b.delmalId ? -1 : a.delmalId > b.delmalId ? 1 : 0),
  );
  const byId = new Map(delmal.map((d) => [d.delmalId, d]));
  for (const r of indikatorRows) {
    byId.get(r.delmal_id as string)?.indikatorer.push({
      indikatorId: r.indikator_id as string,
      namn: r.namn as string,
      enhet: (r.enhet as string | null) ?? null,
      malvarde: r.malvarde === null ? null : Number(r.malvarde),
      utfall: r.utfall === null || r.utfall === undefined ? null : Number(r.utfall),
      bedomning: ((r.status as Bedomning | null) ?? 'saknas') as Bedomning,
      utfallPeriod: (r.period as string | null) ?? null,
    });
  }
  for (const d of delmal) d.indikatorer.sort((a, b) => NATURAL.compare(a.indikatorId, b.indikatorId));
  const delmalCounts = countBedomningar(delmal.map((d) => d.bedomning));
  const uppdrag = countTableStatuses(table.rows.map((row) => row.tableStatus));
  return {
    organ: query.organ,
    period: period.key,
    asOf: query.asOf ?? null,
    recordedAt: query.recordedAt ?? null,
    delmal,
    counts: {
      delmal: delmalCounts,
      indikatorer: countBedomningar(delmal.flatMap((d) => d.indikatorer.map((i) => i.bedomning))),
      uppdrag,
    },
    sammanfattning: summarise(delmalCounts),
  };
}

function countBedomningar(values: Bedomning[]): BedomningCounts {
  const counts = { totalt: values.length } as BedomningCounts;
  for (const b of BEDOMNINGAR) counts[b] = 0;
  for (const value of values) counts[value] += 1;
  return counts;
}

/** Worded as the årsredovisning words it. */
export function summarise(counts: BedomningCounts): string {
  const base = `Totalt ${counts.totalt} delmål, varav ${counts.helt} uppnås, ${counts.delvis} uppnås delvis och ${counts.inte} uppnås inte.`;
  return counts.saknas > 0 ? `${base} ${counts.saknas} saknar bedömning.` : base;
}
