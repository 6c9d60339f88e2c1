/**
 * What the web app shares with the domain, and nothing more: who may do what (the access policy, so a
 * button shows exactly when the API would accept the command), the roles, period words, and the names
 * and colours of statuses. apps/web imports libs/ only through this file (a dependency-cruiser rule,
 * web-shares-one-domain-module, keeps it so); the API's answers come typed from apps/web/src/wire.ts.
 * Everything here is pure and small enough for the browser bundle: no decider, no event store.
 */

// Who may do what
export { type Actor, type Role } from './access/roles';
export {
  type DelmalAccessFacts,
  mayActOnDelmal,
  mayActOnInternkontroll,
  mayActOnUppdrag,
  mayActOnUppsiktsarende,
  mayAdoptPeriodReport,
  mayRead,
  mayRecordPeriodReportHandling,
  mayReadLog,
  mayReportUppdragPart,
  mayVerifyChain,
  type UppdragAccessFacts,
  type UppsiktAccessFacts,
} from './access/access.policy';

// Periods in words
export { parsePeriod } from './period/period';
export { periodLabel } from './period/period.labels';

// Statuses: their names, colours and the words a table prints
export {
  UPPDRAG_LIFECYCLE_LABELS,
  UPPDRAG_ORIGIN_LABELS,
  UPPDRAG_STATUS_PRESENTATION,
  UPPDRAG_STATUSES,
  type UppdragStatus,
} from './uppdrag/uppdrag.status';

// Fields and stored keys in words (the history, the audit trail and refusals show no key)
export { fieldLabel, fieldPathLabel, systemActorName } from './shared/field-labels';
export { RIKTNING_LABELS } from './delmal/bedomning.labels';
export {
  isFullmaktige,
  isOrganisationensStyrelse,
  ORGAN_TYP_LABELS,
  ORGANISATION_ORD,
  type OrganisationSlag,
  organisationSlagOf,
  TYPER_MED_PLAN,
} from './organisation/organ.typ';
export { UPPSIKTSARENDE_KIND_LABELS } from './uppsikt/uppsikt.events';
export { HANDLING_BODY_LABELS, HANDLING_KIND_LABELS } from './faststallelse/faststallelse.events';
export { PERIOD_REPORT_STATE_LABELS } from './faststallelse/faststallelse.uppsikt';
export {
  tableStatusText,
  UPPDRAG_TABLE_STATUS_PRESENTATION,
  type UppdragTableStatus,
} from './uppdrag/uppdrag.table-status';

// Intern kontroll's words
export {
  ATGARD_STATUS_LABELS,
  ATGARD_STATUSES,
  KONTROLLRESULTAT,
  KONTROLLRESULTAT_LABELS,
} from './internkontroll/internkontroll.events';
export { FREKVENS_LABELS, FREKVENSER, type Frekvens } from './internkontroll/internkontroll.frekvens';
export { type PeriodChangeRow, type PeriodChanges, periodChangesOf } from './uppdrag/uppdrag.period-changes';

// The måluppfyllelse charts, one definition for Översikt and the reports
export {
  type BedomningTally,
  CHART_SERIES,
  chartHeight,
  chartOption,
  chartSummary,
  chartTable,
  type MaluppfyllelseChart,
  organsChart,
  periodChart,
  trendChart,
  trendPeriods,
} from './charts/maluppfyllelse.chart';
