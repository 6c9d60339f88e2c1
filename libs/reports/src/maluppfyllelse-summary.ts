/**
 * The måluppfyllelse summary beside the uppdrag table: per regionmål the organ's delmål with their
 * bedömning (and each indikator's), the counts of delmål and indikatorer helt / delvis / inte / saknas,
 * the organ's uppdrag per status as its period table prints them (Avslutad apart), and the colour
 * legend with the indicator rule; above them the chart of indikatorer and delmål uppfyllda. Pure: from `maluppfyllelse` read at the same cutoff, shaped as plain
 * tables that every format prints the same way.
 */
import {
  type Bedomning,
  BEDOMNINGAR,
  DELMAL_BEDOMNING_PRESENTATION,
  INDIKATOR_BEDOMNING_PRESENTATION,
  type MaluppfyllelseChart,
  periodChart,
  trendChart,
  UPPDRAG_TABLE_STATUS_PRESENTATION,
  UPPDRAG_TABLE_STATUSES,
} from '@sparbar/domain';
import { type Maluppfyllelse } from '@sparbar/projections';
import { CHANGED_HEADING, STATUS_FILL, type UppdragTableReport } from './uppdrag-table';

export interface SummaryTable {
  heading: string;
  columns: string[];
  /** Column widths as parts of the whole, for the formats that lay out pages. */
  widths: number[];
  rows: SummaryRow[];
  /**
   * For a table whose rows can be changed after adoption (the delmål): the cell the row's mark is
   * printed under in DOCX, PDF and HTML, as the uppdrag rows print theirs under the status; XLSX and CSV
   * print it in a last column "Ändrad efter fastställande".
   */
  markUnder?: number;
}

export interface SummaryRow {
  cells: string[];
  fills: (string | null)[];
  /** "ändrad efter fastställande (skäl: …)" when what the row shows was changed after adoption. */
  mark?: string | null;
}

/** The columns as XLSX and CSV print them: with the mark column last where the table has marks. */
export function columnsWithMarks(table: SummaryTable): string[] {
  return table.markUnder === undefined ? table.columns : [...table.columns, CHANGED_HEADING];
}

/** A row's cells as XLSX and CSV print them: the mark (or nothing) in the last column. */
export function cellsWithMarkColumn(table: SummaryTable, row: SummaryRow): string[] {
  return table.markUnder === undefined ? row.cells : [...row.cells, row.mark ?? ''];
}

/** A row's cells as DOCX and PDF print them: the mark under its cell after an empty line. */
export function cellsWithMarkUnder(table: SummaryTable, row: SummaryRow): string[] {
  const under = table.markUnder;
  if (under === undefined || !row.mark) return row.cells;
  return row.cells.map((c, i) => (i === under ? `${c}\n\n${row.mark}` : c));
}

/** The uppdrag table, and for one organ its måluppfyllelse as the second section. */
export type ReportDocument = UppdragTableReport & { maluppfyllelse?: MaluppfyllelseSection };

const COLOUR_NAMES: Record<Bedomning, string> = { helt: 'Grön', delvis: 'Gul', inte: 'Röd', saknas: 'Ingen' };

export interface MaluppfyllelseSection {
  title: string;
  sammanfattning: string;
  /** Drawn above the tables, as Översikt draws them (libs/domain's chart definition). */
  charts: MaluppfyllelseChart[];
  tables: SummaryTable[];
}

const COUNT_LABELS: Record<Bedomning, string> = {
  helt: 'Helt',
  delvis: 'Delvis',
  inte: 'Inte',
  saknas: 'Saknas',
};

/** Seed 002, "Bedömning av indikator": the rule the indikatorer are judged by. */
const INDICATOR_RULE: Record<Bedomning, string> = {
  helt: 'Utfallet når 100 % av målvärdet',
  delvis: 'Utfallet når 80–99 % av målvärdet',
  inte: 'Utfallet når under 80 % av målvärdet',
  saknas: 'Utfall eller målvärde saknas',
};

const fillOf = (b: Bedomning, of: typeof DELMAL_BEDOMNING_PRESENTATION) => {
  const colour = of[b].colour;
  return colour ? STATUS_FILL[colour] : null;
};

