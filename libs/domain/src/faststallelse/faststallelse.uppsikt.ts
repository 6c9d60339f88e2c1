/**
 * Where an organ's report for a period stands, as regionstyrelsen's uppsikt shows it: adopted (when and
 * at which §) once the nämnd has adopted it, whatever is missing then — the adopted report is what it
 * answers for; otherwise missing while any report due is past its deadline, not yet due while some
 * deadline is ahead, else reported.
 */
export const PERIOD_REPORT_STATES = ['faststalld', 'saknas', 'ej_forfallen', 'rapporterad'] as const;
export type PeriodReportState = (typeof PERIOD_REPORT_STATES)[number];

export const PERIOD_REPORT_STATE_LABELS: Record<PeriodReportState, string> = {
  faststalld: 'Fastställd',
  saknas: 'Saknas',
  ej_forfallen: 'Ej rapporterad ännu',
  rapporterad: 'Rapporterad',
};

export function periodReportStateOf(
  reports: { missing: number; notYetDue: number },
  adopted: boolean,
): PeriodReportState {
  if (adopted) return 'faststalld';
  if (reports.missing > 0) return 'saknas';
  if (reports.notYetDue > 0) return 'ej_forfallen';
  return 'rapporterad';
}
