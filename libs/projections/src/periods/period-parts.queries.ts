/**
 * The parts of joint uppdrag in a period table (rules: libs/domain/src/uppdrag/uppdrag.parts.ts).
 *
 * - An organ's table (`organ=hsn`) shows, for an uppdrag directed to several organs, the organ's own
 *   part: its report for the period, "ej rapporterad" when its part is missing (for that organ only),
 *   "Avslutad" with its final comment once it closed its part. The joint report still stands for an
 *   organ's part where it always did: on an uppdrag without a samordnare (its report was every
 *   recipient's), and on an uppdrag none of whose recipients has reported a part of its own yet (reported
 *   jointly, as every uppdrag was before parts existed), so the tables of old years read as before.
 * - The joint view (no organ, or the samordnare's table) shows the joint report with each part beside
 *   it and the count: "3 av 4 nämnder klara".
 *
 * Raw rows use the same column names as the joint report (`r_status`, …), so the period table's own
 * rules (due, carried forward, ej aktuell) apply to a part unchanged.
 */
import { businessDateOf } from '@sparbar/domain';
import { type SqlReader } from '../uppdrag-now/uppdrag-now.queries';
import { type TimeBounds, withinTime } from './time-point';

type Raw = Record<string, unknown>;

export type PartFacts = {
  /** The part's latest report up to the period's end, as `r_*` columns; undefined: none. */
  report: Raw | undefined;
  closedOn: string | null;
  closingComment: string | null;
};

const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** Each part of the given uppdrag at the time point: latest report up to `end`, and its closing. */
export async function partFacts(
  db: SqlReader,
  uppdragIds: string[],
  end: string,
  bounds: TimeBounds,
): Promise<Map<string, Map<string, PartFacts>>> {
  const parts = new Map<string, Map<string, PartFacts>>();
  if (uppdragIds.length === 0) return parts;
  const params = [uppdragIds, end, bounds.occurredBefore, bounds.recordedBy, bounds.upToPosition];
  const rows = await db.query<Raw>(
    `SELECT * FROM (
       SELECT DISTINCT ON (f.uppdrag_id, f.organ_id, f.kind = 'avslutad')
              f.uppdrag_id, f.organ_id, f.kind, f.kommentar,
              f.period AS r_period, f.period_end::text AS r_period_end, f.kind AS r_kind,
              f.status AS r_status, f.kommentar AS r_kommentar, f.reason AS r_reason, f.actor AS r_actor,
              ${iso('f.occurred_at')} AS r_occurred_at, ${iso('f.recorded_at')} AS r_recorded_at
         FROM uppdrag_part_facts f
        WHERE f.uppdrag_id = ANY($1::text[]) AND ${withinTime('f', '$3', '$4', '$5')}
          AND (f.kind = 'avslutad' OR f.period_end <= $2::date)
        ORDER BY f.uppdrag_id, f.organ_id, f.kind = 'avslutad', f.period_end DESC, f.position DESC) p`,
    params,
  );
  for (const row of rows) {
    const uppdragId = row.uppdrag_id as string;
    const byOrgan = parts.get(uppdragId) ?? new Map<string, PartFacts>();
    parts.set(uppdragId, byOrgan);
    const organId = row.organ_id as string;
    const part = byOrgan.get(organId) ?? { report: undefined, closedOn: null, closingComment: null };
    if (row.kind === 'avslutad') {
      part.closedOn = businessDateOf(row.r_occurred_at as string);
      part.closingComment = row.kommentar as string;
    } else {
      part.report = row;
    }
    byOrgan.set(organId, part);
  }
  return parts;
}

const REPORT_COLUMNS = [
  'r_period',
  'r_period_end',
  'r_kind',
  'r_status',
  'r_kommentar',
  'r_reason',
  'r_actor',
  'r_occurred_at',
  'r_recorded_at',
] as const;

/**
 * The raw row of an uppdrag as one organ's part: the part's own report, or the joint one where it
 * stands for the part and is more recent, and the part's closing as the row's end.
 */
export function asPart(uppdrag: Raw, part: PartFacts | undefined, partsReported: boolean): Raw {
  const own = part?.report;
  const joint = uppdrag.r_period_end as string | null;
  const jointCounts = (uppdrag.samordnare === null || !partsReported) && joint !== null;
  const useJoint = jointCounts && (own === undefined || (own.r_period_end as string) < joint);
  const report = useJoint ? uppdrag : own;
  const row: Raw = { ...uppdrag };
  for (const column of REPORT_COLUMNS) row[column] = report?.[column] ?? null;
  if (part?.closedOn && uppdrag.lifecycle === 'aktivt') {
    row.lifecycle = 'avslutat';
    row.ended_on = part.closedOn;
    row.end_comment = part.closingComment;
  }
  return row;
}

/** Whether an uppdrag has parts: it is directed to several organs. */
export function isJoint(uppdrag: Raw): boolean {
  return (uppdrag.riktas_till as string[]).length > 1;
}

export interface PartsSummary {
  total: number;
  /** Parts with a report for the period (or closed). */
  reported: number;
  closed: number;
  /** "3 av 4 nämnder klara". */
  text: string;
  /** Whether any recipient has reported or closed a part of its own (else the joint report stands for all). */
  ownParts: boolean;
}

type Shown = { rapportering: string; lifecycle: string };

/**
 * The table's rows with parts applied: an organ's own part in its table (a part closed before the
 * period leaves the table, as an ended uppdrag does), the joint report with every part elsewhere.
 */
export function withParts<Row extends Shown>(
  rows: Raw[],
  organ: string | undefined,
  parts: Map<string, Map<string, PartFacts>>,
  start: string,
  toRow: (raw: Raw) => Row,
): (Row & {
  part: string | null;
  parts: (Row & { organId: string })[] | null;
  partsSummary: PartsSummary | null;
})[] {
  const out = [];
  for (const raw of rows) {
    if (!isJoint(raw)) {
      out.push({ ...toRow(raw), part: null, parts: null, partsSummary: null });
      continue;
    }
    const byOrgan = parts.get(raw.uppdrag_id as string);
    const partsReported = [...(byOrgan?.values() ?? [])].some((p) => p.report !== undefined);
    if (organ !== undefined && organ !== raw.samordnare) {
      const own = asPart(raw, byOrgan?.get(organ), partsReported);
      if (own.ended_on !== null && (own.ended_on as string) < start) continue;
      out.push({ ...toRow(own), part: organ, parts: null, partsSummary: null });
      continue;
    }
    const partRows = (raw.riktas_till as string[]).map((organId) => ({
      ...toRow(asPart(raw, byOrgan?.get(organId), partsReported)),
      organId,
    }));
    const ownParts = [...(byOrgan?.values() ?? [])].some(
      (p) => p.report !== undefined || p.closedOn !== null,
    );
    out.push({ ...toRow(raw), part: null, parts: partRows, partsSummary: summaryOf(partRows, ownParts) });
  }
  return out;
}

function summaryOf(parts: Shown[], ownParts: boolean): PartsSummary {
  const closed = parts.filter((p) => p.lifecycle === 'avslutat').length;
  const reported = parts.filter((p) => p.rapportering === 'rapporterad' || p.lifecycle === 'avslutat').length;
  const text = `${closed} av ${parts.length} nämnder klara`;
  return { total: parts.length, reported, closed, text, ownParts };
}
