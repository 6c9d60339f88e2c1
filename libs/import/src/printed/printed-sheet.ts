/**
 * A pasted uppdrag table (`text/plain`): either the text copied out of a printed plan or delårsrapport
 * (printed-table.ts), or a range copied from Excel — tab-separated, with the sheet's headings in the
 * first line (sheet/uppdrag-sheet.ts). A first line with a tab tells the two apart.
 */
import { type OrganRegister } from '../resolve/organ-register';
import { parseCsv } from '../sheet/csv';
import { uppdragSheetCommands } from '../sheet/uppdrag-sheet';
import { type Column, type TableParameters } from '../uppdrag/uppdrag-columns';
import { type PlannedTable } from '../uppdrag/row-types';
import { planUppdragRecords } from '../uppdrag/uppdrag-rows';
import { parsePrintedTable } from './printed-table';

const PRINTED_COLUMNS: ReadonlySet<Column> = new Set<Column>([
  'status',
  'text',
  'riktasTill',
  'kommentar',
  'periodicitetOchSlutdatum',
]);

export function pastedTableCommands(
  bytes: Uint8Array,
  actor: string,
  options: { register: OrganRegister; parameters?: TableParameters },
): PlannedTable {
  const text = new TextDecoder('utf-8').decode(bytes);
  const firstLine = text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  if (firstLine.includes('\t')) return uppdragSheetCommands(parseCsv(bytes, '\t'), actor, options);
  return printedTableCommands(text, actor, options);
}

export function printedTableCommands(
  text: string,
  actor: string,
  options: { register: OrganRegister; parameters?: TableParameters },
): PlannedTable {
  const printed = parsePrintedTable(text);
  const records = printed.rows.map((row) => ({
    row: row.row,
    section: row.section,
    cells: {
      status: row.status,
      text: row.text,
      riktasTill: row.riktasTill ?? '',
      kommentar: row.kommentar,
      periodicitetOchSlutdatum: `${row.periodicitet.replace(/\s+/g, ' ')} ${row.slutdatum}`,
    },
  }));
  const planned = planUppdragRecords(records, { actor, columns: PRINTED_COLUMNS, ...options });
  return { ...planned, errors: [...printed.errors, ...planned.errors] };
}