/**
 * `year`: the organ's måluppfyllelse in the year's periods up to this one (`trendPeriods`), read at the
 * same cutoff; with more than one, the trend charts of delmål and indikatorer follow the period's chart.
 * `marks`: per delmål id, its "ändrad efter fastställande (skäl: …)" when the bedömning or an
 * indikator's utfall it shows was changed after the period's adoption.
 */
export function buildMaluppfyllelseSection(
  m: Maluppfyllelse,
  organNamn: string,
  year: Maluppfyllelse[] = [],
  marks: ReadonlyMap<string, string> = new Map(),
): MaluppfyllelseSection {
  const trend = year.map((y) => ({ period: y.period, counts: y.counts }));
  const charts = [
    periodChart(m.counts),
    ...(trend.length > 1 ? [trendChart('delmal', trend), trendChart('indikatorer', trend)] : []),
  ];
  const delmal: SummaryTable = {
    heading: 'Delmål per regionmål',
    columns: ['Regionmål', 'Delmål', 'Bedömning', 'Indikatorer'],
    widths: [0.18, 0.37, 0.15, 0.3],
    markUnder: 2,
    rows: m.delmal.map((d) => ({
      mark: marks.get(d.delmalId) ?? null,
      cells: [
        d.regionmal.namn,
        d.text,
        DELMAL_BEDOMNING_PRESENTATION[d.bedomning].label,
        d.indikatorer
          .map((i) => `${i.namn}: ${INDIKATOR_BEDOMNING_PRESENTATION[i.bedomning].label.toLowerCase()}`)
          .join('\n'),
      ],
      fills: [null, null, fillOf(d.bedomning, DELMAL_BEDOMNING_PRESENTATION), null],
    })),
  };
  const counts: SummaryTable = {
    heading: 'Antal',
    columns: ['', ...BEDOMNINGAR.map((b) => COUNT_LABELS[b]), 'Totalt'],
    widths: [0.3, 0.14, 0.14, 0.14, 0.14, 0.14],
    rows: (['delmal', 'indikatorer'] as const).map((kind) => ({
      cells: [
        kind === 'delmal' ? 'Delmål' : 'Indikatorer',
        ...BEDOMNINGAR.map((b) => String(m.counts[kind][b])),
        String(m.counts[kind].totalt),
      ],
      fills: [null, ...BEDOMNINGAR.map((b) => fillOf(b, INDIKATOR_BEDOMNING_PRESENTATION)), null],
    })),
  };
  // Every status a row of the table can print, in the table's order; those no row prints are left out.
  const printed = UPPDRAG_TABLE_STATUSES.filter((s) => m.counts.uppdrag[s] > 0);
  const uppdrag: SummaryTable = {
    heading: 'Uppdrag per status',
    columns: ['Status', 'Antal'],
    widths: [0.7, 0.3],
    rows: [
      ...printed.map((s) => {
        const colour = UPPDRAG_TABLE_STATUS_PRESENTATION[s].colour;
        return {
          cells: [UPPDRAG_TABLE_STATUS_PRESENTATION[s].label, String(m.counts.uppdrag[s])],
          fills: [colour ? STATUS_FILL[colour] : null, null],
        };
      }),
      { cells: ['Totalt', String(m.counts.uppdrag.totalt)], fills: [null, null] },
    ],
  };
  const legend: SummaryTable = {
    heading: 'Färgförklaring',
    columns: ['Färg', 'Delmål', 'Indikator', 'Regel för indikator'],
    widths: [0.1, 0.25, 0.25, 0.4],
    rows: BEDOMNINGAR.map((b) => ({
      cells: [
        COLOUR_NAMES[b],
        DELMAL_BEDOMNING_PRESENTATION[b].label,
        INDIKATOR_BEDOMNING_PRESENTATION[b].label,
        INDICATOR_RULE[b],
      ],
      fills: [fillOf(b, INDIKATOR_BEDOMNING_PRESENTATION), null, null, null],
    })),
  };
  return {
    title: `Måluppfyllelse ${organNamn.charAt(0).toLowerCase()}${organNamn.slice(1)}`,
    sammanfattning: m.sammanfattning,
    charts,
    tables: [delmal, counts, uppdrag, legend],
  };
}
