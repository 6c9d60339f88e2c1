/**
 * What changed in a period table since the period before, told the way the table and its counts tell it
 * (uppdrag.table-status): a row whose report for the period is missing prints "Ej rapporterad" and is
 * counted so, even though it carries an earlier period's status forward. So:
 *
 * - only a row that says something new this period (its report came in, or the uppdrag ended) can have
 *   changed; a carried-forward status is not news, and "ingen status har ändrats" is said only when
 *   reports did come in;
 * - a row that was not in the table before is new, not changed;
 * - the carried-forward statuses are counted apart ("senast rapporterat"), so the reader sees the green
 *   the table prints in small type under "Ej rapporterad" without it being counted as green.
 */
import { type Rapportering, type UppdragTableStatus } from './uppdrag.table-status';
import { type UppdragStatus } from './uppdrag.status';

export interface PeriodChangeRow {
  uppdragId: string;
  rapportering: Rapportering;
  tableStatus: UppdragTableStatus;
  /** This period's status, or the latest earlier one carried forward; null if never reported. */
  status: UppdragStatus | null;
}

/** The story of the period: how many rows said something new, which changed, which are new. */
export interface PeriodChanges<R extends PeriodChangeRow> {
  /** Rows whose report for the period is in, or whose uppdrag ended (Avslutad, Inte längre aktuellt). */
  news: number;
  /** Rows the period asked a report of that has not come in (late or not yet due). */
  missing: number;
  changed: { row: R; from: UppdragTableStatus }[];
  added: number;
  /** Of the missing rows, their last reported status carried forward, by status. */
  carried: Partial<Record<UppdragStatus, number>>;
}

const ENDED: readonly UppdragTableStatus[] = ['avslutad', 'aterkallad'];

function saysSomethingNew(row: PeriodChangeRow): boolean {
  return row.rapportering === 'rapporterad' || ENDED.includes(row.tableStatus);
}

/** What a row stood at: its own news, else its carried status, else where the plan left it. */
function standing(row: PeriodChangeRow): UppdragTableStatus {
  if (saysSomethingNew(row)) return row.tableStatus;
  return row.status ?? 'ej_paborjad';
}

export function periodChangesOf<R extends PeriodChangeRow>(
  before: readonly PeriodChangeRow[] | null,
  rows: readonly R[],
): PeriodChanges<R> {
  const was = new Map((before ?? []).map((r) => [r.uppdragId, r]));
  const changed: { row: R; from: UppdragTableStatus }[] = [];
  const carried: Partial<Record<UppdragStatus, number>> = {};
  let news = 0;
  let missing = 0;
  for (const row of rows) {
    if (saysSomethingNew(row)) {
      news += 1;
      const previous = was.get(row.uppdragId);
      if (previous && standing(previous) !== row.tableStatus) {
        changed.push({ row, from: standing(previous) });
      }
    } else if (row.rapportering === 'ej_rapporterad' || row.rapportering === 'ej_forfallen') {
      missing += 1;
      if (row.status) carried[row.status] = (carried[row.status] ?? 0) + 1;
    }
  }
  const added = rows.filter((row) => !was.has(row.uppdragId)).length;
  return { news, missing, changed, added, carried };
}
