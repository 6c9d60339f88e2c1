/**
 * The table "Uppföljning av fullmäktiges uppdrag" as the delårsrapport prints it (seed 002): per giver
 * and recipient a group ("Uppdrag från fullmäktige till nämnd", "… till beredning för
 * kompetensförsörjning"), and per uppdrag Status (with its colour) | Uppdrag (text, then "Riktas till …")
 * | Kommentar | Periodicitet och slutdatum. Pure: built from `periodTable` rows and the organs' names.
 */
import {
  formatPeriod,
  isFullmaktige,
  type OrganTyp,
  parsePeriod,
  PERIODICITET_LABELS,
  periodLabel,
  type Periodicitet,
  type StatusColour,
  tableStatusText,
  UPPDRAG_TABLE_STATUS_PRESENTATION,
} from '@sparbar/domain';
import { type PeriodTable, type PeriodTableRow } from '@sparbar/projections';

export interface ReportOrgan {
  organId: string;
  namn: string;
  /** The register's short name (HSN, RS), for a chart's axis; the full name everywhere else. */
  kortnamn?: string;
  typ: OrganTyp;
}

/** What a report was made from: everything in the log up to `position`, whose chain hash is `hash`. */
export interface ReportCutoff {
  position: number;
  hash: string;
  /** The business date the event at `position` was recorded (YYYY-MM-DD), printed in the footers. */
  date?: string;
  /**
   * The last head the worker witnessed outside the database before `position` (libs/audit's witness):
   * a reader can hold the document against a witness file or mail. Before the cutoff, not the newest,
   * so the same cutoff names the same witness however many come later.
   */
  witness?: { position: number; hash: string; recordedAt: string };
}

/** The cutoff as a reader says it, for a footnote or an appendix rather than the first line. */
export function cutoffInWords(cutoff: ReportCutoff): string {
  const when = cutoff.date ? `, registrerad ${cutoff.date}` : '';
  const base = `Underlaget är händelseloggen till och med händelse nr ${cutoff.position}${when} (kontrollsumma ${cutoff.hash}).`;
  const w = cutoff.witness;
  if (!w) return base;
  const at = `${w.recordedAt.slice(0, 16).replace('T', ' ')} UTC`;
  return `${base} Senast bevittnade huvud före det: händelse nr ${w.position}, bevittnat ${at} (kontrollsumma ${w.hash}).`;
}

export interface UppdragTableRow {
  uppdragId: string;
  /** "ändrad efter fastställande (skäl: …)" when the report shown was changed after adoption; else null. */
  andradEfterFaststallande: string | null;
  status: string;
  colour: StatusColour | null;
  text: string;
  riktasTill: string;
  kommentar: string;
  periodicitet: string;
  slutdatum: string;
}

export interface UppdragTableGroup {
  heading: string;
  rows: UppdragTableRow[];
}

export interface UppdragTableReport {
  title: string;
  period: string;
  periodLabel: string;
  cutoff: ReportCutoff;
  /** The organ the report is for or the giver it is filtered by, by name; null for every organ. */
  organNamn: string | null;
  /** The cutoff in words (cutoffInWords), printed as a footnote or an appendix. */
  cutoffLine: string;
  /** Which report this is: "Som fastställd 2023-05-24 § 45 …" or "Läget nu, underlag till och med …". */
  version: string;
  /** "Som fastställd 2023-05-24 § 45" for a report made at its organ's adoption; null for "as now". */
  asAdopted: string | null;
  /** Per organ "Fastställd av … § 45", then regionstyrelsen's and fullmäktige's handling of it. */
  faststallelse: string[];
  groups: UppdragTableGroup[];
}

/**
 * What the adoptions known at the cutoff add to a report: the lines under its title, the marks on
 * changed rows (by uppdrag id) and, for a report made at an adoption, which one.
 */
export interface ReportAdoptions {
  lines: string[];
  marks: ReadonlyMap<string, string>;
  /** "Som fastställd 2023-05-24 § 45" for a report made "as adopted"; null for "as now". */
  asAdopted: string | null;
}

export const NO_ADOPTIONS: ReportAdoptions = { lines: [], marks: new Map(), asAdopted: null };

/** "till och med 2023-05-12", or the event's number when the cutoff's date is not known. */
export const cutoffDateText = (cutoff: ReportCutoff) =>
  cutoff.date ? `till och med ${cutoff.date}` : `till och med händelse nr ${cutoff.position}`;

/** "Som fastställd 2023-05-24 § 45, underlag till och med 2023-05-25" or "Läget nu, underlag …". */
export function versionText(cutoff: ReportCutoff, asAdopted: string | null): string {
  return `${asAdopted ?? 'Läget nu'}, underlag ${cutoffDateText(cutoff)}`;
}

const MEMBERS_OF_ALLA_NAMNDER: ReadonlySet<ReportOrgan['typ']> = new Set([
  'regionstyrelse',
  'kommunstyrelse',
  'namnd',
  'styrelse',
]);

const lower = (namn: string) => namn.charAt(0).toLowerCase() + namn.slice(1);

