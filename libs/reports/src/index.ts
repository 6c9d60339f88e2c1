export {
  buildUppdragTable,
  COLUMNS,
  type ReportCutoff,
  type ReportOrgan,
  riktasTillText,
  STATUS_FILL,
  type UppdragTableGroup,
  type UppdragTableReport,
  type UppdragTableRow,
} from './uppdrag-table';
export { CutoffNotFoundError, exactCutoff, reportCutoff } from './cutoff';
export { renderUppdragTable, REPORT_FORMATS, type ReportFormat, CONTENT_TYPES } from './render';
export {
  buildMaluppfyllelseSection,
  type MaluppfyllelseSection,
  type ReportDocument,
  type SummaryTable,
} from './maluppfyllelse-summary';
export {
  buildGranskningspaket,
  type Granskningspaket,
  granskningspaketJson,
  type PaketEvent,
} from './granskningspaket';
export { granskningspaketDocx, granskningspaketTitle } from './formats/granskningspaket-docx';
