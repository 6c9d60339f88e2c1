/** CSV for Excel in Swedish: semicolons, CRLF, a BOM so åäö survive, the cutoff on the first line. */
import { COLUMNS, type UppdragTableReport } from '../uppdrag-table';

const cell = (value: string) => (/[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

export function uppdragTableCsv(report: UppdragTableReport): Buffer {
  const lines = [
    [report.title, report.cutoffLine],
    ['Grupp', ...COLUMNS.slice(0, 2), 'Riktas till', 'Kommentar', 'Periodicitet', 'Slutdatum'],
  ];
  for (const group of report.groups)
    for (const r of group.rows)
      lines.push([group.heading, r.status, r.text, r.riktasTill, r.kommentar, r.periodicitet, r.slutdatum]);
  return Buffer.from(`\uFEFF${lines.map((l) => l.map(cell).join(';')).join('\r\n')}\r\n`, 'utf8');
}
