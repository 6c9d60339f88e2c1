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
export * from './organisation/master-data';
export * from './organisation/register-organ';
export * from './organisation/rename-organ';
export * from './organisation/change-organ-parent';
export * from './organisation/deactivate-organ';
export * from './organisation/register-person';
export * from './organisation/rename-person';
export * from './organisation/change-person-email';
export * from './organisation/change-person-organ';
export * from './organisation/change-person-roles';
export * from './organisation/deactivate-person';
export * from './internkontroll/create-internkontrollplan';
export * from './internkontroll/add-risk';
export * from './internkontroll/reassess-risk';
export * from './internkontroll/add-kontrollmoment';
export * from './internkontroll/adopt-internkontrollplan';
export * from './internkontroll/record-kontrollresultat';
export * from './internkontroll/add-atgard';
export * from './internkontroll/change-atgard-status';
export * from './uppsikt/record-uppsiktsarende';
export * from './uppsikt/answer-uppsiktsarende';
export * from './uppsikt/close-uppsiktsarende';
