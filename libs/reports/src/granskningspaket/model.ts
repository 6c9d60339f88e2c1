/**
 * The auditor's package for one organ and year, as plain data: the uppdrag directed to it with their
 * report history, the reminders and escalations sent and how long the report then took, the
 * uppsiktsärenden on it with the answers, its internkontrollplan with results and åtgärder, the people
 * named (as they were called at the cutoff), and the chain head it was made from. build.ts makes it
 * from the log; the renderers make JSON, DOCX and PDF of it.
 */
import { type ReportCutoff } from '../uppdrag-table';

export interface PaketRapport {
  period: string;
  event: 'reported' | 'corrected';
  status: string;
  statusText: string;
  kommentar: string | null;
  reason: string | null;
  /** Made after the organ adopted its report for the period: that adoption and why. */
  afterAdoption: { adoptedOn: string; paragraf: string; reason: string } | null;
  by: string;
  /** When it was reported in the organisation (business time). */
  occurredAt: string;
  recordedAt: string;
  position: number;
}

/** A reminder or escalation that went out (PaminnelseSent), on one channel to one person. */
export interface PaketPaminnelse {
  period: string;
  kind: 'paminnelse' | 'eskalering';
  channel: string;
  recipientPersonId: string;
  deadline: string;
  sentAt: string;
  position: number;
}

/**
 * Per period of the year that was reported on or reminded about: the deadline, when the first report
 * came, whether that was on time, and the time from the first reminder to it.
 */
export interface PaketSvarstid {
  period: string;
  deadline: string;
  /** The business date of the first report on the period, or null if none by the cutoff. */
  reportedOn: string | null;
  onTime: boolean | null;
  paminnelser: number;
  eskaleringar: number;
  firstReminderOn: string | null;
  /** Whole days from the first reminder to the first report; null without either. */
  daysFromReminderToReport: number | null;
}

export interface PaketUppdrag {
  uppdragId: string;
  text: string;
  givetAv: string;
  planYear: number;
  slutdatum: string;
  ended: string | null;
  rapporter: PaketRapport[];
  paminnelser: PaketPaminnelse[];
  svarstider: PaketSvarstid[];
}

export interface PaketArende {
  arendeId: string;
  kind: string;
  item: { kind: string; id: string } | null;
  text: string;
  recordedOn: string;
  dueDate: string;
  svar: { text: string; answeredOn: string; by: string; late: boolean }[];
  closed: { conclusion: string; closedOn: string } | null;
  paminnelser: PaketPaminnelse[];
  /** Whole days from recording to the first answer; null while unanswered. */
  daysToFirstAnswer: number | null;
}

export interface PaketResultat {
  period: string;
  resultat: string;
  beskrivning: string | null;
  recordedOn: string;
}

export interface PaketAtgard {
  atgardId: string;
  period: string;
  text: string;
  ansvarigPersonId: string;
  dueDate: string;
  status: string;
  statusHistory: { from: string; to: string; kommentar: string | null; recordedAt: string }[];
  paminnelser: PaketPaminnelse[];
}

export interface PaketKontrollmoment {
  kontrollmomentId: string;
  vad: string;
  hur: string;
  vem: string;
  frekvens: string;
  resultat: PaketResultat[];
  atgarder: PaketAtgard[];
  paminnelser: PaketPaminnelse[];
}

export interface PaketRisk {
  riskId: string;
  text: string;
  sannolikhet: number;
  konsekvens: number;
  riskvarde: number;
  kontrollmoment: PaketKontrollmoment[];
}

export interface PaketPlan {
  adoptedOn: string | null;
  paragraf: string | null;
  /** Changes made after adoption, each with its reason. */
  changesAfterAdoption: { event: string; reason: string | null; recordedAt: string }[];
  risker: PaketRisk[];
}

/** The organ's adoption of its report for a period, and regionstyrelsen's and fullmäktige's handling. */
export interface PaketFaststallelse {
  period: string;
  meetingDate: string;
  paragraf: string;
  diarienummer: string | null;
  recordedBy: string;
  recordedAt: string;
  position: number;
  /** Earlier adoptions of the period a later meeting replaced, oldest first. */
  previous: { meetingDate: string; paragraf: string }[];
  handlings: { by: string; kind: string; date: string; paragraf: string }[];
}

/** A report on an uppdrag made after its period was adopted, with the reason the lock asked for. */
export interface PaketAndringEfterFaststallande {
  uppdragId: string;
  period: string;
  event: 'reported' | 'corrected';
  statusText: string;
  adoptedOn: string;
  paragraf: string;
  reason: string;
  by: string;
  recordedAt: string;
  position: number;
}

export interface Granskningspaket {
  organId: string;
  /** The organ's name as of the cutoff. */
  organNamn: string;
  year: number;
  cutoff: ReportCutoff;
  uppdrag: PaketUppdrag[];
  uppsiktsarenden: PaketArende[];
  internkontrollplan: PaketPlan | null;
  /** The organ's adoptions of its reports for the year's periods. */
  faststallelser: PaketFaststallelse[];
  /** The reports changed after their period was adopted, in log order, each with its reason. */
  andringarEfterFaststallande: PaketAndringEfterFaststallande[];
  /** Every person id the package names, with the name they had at the cutoff. */
  personer: Record<string, string>;
  /** Every organ id the package names (who gave the uppdrag), with its name at the cutoff. */
  organer: Record<string, string>;
}

/** The items of the package by id: what reminders are filed under and what names people. */
export interface PaketItems {
  uppdrag: ReadonlyMap<string, PaketUppdrag>;
  arenden: ReadonlyMap<string, PaketArende>;
  moments: ReadonlyMap<string, PaketKontrollmoment>;
  atgarder: ReadonlyMap<string, PaketAtgard>;
}

/**
 * A person as the package's documents name them: their name at the cutoff. One the log never named
 * reads "okänd person" there; the JSON keeps their id (`personer` maps it to itself) for tracing.
 */
export function personName(paket: Granskningspaket, personId: string): string {
  const namn = paket.personer[personId];
  return namn && namn !== personId ? namn : 'okänd person';
}

/** An organ as the package's documents name it: its name at the cutoff ("okänt organ" if none). */
export function organName(paket: Granskningspaket, organId: string): string {
  const namn = paket.organer[organId];
  return namn && namn !== organId ? namn : 'okänt organ';
}

/** The machine-readable package: the same bytes for the same package (keys in a fixed order). */
export function granskningspaketJson(paket: Granskningspaket): Buffer {
  return Buffer.from(`${JSON.stringify(paket, null, 2)}\n`, 'utf8');
}
