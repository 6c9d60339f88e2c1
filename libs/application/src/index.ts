/**
 * The application layer: every use case (read, check other streams, decide, append), one file each,
 * and the machinery they share (write/). Adapters (the HTTP app, the import, the CLI) only translate.
 */
export * from './write/application';
export * from './write/command-handler';
export * from './write/references';
export * from './write/scratch-streams';
export * from './uppdrag/register-uppdrag';
export * from './uppdrag/report-uppdrag-status';
export * from './uppdrag/change-uppdrag-ansvarig';
export * from './uppdrag/change-uppdrag-periodicitet';
export * from './uppdrag/extend-uppdrag-slutdatum';
export * from './uppdrag/correct-uppdrag-report';
export * from './uppdrag/close-uppdrag';
export * from './uppdrag/close-uppdrag-part';
export * from './uppdrag/withdraw-uppdrag';
export * from './delmal/define-delmal';
export * from './delmal/add-indikator';
export * from './delmal/change-indikator-malvarde';
export * from './delmal/record-indikator-utfall';
export * from './delmal/correct-indikator-utfall';
export * from './delmal/assess-delmal';
export * from './delmal/correct-delmal-assessment';
export * from './delmal/close-delmal';
export * from './commands-by-type';
