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
