/**
 * Excel: a sheet with a row per uppdrag under one frozen, filterable header row, slutdatum as a real
 * date and counts as numbers, printed landscape fitted to the page width with the footer on every
 * page. The title and the cutoff in words are on a sheet of their own, so the table starts at A1.
 */
import { chartTable, parsePeriod, periodLabel } from '@sparbar/domain';
import ExcelJS from 'exceljs';
import { cellsWithMarkColumn, columnsWithMarks, type ReportDocument } from '../maluppfyllelse-summary';
import { CHANGED_HEADING, STATUS_FILL } from '../uppdrag-table';
import { footerText, uppdragTableFooter } from './footer';
import { FIXED_DATE, normalizeZip } from './zip';

const HEADINGS = [
  'Grupp',
  'Status',
  'Uppdrag',
  'Riktas till',
  'Kommentar',
  'Periodicitet',
  'Slutdatum',
  CHANGED_HEADING,
];
const DATE_FORMAT = 'yyyy-mm-dd';

/** A calendar date as Excel's date (midnight UTC, which exceljs writes as the day's serial number). */
const excelDate = (day: string): Date | string =>
  /^\d{4}-\d{2}-\d{2}$/.test(day) ? new Date(`${day}T00:00:00Z`) : day;

/** "12" as the number 12; anything else stays text. */
const excelValue = (cell: string): number | string => (/^-?\d+$/.test(cell) ? Number(cell) : cell);

/** Landscape A4 fitted to one page wide, with the footer and page numbers; '&' is Excel's escape. */
function printSetup(ws: ExcelJS.Worksheet, footer: string): void {
  ws.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
  };
  ws.headerFooter = { oddFooter: `&L&8${footer.replace(/&/g, '&&')}&R&8Sida &P av &N` };
}

export async function uppdragTableXlsx(report: ReportDocument): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Spårbar';
  wb.lastModifiedBy = 'Spårbar';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  wb.description = report.cutoffLine;
  const footer = footerText(uppdragTableFooter(report));
  // The tab says the period as a user does ("Tertial 1 2025"), not its key.
  const parsed = parsePeriod(report.period);
  const ws = wb.addWorksheet(parsed ? periodLabel(parsed) : report.period, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
  });
  ws.columns = [34, 24, 50, 40, 70, 24, 12, 40].map((width) => ({ width }));
  ws.getColumn(7).numFmt = DATE_FORMAT;
  ws.addRow(HEADINGS).font = { bold: true };
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: HEADINGS.length } };
  ws.pageSetup.printTitlesRow = '1:1';
  for (const group of report.groups)
    for (const r of group.rows) {
      const row = ws.addRow([
        group.heading,
        r.status,
        r.text,
        r.riktasTill,
        r.kommentar,
        r.periodicitet,
        excelDate(r.slutdatum),
        r.andradEfterFaststallande ?? '',
      ]);
      row.alignment = { wrapText: true, vertical: 'top' };
      if (r.colour)
        row.getCell(2).fill = {
          type: 'pattern',
          pattern: 'solid',
          fgColor: { argb: `FF${STATUS_FILL[r.colour]}` },
        };
    }
  printSetup(ws, footer);
  const summary = report.maluppfyllelse;
  if (summary) {
    const ms = wb.addWorksheet('Måluppfyllelse');
    ms.columns = [30, 60, 28, 60, 10, 10].map((width) => ({ width }));
    ms.addRow([summary.title]).font = { bold: true, size: 14 };
    ms.addRow([summary.sammanfattning]);
    // The charts' numbers, as the PDF and DOCX print them under each chart.
    for (const chart of summary.charts) {
      const table = chartTable(chart);
      ms.addRow([]);
      ms.addRow([chart.title]).font = { bold: true, size: 12 };
      ms.addRow(table.columns).font = { bold: true };
      for (const cells of table.rows) ms.addRow(cells.map(excelValue));
    }
    for (const table of summary.tables) {
      ms.addRow([]);
      ms.addRow([table.heading]).font = { bold: true, size: 12 };
      ms.addRow(columnsWithMarks(table)).font = { bold: true };
      for (const r of table.rows) {
        const row = ms.addRow(cellsWithMarkColumn(table, r).map(excelValue));
        row.alignment = { wrapText: true, vertical: 'top' };
        r.fills.forEach((fill, i) => {
          if (fill)
            row.getCell(i + 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${fill}` } };
        });
      }
    }
    printSetup(ms, footer);
  }
  const about = wb.addWorksheet('Om rapporten');
  about.columns = [{ width: 120 }];
  about.addRow([report.title]).font = { bold: true, size: 14 };
  about.addRow([footer]);
  about.addRow([report.cutoffLine]).font = { italic: true, size: 9 };
  about.addRow([report.version]).font = { bold: true };
  for (const line of report.faststallelse) about.addRow([line]);
  printSetup(about, footer);
  return normalizeZip(Buffer.from(await wb.xlsx.writeBuffer()));
}
