/** Excel: one sheet, a row per uppdrag with its group, status cells filled with their colour. */
import ExcelJS from 'exceljs';
import { STATUS_FILL, type UppdragTableReport } from '../uppdrag-table';
import { FIXED_DATE, normalizeZip } from './zip';

export async function uppdragTableXlsx(report: UppdragTableReport): Promise<Buffer> {
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
  return normalizeZip(Buffer.from(await wb.xlsx.writeBuffer()));
}
