/** The API's answers as the pages read them (only the fields they use). */
export interface Report {
  period: string;
  status: string;
  statusLabel?: string;
  kommentar: string;
  reportedBy: string;
  reportedAt: string;
  correctedBy?: string | null;
  correctedAt?: string | null;
}

export interface UppdragItem {
  uppdragId: string;
  text: string;
  riktasTill: string[];
  samordnare: string | null;
  periodicitet: string;
  slutdatum: string;
  ansvarigPersonId: string;
  givenBy: string;
  planYear: number;
  status: string;
  /** Where it stands now: avslutad, aterkallad, the latest status, or ej_paborjad until the first report. */
  currentStatus: string;
  latestReport: Report | null;
  reportsCount: number;
}

/** One recipient's own part of an uppdrag directed to several organs. */
export interface UppdragPart {
  organId: string;
  samordnare: boolean;
  closed: boolean;
  closedOn: string | null;
  closingComment: string | null;
  reports: Report[];
}

export interface UppdragView {
  uppdragId: string;
  text: string;
  beskrivning: string | null;
  riktasTill: string[];
  samordnare: string | null;
  periodicitet: string;
  slutdatum: string;
  ansvarigPersonId: string;
  origin: { givenBy: string; kind: string; planYear: number };
  registeredOn: string;
  lifecycle: string;
  endedOn: string | null;
  endComment: string | null;
  /** The joint report: the samordnare's, or the uppdrag's only one when it has one recipient. */
  reports: Report[];
  /** Each recipient's part, in riktasTill order; empty when the uppdrag has one recipient. */
  parts: UppdragPart[];
  /** "1 av 2 nämnder klara"; null when the uppdrag has one recipient. */
  partsSummary: { total: number; closed: number; text: string } | null;
  revision: number;
}

export interface MissingReport {
  period: string;
  deadline: string;
  daysLate: number;
}

export interface AgingItem {
  uppdragId: string;
  text: string;
  ansvarigPersonId: string;
  periodicitet: string;
  slutdatum: string;
  overdue: boolean;
  missingReports: MissingReport[];
}

export interface Aging {
  on: string;
  open: AgingItem[];
}

export interface Indikator {
  indikatorId: string;
  namn: string;
  enhet: string | null;
  malvarde: number | null;
  utfall: number | null;
  bedomning: string;
}

export interface DelmalSummary {
  delmalId: string;
  regionmal: { id: string; namn: string };
  text: string;
  bedomning: string;
  prognos: string | null;
  kommentar: string | null;
  indikatorer: Indikator[];
}

export interface Maluppfyllelse {
  organ: string;
  period: string;
  delmal: DelmalSummary[];
  counts: {
    delmal: Record<string, number>;
    indikatorer: Record<string, number>;
    uppdrag: Record<string, number>;
  };
  sammanfattning: string;
}

export interface PeriodRow {
  uppdragId: string;
  text: string;
  riktasTill: string[];
  ansvarigPersonId: string;
  periodicitet: string;
  lifecycle: string;
  rapportering: string;
  /** What the row prints and is counted as (avslutad, a reported status, ej_paborjad, ej_forfallen …). */
  tableStatus: string;
  deadline: string | null;
  status: string | null;
  kommentar: string | null;
  reportPeriod: string | null;
  carriedForward: boolean;
  corrected: boolean;
  reportedBy: string | null;
  reportedAt: string | null;
  endComment?: string | null;
  /** In an organ's table: the organ whose own part of a joint uppdrag the row shows; else null. */
  part?: string | null;
  /** In the joint view (the samordnare's table): each recipient's part for the period. */
  parts?: (PeriodRow & { organId: string })[] | null;
  /** "3 av 4 nämnder klara" (parts closed); `reported`: parts with a report for the period or closed. */
  partsSummary?: { total: number; reported: number; closed: number; text: string } | null;
}

export interface PeriodTable {
  period: string;
  organ: string | null;
  asOf: string | null;
  recordedAt: string | null;
  rows: PeriodRow[];
}
