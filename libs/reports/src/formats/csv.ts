/** CSV for Excel in Swedish: semicolons, CRLF, a BOM so åäö survive, the cutoff on the first line. */
import { type ReportDocument } from '../maluppfyllelse-summary';
import { COLUMNS } from '../uppdrag-table';

const cell = (value: string) => (/[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

export function uppdragTableCsv(report: ReportDocument): Buffer {
  const lines = [
    [report.title, report.cutoffLine],
    ['Grupp', ...COLUMNS.slice(0, 2), 'Riktas till', 'Kommentar', 'Periodicitet', 'Slutdatum'],
  ];
  for (const group of report.groups)
    for (const r of group.rows)
      lines.push([group.heading, r.status, r.text, r.riktasTill, r.kommentar, r.periodicitet, r.slutdatum]);
  const summary = report.maluppfyllelse;
  if (summary) {
    lines.push([], [summary.title, summary.sammanfattning]);
    for (const table of summary.tables) {
      lines.push([], [table.heading], table.columns);
      for (const row of table.rows) lines.push(row.cells);
    }
  }
  return Buffer.from(`\uFEFF${lines.map((l) => l.map(cell).join(';')).join('\r\n')}\r\n`, 'utf8');
}
