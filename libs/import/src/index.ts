/** Import of uppdrag sheets and command files: parse, validate on a scratch fold, then write. */
export { type ImportError } from './import-error';
export { type Parsed, type PlannedCommand } from './planned-command';
export { parseCsv, type SheetRow, SheetFormatError } from './sheet/csv';
export { parseXlsx } from './sheet/xlsx';
export { parsePeriodicitet, SHEET_HEADINGS, uppdragSheetCommands } from './sheet/uppdrag-sheet';
export { commandFileCommands, IMPORTABLE_COMMANDS } from './commands/command-file';
export {
  type CheckedCommand,
  type StreamReader,
  validateImport,
  type ValidationResult,
} from './validate-import';
export { ImportInterrupted, writeImport, type WrittenCommand } from './write-import';
