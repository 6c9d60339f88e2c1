/** Excel: one sheet, a row per uppdrag with its group, status cells filled with their colour. */
import ExcelJS from 'exceljs';
import { type ReportDocument } from '../maluppfyllelse-summary';
import { STATUS_FILL } from '../uppdrag-table';
import { FIXED_DATE, normalizeZip } from './zip';

export async function uppdragTableXlsx(report: ReportDocument): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Spårbar';
  wb.lastModifiedBy = 'Spårbar';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  wb.description = report.cutoffLine;
  const ws = wb.addWorksheet(report.period);
  ws.columns = [
    { width: 34 },
    { width: 24 },
    { width: 50 },
    { width: 40 },
    { width: 70 },
    { width: 24 },
    { width: 12 },
  ];
  ws.addRow([report.title]).font = { bold: true, size: 14 };
  ws.addRow([report.cutoffLine]).font = { italic: true, size: 9 };
  const header = ws.addRow([
    'Grupp',
    'Status',
    'Uppdrag',
    'Riktas till',
    'Kommentar',
    'Periodicitet',
    'Slutdatum',
  ]);
  header.font = { bold: true };
  for (const group of report.groups)
    for (const r of group.rows) {
      const row = ws.addRow([
        group.heading,
        r.status,
        r.text,
        r.riktasTill,
        r.kommentar,
        r.periodicitet,
        r.slutdatum,
      ]);
      row.alignment = { wrapText: true, vertical: 'top' };
      if (r.colour)
        row.getCell(2).fill = {
          type: 'pattern',
          pattern: 'solid',
          fgColor: { argb: `FF${STATUS_FILL[r.colour]}` },
        };
    }
  const summary = report.maluppfyllelse;
  if (summary) {
    const ms = wb.addWorksheet('Måluppfyllelse');
    ms.columns = [{ width: 30 }, { width: 60 }, { width: 28 }, { width: 60 }, { width: 10 }, { width: 10 }];
    ms.addRow([summary.title]).font = { bold: true, size: 14 };
    ms.addRow([report.cutoffLine]).font = { italic: true, size: 9 };
    ms.addRow([summary.sammanfattning]);
    for (const table of summary.tables) {
      ms.addRow([]);
      ms.addRow([table.heading]).font = { bold: true, size: 12 };
      ms.addRow(table.columns).font = { bold: true };
      for (const r of table.rows) {
        const row = ms.addRow(r.cells);
        row.alignment = { wrapText: true, vertical: 'top' };
        r.fills.forEach((fill, i) => {
          if (fill)
            row.getCell(i + 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${fill}` } };
        });
      }
    }
  }
  return normalizeZip(Buffer.from(await wb.xlsx.writeBuffer()));
}
