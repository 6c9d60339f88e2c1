/**
 * The XLSX variant of the uppdrag sheet: the first worksheet, read with exceljs. Every cell becomes the
 * text a person sees in it: rich text joined, a formula's result, a date cell as `YYYY-MM-DD` (Excel
 * stores dates without a zone; the calendar day is what the sheet means).
 */
import ExcelJS from 'exceljs';
import { type SheetRow, SheetFormatError } from './csv';

export async function parseXlsx(bytes: Uint8Array): Promise<SheetRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch {
    throw new SheetFormatError(1, 'Filen går inte att läsa som en Excel-arbetsbok (XLSX).');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new SheetFormatError(1, 'Arbetsboken har inget kalkylblad.');
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value));
    rows.push({ row: rowNumber, cells });
  });
  return rows;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    return result === undefined || typeof result === 'object' ? cellText(result as never) : String(result);
  }
  if ('hyperlink' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return '';
}
