export {
  buildUppdragTable,
  COLUMNS,
  CHANGED_HEADING,
  cutoffInWords,
  NO_ADOPTIONS,
  type ReportAdoptions,
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
export { buildNamnderSection, ORGAN_TYPES_WITH_PLAN } from './namnder-summary';
export { buildGranskningspaket, granskningspaketStreams, type PaketScope } from './granskningspaket/build';
export { type PaketEvent } from './granskningspaket/logged-event';
export { type Granskningspaket, granskningspaketJson, personName } from './granskningspaket/model';
export { granskningspaketTitle } from './granskningspaket-document';
export { granskningspaketDocx } from './formats/granskningspaket-docx';
export { granskningspaketPdf } from './formats/granskningspaket-pdf';
export { granskningspaketFileName, uppdragTableFileName } from './formats/footer';
export {
  type AdoptedData,
  adoptedChanges,
  type AdoptedStatus,
  adoptedStatuses,
  type Adoption,
} from './oppna-data/adopted-statuses';