function joinSwedish(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} samt ${names[names.length - 1]}`;
}

/**
 * "Riktas till hälso- och sjukvårdsnämnden samt regionstyrelsen", or the "alla nämnder" sentence. The
 * seed prints that sentence once as "Uppdraget riktas till …" and once as "Riktas till …"; one wording here.
 */
export function riktasTillText(
  row: Pick<PeriodTableRow, 'riktasTill' | 'samordnare'>,
  organs: ReportOrgan[],
): string {
  const byId = new Map(organs.map((o) => [o.organId, o]));
  const name = (id: string) => lower(byId.get(id)?.namn ?? id);
  const allaNamnder = organs.filter((o) => MEMBERS_OF_ALLA_NAMNDER.has(o.typ)).map((o) => o.organId);
  const coversAll = allaNamnder.length > 1 && allaNamnder.every((id) => row.riktasTill.includes(id));
  if (coversAll && row.samordnare)
    return `Riktas till alla nämnder med särskilt uppdrag till ${name(row.samordnare)} att samordna`;
  if (coversAll) return 'Riktas till alla nämnder';
  return `Riktas till ${joinSwedish(row.riktasTill.map(name))}`;
}

/** "Uppdrag från fullmäktige till nämnd" or "… till beredning för kompetensförsörjning". */
function groupHeading(row: PeriodTableRow, byId: Map<string, ReportOrgan>): string {
  const typ = byId.get(row.givenBy)?.typ;
  const giver = typ && isFullmaktige(typ) ? 'fullmäktige' : 'nämnd';
  const beredningar = row.riktasTill.filter((id) => byId.get(id)?.typ === 'beredning');
  const to =
    beredningar.length === row.riktasTill.length && beredningar.length === 1
      ? lower(byId.get(beredningar[0])!.namn).replace(/beredningen\b/, 'beredning')
      : 'nämnd';
  return `Uppdrag från ${giver} till ${to}`;
}

/**
 * The row's `tableStatus` (libs/domain's rule), so the counts beside the table count what it prints. A
 * joint uppdrag whose recipients report their own parts says, in the samordnare's and fullmäktige's
 * table, how far the parts have come ("0 av 3 nämnder klara"); one reported jointly only says nothing
 * more, as before parts existed.
 */
function statusOf(row: PeriodTableRow): { status: string; colour: StatusColour | null } {
  const summary = row.partsSummary;
  const parts = summary?.ownParts ? ` (${summary.text})` : '';
  return {
    status: tableStatusText(row.tableStatus, row.deadline) + parts,
    colour: UPPDRAG_TABLE_STATUS_PRESENTATION[row.tableStatus].colour,
  };
}

export function buildUppdragTable(
  table: PeriodTable,
  organs: ReportOrgan[],
  cutoff: ReportCutoff,
  scope: { organ?: string; givenBy?: string } = {},
  adoptions: ReportAdoptions = NO_ADOPTIONS,
): UppdragTableReport {
  const byId = new Map(organs.map((o) => [o.organId, o]));
  const groups = new Map<string, UppdragTableRow[]>();
  for (const row of table.rows) {
    const heading = groupHeading(row, byId);
    const kommentar =
      row.lifecycle !== 'aktivt'
        ? (row.endComment ?? '')
        : row.rapportering === 'rapporterad'
          ? (row.kommentar ?? '')
          : '';
    const rows = groups.get(heading) ?? [];
    rows.push({
      uppdragId: row.uppdragId,
      andradEfterFaststallande: adoptions.marks.get(row.uppdragId) ?? null,
      ...statusOf(row),
      text: row.text,
      riktasTill: riktasTillText(row, organs),
      kommentar,
      periodicitet: PERIODICITET_LABELS[row.periodicitet as Periodicitet] ?? row.periodicitet,
      slutdatum: row.slutdatum,
    });
    groups.set(heading, rows);
  }
  // "till nämnd" first, as in the report; then the beredningar in the order the plan lists their uppdrag
  // (the period table's rows are in the plan's order, and a Map keeps the order of first appearance).
  const ordered = [...groups.entries()].sort(
    ([a], [b]) => Number(!a.endsWith('till nämnd')) - Number(!b.endsWith('till nämnd')),
  );
  // A month or a tertial, or a whole year ('2023') for the årsredovisning.
  const period = parsePeriod(table.period);
  const key = period ? formatPeriod(period) : table.period;
  const label = period ? periodLabel(period) : `helåret ${table.period}`;
  return {
    title: 'Uppföljning av fullmäktiges uppdrag',
    period: key,
    periodLabel: label,
    cutoff,
    organNamn: nameOf(scope.organ ?? scope.givenBy, byId),
    cutoffLine: cutoffInWords(cutoff),
    version: versionText(cutoff, adoptions.asAdopted),
    asAdopted: adoptions.asAdopted,
    faststallelse: adoptions.lines,
    groups: ordered.map(([heading, rows]) => ({ heading, rows })),
  };
}

const nameOf = (id: string | undefined, byId: Map<string, ReportOrgan>) =>
  id === undefined ? null : (byId.get(id)?.namn ?? id);

export const STATUS_FILL: Record<StatusColour, string> = { green: '92D050', yellow: 'FFD966', red: 'FF5B5B' };
/** The column (XLSX, CSV) that marks a row changed after its period's adoption, with the reason. */
export const CHANGED_HEADING = 'Ändrad efter fastställande';
export const COLUMNS = ['Status', 'Uppdrag', 'Kommentar', 'Periodicitet och slutdatum'] as const;
