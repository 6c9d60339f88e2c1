/**
 * Open data (issue 20): what fullmäktige's uppdrag showed in the reports the nämnder adopted, and
 * nothing else. A nämnd's report for a period becomes public when it adopts it (PeriodReportAdopted);
 * what it adopted is its own period table read at the adoption's log position, so a report corrected
 * afterwards stays private until the nämnd adopts the period again at a later meeting.
 *
 * The adoptions come from the fastställanden read model, the tables from the period facts (both
 * libs/projections), each adoption's table cut at its position. Both are read as far as the period
 * facts are: the adoptions are waited for until they have come that far.
 */
import { type UppdragStatus, type UppdragTableStatus } from '@sparbar/domain';
import {
  type AdoptionFact,
  adoptionsCaughtUp,
  adoptionsUpTo,
  liveCheckpoint,
  periodsProjection,
  periodTable,
  type PeriodTableRow,
} from '@sparbar/projections';

type SqlReader = Parameters<typeof periodTable>[0];

/** One adoption as stored: the meeting, and where in the log (and when) it was recorded. */
export type Adoption = AdoptionFact;

/** An uppdrag's status and kommentar as one adoption of one organ's report for one period showed it. */
export interface AdoptedStatus {
  uppdragId: string;
  text: string;
  planYear: number;
  organId: string;
  period: string;
  status: UppdragStatus | null;
  tableStatus: UppdragTableStatus;
  kommentar: string | null;
  /** The period the shown status was reported for (an earlier one when carried forward). */
  reportPeriod: string | null;
  carriedForward: boolean;
  adoption: Adoption;
}

export interface AdoptedData {
  /** Every adoption, oldest first (re-adoptions included). */
  adoptions: Adoption[];
  /** What the adoption in force for each organ and period shows: the public table. */
  current: AdoptedStatus[];
  /** What every adoption showed, oldest first: the feed's material. */
  all: AdoptedStatus[];
}

/**
 * `givenBy`: fullmäktige's organ id — only its uppdrag are published. Each adoption's table is read
 * for the organ as of the adoption's position: the organ's own part of a joint uppdrag, as adopted.
 *
 * An adoption the period facts have not yet caught up with is left out until they have (the one before
 * it, if any, stays in force): read earlier, its table would lack reports made just before it. Throws
 * ReadModelBehindError when the adoptions do not come as far as the period facts within the wait. Once
 * caught up, an adoption's table never changes, so `cache` (kept by the caller) holds it for good,
 * keyed by the read model's version too, as a rebuilt version is read afresh.
 */
export async function adoptedStatuses(
  db: SqlReader,
  givenBy: string,
  cache: Map<string, AdoptedStatus[]> = new Map(),
): Promise<AdoptedData> {
  const live = await liveCheckpoint(db, periodsProjection.name);
  if (!live) return { adoptions: [], current: [], all: [] };
  await adoptionsCaughtUp(db, live.checkpoint);
  const adoptions = await adoptionsUpTo(db, live.checkpoint);
  const all: AdoptedStatus[] = [];
  for (const adoption of adoptions) {
    const key = `${live.version}:${adoption.eventId}`;
    let rows = cache.get(key);
    if (!rows) {
      const table = await periodTable(db, {
        period: adoption.period,
        organ: adoption.organId,
        givenBy,
        upToPosition: adoption.position,
      });
      // A row nothing was due for (a tertial uppdrag in a month's report) says nothing the report adopted.
      rows = table.rows.filter((r) => r.tableStatus !== 'ej_aktuell').map((row) => adoptedRow(row, adoption));
      cache.set(key, rows);
    }
    all.push(...rows);
  }
  // The last adoption of an organ's period is the one in force (rows from the cache are other objects).
  const inForce = new Map<string, string>();
  for (const a of adoptions) inForce.set(`${a.organId}|${a.period}`, a.eventId);
  const current = all.filter((s) => inForce.get(`${s.organId}|${s.period}`) === s.adoption.eventId);
  return { adoptions, current, all };
}

function adoptedRow(row: PeriodTableRow, adoption: Adoption): AdoptedStatus {
  return {
    uppdragId: row.uppdragId,
    text: row.text,
    planYear: row.planYear,
    organId: adoption.organId,
    period: adoption.period,
    status: row.status,
    tableStatus: row.tableStatus,
    kommentar: row.kommentar,
    reportPeriod: row.reportPeriod,
    carriedForward: row.carriedForward,
    adoption,
  };
}

/**
 * The adopted changes, newest first: an entry wherever an adoption shows an uppdrag (for an organ)
 * with another status or kommentar than the adoption before it did — its first adoption included.
 */
export function adoptedChanges(all: readonly AdoptedStatus[]): AdoptedStatus[] {
  const last = new Map<string, AdoptedStatus>();
  const changes: AdoptedStatus[] = [];
  const ordered = [...all].sort(
    (a, b) => a.adoption.position - b.adoption.position || a.period.localeCompare(b.period),
  );
  for (const s of ordered) {
    const key = `${s.uppdragId}|${s.organId}`;
    const before = last.get(key);
    if (!before || before.tableStatus !== s.tableStatus || before.kommentar !== s.kommentar) changes.push(s);
    last.set(key, s);
  }
  // Newest adoption first; within one adoption, the uppdrag in id order, so the feed reads the same every time.
  return changes.sort(
    (a, b) => b.adoption.position - a.adoption.position || a.uppdragId.localeCompare(b.uppdragId),
  );
}
