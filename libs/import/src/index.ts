/** Import of uppdrag sheets, pasted or printed uppdrag tables and command files: parse, validate, write. */
export { type ImportError } from './import-error';
export { type Parsed, type PlannedCommand } from './planned-command';
export { parseCsv, type SheetRow, SheetFormatError } from './sheet/csv';
export { parseXlsx } from './sheet/xlsx';
export { parsePeriodicitet, SHEET_HEADINGS, uppdragSheetCommands } from './sheet/uppdrag-sheet';
export { parsePrintedTable, type PrintedRow } from './printed/printed-table';
export { pastedTableCommands, printedTableCommands } from './printed/printed-sheet';
export { OrganRegister, type RegisteredOrgan } from './resolve/organ-register';
export { resolveRecipients } from './resolve/recipients';
export { parseStatus, type TableParameters } from './uppdrag/uppdrag-columns';
export { type OrganRef, type PlannedTable, type RowResolution } from './uppdrag/row-types';
export { reportOnExistingUppdrag, type StreamReader } from './uppdrag/existing-uppdrag';
export { commandFileCommands, IMPORTABLE_COMMANDS } from './commands/command-file';
export { type CheckedCommand, validateImport, type ValidationResult } from './validate-import';
export { ImportInterrupted, writeImport, type WrittenCommand } from './write-import';
