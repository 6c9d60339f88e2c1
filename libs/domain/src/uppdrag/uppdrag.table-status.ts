/**
 * What an uppdrag's row in a period table reads, and so what is counted: one rule for the table, its
 * files (DOCX, XLSX, PDF, CSV, HTML), the counts beside it and the web, so that the count of
 * "Avslutad" is the number of rows that print "Avslutad".
 *
 * - A closed or withdrawn uppdrag reads Avslutad / Inte längre aktuellt: that is what the årsrapport
 *   prints, even where the last report said "Pågående enligt plan".
 * - A report for the period reads its status.
 * - A report not yet in, while the period's deadline (the årshjul's) is still ahead on the day the table
 *   is read, is not late: an uppdrag never reported reads "Ej påbörjad", as the plan prints every new
 *   uppdrag; one reported earlier reads "Ej rapporterad ännu". Once the deadline has passed, the
 *   missing report reads "Ej rapporterad", whatever was reported before: a missing report is what the
 *   auditors look for. On the deadline day itself the report is still on time (as in arshjul/due-reports).
 * - Nothing due in the period (a tertial uppdrag in a month that does not end its tertial): "Ingen
 *   rapport denna period", or "Ej påbörjad" for an uppdrag never reported.
 */
import { isoDateLabel } from '../period/period.labels';
import {
  type StatusPresentation,
  UPPDRAG_STATUS_PRESENTATION,
  UPPDRAG_STATUSES,
  type UppdragLifecycle,
  type UppdragStatus,
} from './uppdrag.status';

/**
 * Whether the period's report is in:
 * - `rapporterad`: a report for the period;
 * - `ej_forfallen`: due, not in, and its deadline not yet passed on the day read ("inte förfallen");
 * - `ej_rapporterad`: due, not in, and its deadline passed;
 * - `ej_aktuell`: nothing was due in the period.
 */
export const RAPPORTERINGAR = ['rapporterad', 'ej_forfallen', 'ej_rapporterad', 'ej_aktuell'] as const;
export type Rapportering = (typeof RAPPORTERINGAR)[number];

export const UPPDRAG_TABLE_STATUSES = [
  ...UPPDRAG_STATUSES,
  'avslutad',
  'aterkallad',
  'ej_forfallen',
  'ej_rapporterad',
  'ej_aktuell',
] as const;
export type UppdragTableStatus = (typeof UPPDRAG_TABLE_STATUSES)[number];

export const UPPDRAG_TABLE_STATUS_PRESENTATION: Record<UppdragTableStatus, StatusPresentation> = {
  ...UPPDRAG_STATUS_PRESENTATION,
  avslutad: { label: 'Avslutad', shortLabel: 'Avslutad', colour: null },
  aterkallad: { label: 'Inte längre aktuellt', shortLabel: 'Inte längre aktuellt', colour: null },
  ej_forfallen: { label: 'Ej rapporterad ännu', shortLabel: 'Ej rapporterad ännu', colour: null },
  ej_rapporterad: { label: 'Ej rapporterad', shortLabel: 'Ej rapporterad', colour: null },
  ej_aktuell: { label: 'Ingen rapport denna period', shortLabel: 'Ingen rapport', colour: null },
};

/**
 * `due`: the periodicitet asks for a report in the period and the uppdrag had not ended by its last day;
 * `deadline`: that report's last day (the årshjul's); `on`: the day the table is read, or null for
 * a table read without a day (every deadline counts as passed).
 */
export function rapporteringOf(fact: {
  reported: boolean;
  due: boolean;
  deadline: string | null;
  on: string | null;
}): Rapportering {
  if (fact.reported) return 'rapporterad';
  if (!fact.due) return 'ej_aktuell';
  const ahead = fact.deadline !== null && fact.on !== null && fact.on <= fact.deadline;
  return ahead ? 'ej_forfallen' : 'ej_rapporterad';
}

/** The row as the table prints it; `status` is the status shown (this period's, or carried forward). */
export function tableStatusOf(row: {
  lifecycle: UppdragLifecycle;
  rapportering: Rapportering;
  status: UppdragStatus | null;
}): UppdragTableStatus {
  if (row.lifecycle === 'avslutat') return 'avslutad';
  if (row.lifecycle === 'aterkallat') return 'aterkallad';
  if (row.rapportering === 'rapporterad') return row.status ?? 'ej_rapporterad';
  if (row.rapportering === 'ej_rapporterad') return 'ej_rapporterad';
  // Nothing late: an uppdrag never reported is where the plan left it.
  if (row.status === null) return 'ej_paborjad';
  return row.rapportering;
}

/**
 * Where an uppdrag stands now, outside any period (the uppdrag lists, Mina uppdrag): ended, else its
 * latest report's status, else Ej påbörjad until its first report, as the plan prints a new uppdrag.
 */
export function currentStatusOf(uppdrag: {
  lifecycle: UppdragLifecycle;
  latestStatus: UppdragStatus | null;
}): UppdragTableStatus {
  if (uppdrag.lifecycle === 'avslutat') return 'avslutad';
  if (uppdrag.lifecycle === 'aterkallat') return 'aterkallad';
  return uppdrag.latestStatus ?? 'ej_paborjad';
}

/** The status cell: "Ej rapporterad ännu – rapporteras senast 15 maj 2023" where the deadline says more. */
export function tableStatusText(status: UppdragTableStatus, deadline: string | null): string {
  const label = UPPDRAG_TABLE_STATUS_PRESENTATION[status].label;
  return status === 'ej_forfallen' && deadline !== null
    ? `${label} – rapporteras senast ${isoDateLabel(deadline)}`
    : label;
}

/** Every table status at 0, in the order above, plus `totalt`: what the counts beside a table start from. */
export function countTableStatuses(
  statuses: readonly UppdragTableStatus[],
): Record<UppdragTableStatus, number> & { totalt: number } {
  const counts = Object.fromEntries(UPPDRAG_TABLE_STATUSES.map((s) => [s, 0])) as Record<
    UppdragTableStatus,
    number
  >;
  for (const status of statuses) counts[status] += 1;
  return { ...counts, totalt: statuses.length };
}
