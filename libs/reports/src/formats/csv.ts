/**
 * CSV for Excel in Swedish: semicolons, CRLF, a BOM so åäö survive. The column headings are the first
 * line, so the file opens as a table; what it was made from follows the rows, after an empty line.
 */
import { chartTable } from '@sparbar/domain';
import { cellsWithMarkColumn, columnsWithMarks, type ReportDocument } from '../maluppfyllelse-summary';
import { CHANGED_HEADING, COLUMNS } from '../uppdrag-table';
import { footerText, uppdragTableFooter } from './footer';

const cell = (value: string) => (/[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

export function uppdragTableCsv(report: ReportDocument): Buffer {
  const lines = [
    [
      'Grupp',
      ...COLUMNS.slice(0, 2),
      'Riktas till',
      'Kommentar',
      'Periodicitet',
      'Slutdatum',
      CHANGED_HEADING,
    ],
  ];
  for (const group of report.groups)
    for (const r of group.rows)
      lines.push([
        group.heading,
        r.status,
        r.text,
        r.riktasTill,
        r.kommentar,
        r.periodicitet,
        r.slutdatum,
        r.andradEfterFaststallande ?? '',
      ]);
  const summary = report.maluppfyllelse;
  if (summary) {
    lines.push([], [summary.title, summary.sammanfattning]);
    // The charts' numbers, as the PDF and DOCX print them under each chart.
    for (const chart of summary.charts) {
      const table = chartTable(chart);
      lines.push([], [chart.title], table.columns, ...table.rows);
    }
    for (const table of summary.tables) {
      lines.push([], [table.heading], columnsWithMarks(table));
      for (const row of table.rows) lines.push(cellsWithMarkColumn(table, row));
    }
  }
  lines.push([], [report.version], ...report.faststallelse.map((l) => [l]));
  lines.push([footerText(uppdragTableFooter(report))], [report.cutoffLine]);
  return Buffer.from(`\uFEFF${lines.map((l) => l.map(cell).join(';')).join('\r\n')}\r\n`, 'utf8');
}
