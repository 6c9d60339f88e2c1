/**
 * Word: one real table per group, status cells filled with their colour, ready to paste into the
 * delårsrapport. Column widths follow the printed report (status narrow, kommentar widest).
 */
import {
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { chartSummary, chartTable, type MaluppfyllelseChart } from '@sparbar/domain';
import { chartPng } from '../charts/chart-image';
import { cellsWithMarkUnder, type ReportDocument, type SummaryTable } from '../maluppfyllelse-summary';
import { COLUMNS, STATUS_FILL, type UppdragTableRow } from '../uppdrag-table';
import { cutoffFootnotes, lineWithCutoffNote, pageFooter } from './docx-footer';
import { footerText, subtitleText, uppdragTableFooter } from './footer';
import { normalizeZip } from './zip';

const WIDTHS = [1700, 4200, 6200, 2100];

const cell = (lines: string[], index: number, fill?: string, bold = false) =>
  new TableCell({
    width: { size: WIDTHS[index], type: WidthType.DXA },
    ...(fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill } } : {}),
    children: lines.map((line) => new Paragraph({ children: [new TextRun({ text: line, bold, size: 18 })] })),
  });

const TOTAL = WIDTHS.reduce((a, b) => a + b, 0);

function summaryTable(table: SummaryTable): Table {
  const widths = table.widths.map((w) => Math.round(w * TOTAL));
  const cellOf = (lines: string[], i: number, fill: string | null, bold = false) =>
    new TableCell({
      width: { size: widths[i], type: WidthType.DXA },
      ...(fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill } } : {}),
      children: lines.map(
        (line) => new Paragraph({ children: [new TextRun({ text: line, bold, size: 18 })] }),
      ),
    });
  return new Table({
    width: { size: TOTAL, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({
        tableHeader: true,
        children: table.columns.map((c, i) => cellOf([c], i, 'D9D9D9', true)),
      }),
      ...table.rows.map(
        (r) =>
          new TableRow({
            cantSplit: true,
            children: cellsWithMarkUnder(table, r).map((c, i) => cellOf(c.split('\n'), i, r.fills[i])),
          }),
      ),
    ],
  });
}

/** The chart as a picture (its text alternative says what it shows) and its numbers as a table below. */
function chartBlock(chart: MaluppfyllelseChart): (Paragraph | Table)[] {
  const image = chartPng(chart);
  const table = chartTable(chart);
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, children: [new TextRun(chart.title)] }),
    new Paragraph({
      children: [
        new ImageRun({
          type: 'png',
          data: image.png,
          transformation: { width: image.width, height: image.height },
          altText: { name: chart.title, title: chart.title, description: chartSummary(chart) },
        }),
      ],
    }),
    summaryTable({
      heading: chart.title,
      columns: table.columns,
      widths: [0.3, 0.14, 0.14, 0.14, 0.14, 0.14],
      rows: table.rows.map((cells) => ({ cells, fills: cells.map(() => null) })),
    }),
  ];
}

const row = (r: UppdragTableRow) =>
  new TableRow({
    cantSplit: true,
    children: [
      cell(
        r.andradEfterFaststallande ? [r.status, '', r.andradEfterFaststallande] : [r.status],
        0,
        r.colour ? STATUS_FILL[r.colour] : undefined,
      ),
      cell([r.text, '', r.riktasTill], 1),
      cell(r.kommentar.split('\n'), 2),
      cell([r.periodicitet, '', r.slutdatum], 3),
    ],
  });

/** A4 landscape less Word's default margins of 1440 twips: where the footer's page number goes. */
const TEXT_WIDTH = 16838 - 2 * 1440;

export async function uppdragTableDocx(report: ReportDocument): Promise<Buffer> {
  const footer = footerText(uppdragTableFooter(report));
  const children: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(report.title)] }),
    lineWithCutoffNote(subtitleText(uppdragTableFooter(report))),
    ...[report.version, ...report.faststallelse].map(
      (line, i) => new Paragraph({ children: [new TextRun({ text: line, bold: i === 0 })] }),
    ),
  ];
  for (const group of report.groups) {
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_2,
        keepNext: true,
        children: [new TextRun(group.heading)],
      }),
    );
    children.push(
      new Table({
        width: { size: WIDTHS.reduce((a, b) => a + b, 0), type: WidthType.DXA },
        columnWidths: WIDTHS,
        rows: [
          new TableRow({
            tableHeader: true,
            children: COLUMNS.map((c, i) => cell([c], i, 'D9D9D9', true)),
          }),
          ...group.rows.map(row),
        ],
      }),
    );
  }
  const summary = report.maluppfyllelse;
  if (summary) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(summary.title)] }));
    children.push(new Paragraph({ children: [new TextRun({ text: summary.sammanfattning })] }));
    for (const chart of summary.charts) children.push(...chartBlock(chart));
    for (const table of summary.tables) {
      children.push(
        new Paragraph({
          heading: HeadingLevel.HEADING_2,
          keepNext: true,
          children: [new TextRun(table.heading)],
        }),
      );
      children.push(summaryTable(table));
    }
  }
  const doc = new Document({
    creator: 'Spårbar',
    title: `${report.title} ${report.period}`,
    description: report.cutoffLine,
    footnotes: cutoffFootnotes(report.cutoffLine),
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        footers: pageFooter(footer, TEXT_WIDTH),
        children,
      },
    ],
  });
  return normalizeZip(await Packer.toBuffer(doc));
}
