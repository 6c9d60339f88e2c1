/**
 * The public surface of the domain: deciders, their commands, events and states, the error catalogue,
 * the access policy, the period helpers and the årshjul. Test helpers are imported from './testing/…'
 * directly.
 */

// Shared
export { type Decider, type DomainCommand, type DomainEvent, fold } from './shared/decider';
export { type CommandMetadata } from './shared/command-metadata';
export {
  type Backdated,
  type BusinessTimePolicy,
  type StreamBusinessTime,
  type TimedEvent,
  withBusinessTime,
  type WithBusinessTime,
} from './shared/business-time';
export { DomainError, isDomainError } from './shared/domain-error';
export { FIELD_LABELS, fieldLabel, fieldPathLabel, systemActorName } from './shared/field-labels';
export { ERROR_CODES, ERROR_KINDS, type ErrorCode, type ErrorKind, errorKindOf } from './shared/error-codes';
export { type Json } from './shared/json';
export { type StatusColour } from './shared/status-colour';
export { BUSINESS_TIME_ZONE, businessDateOf, isIsoDate, isIsoTimestamp } from './shared/dates';
export { PLAN_YEAR_RANGE, TEXT_LIMITS } from './shared/validate';
export {
  delmalStream,
  FASTSTALLELSE_STREAM_PREFIX,
  faststallelseStream,
  internkontrollplanStream,
  organStream,
  OVERSIGHT_STREAM_PREFIXES,
  PAMINNELSE_STREAM_PREFIX,
  paminnelseStream,
  paminnelseStreamOf,
  parsePaminnelseStream,
  parseStreamName,
  personStream,
  STREAM_PREFIXES,
  type StreamCategory,
  uppdragStream,
  uppsiktsarendeStream,
} from './shared/streams';

// Access
export { type Actor, hasRole, ORGAN_BOUND_ROLES, type Role, ROLE_LABELS, ROLES } from './access/roles';
export {
  authorize,
  type DelmalAccessFacts,
  type DelmalAction,
  type InternkontrollAccessFacts,
  type InternkontrollAction,
  mayActOnDelmal,
  mayActOnInternkontroll,
  mayActOnUppdrag,
  mayActOnUppsiktsarende,
  mayAdoptPeriodReport,
  mayRecordPeriodReportHandling,
  mayMaintainMasterData,
  mayReportUppdragPart,
  mayRead,
  mayReadContactDetails,
  mayReadLog,
  type UppdragAccessFacts,
  type UppdragAction,
  type UppsiktAccessFacts,
  type UppsiktAction,
} from './access/access.policy';
export { checkCommand, checkCommandMetadata } from './access/command-guard';

// Periods
export * from './period/period';
export * from './period/period.calendar';
export * from './period/period.labels';

// Årshjul: working days, deadlines and what is due
export { addWorkingDays, type Helgdag, helgdagarOf, isWorkingDay } from './arshjul/working-days';
export {
  arshjul,
  type ArshjulEntry,
  DEFAULT_REPORTING_CALENDAR,
  DEFAULT_WORKING_DAYS_AFTER_PERIOD,
  deadlineOf,
  type ReportingCalendar,
  reportingCalendar,
} from './arshjul/reporting-calendar';
export {
  DUE_REPORT_STATES,
  type DueReport,
  type DueReportState,
  dueReports,
  type UppdragReportingFacts,
} from './arshjul/due-reports';

// Uppdrag
export * from './uppdrag/uppdrag.status';
export * from './uppdrag/uppdrag.table-status';
export * from './uppdrag/uppdrag.period-changes';
export * from './uppdrag/uppdrag.events';
export * from './uppdrag/uppdrag.commands';
export {
  evolveUppdrag,
  initialUppdragState,
  type Uppdrag,
  type UppdragPart,
  type UppdragState,
} from './uppdrag/uppdrag.state';
export { decideUppdrag, uppdragDecider } from './uppdrag/uppdrag.decider';
export {
  ALL_PARTS_CLOSED_KOMMENTAR,
  isPartClosed,
  jointStandsForParts,
  partsOwing,
  periodsFullyReported,
} from './uppdrag/uppdrag.parts';

// Delmål
export * from './delmal/bedomning';
export * from './delmal/bedomning.labels';
export * from './charts/maluppfyllelse.chart';
export * from './delmal/delmal.events';
export * from './delmal/delmal.commands';
export {
  type Delmal,
  type DelmalState,
  evolveDelmal,
  type Indikator,
  initialDelmalState,
  type RecordedUtfall,
} from './delmal/delmal.state';
export { decideDelmal, delmalDecider } from './delmal/delmal.decider';

// Organisation (master data)
export * from './organisation/organ.typ';
export { checkOrganStructure, type PlannedOrgan } from './organisation/organ-structure';
export * from './organisation/organ.events';
export * from './organisation/organ.commands';
export { evolveOrgan, initialOrganState, type Organ, type OrganState } from './organisation/organ.state';
export { decideOrgan, organDecider } from './organisation/organ.decider';
export * from './organisation/person.events';
export * from './organisation/person.commands';
export { evolvePerson, initialPersonState, type Person, type PersonState } from './organisation/person.state';
export * from './organisation/auditor-mandate';
export { decidePerson, personDecider } from './organisation/person.decider';

// Påminnelser: what reminders an uppdrag should have, who gets them, and the evidence they went out
export * from './paminnelse/paminnelse.events';
export {
  decidePaminnelse,
  type DeliveryState,
  evolvePaminnelse,
  initialPaminnelseState,
  PAMINNELSE_ACTOR,
  type PaminnelseCommand,
  paminnelseDecider,
  type PaminnelseState,
  type RecordPaminnelseFailed,
  type RecordPaminnelseSent,
  type StartPaminnelseSending,
  systemMetadata,
} from './paminnelse/paminnelse.decider';
export {
  addDays,
  DEFAULT_REMINDER_SETTINGS,
  type PlannedReminder,
  planReminders,
  type ReminderItem,
  reminderJobId,
  type ReminderSettings,
  reminderSettings,
  wallClockInstant,
} from './paminnelse/paminnelse.plan';
export {
  type RecipientCandidate,
  type RecipientItem,
  recipientsOf,
} from './paminnelse/paminnelse.recipients';
export {
  type DelmalReminderItem,
  delmalRecipientsOf,
  delmalReminderJobId,
  type PlannedDelmalReminder,
  planDelmalReminders,
} from './paminnelse/paminnelse.delmal';
export * from './paminnelse/paminnelse.uppsikt';
export * from './paminnelse/paminnelse.kontrollmoment';
export * from './paminnelse/paminnelse.atgard';

// Uppsikt: regionstyrelsen's uppsiktsärenden over the other organs
export * from './uppsikt/uppsikt.events';
export * from './uppsikt/uppsikt.commands';
export {
  evolveUppsikt,
  initialUppsiktState,
  type Uppsiktsarende,
  type UppsiktState,
} from './uppsikt/uppsikt.state';
export { decideUppsikt, uppsiktDecider } from './uppsikt/uppsikt.decider';

// Intern kontroll: a nämnd's internkontrollplan per year, results and åtgärder
export * from './internkontroll/internkontroll.frekvens';
export * from './internkontroll/internkontroll.events';
export * from './internkontroll/internkontroll.commands';
export {
  evolveInternkontroll,
  initialInternkontrollState,
  type Internkontrollplan,
  type InternkontrollState,
  resultKey,
} from './internkontroll/internkontroll.state';
export { decideInternkontroll, internkontrollDecider } from './internkontroll/internkontroll.decider';

// Fastställande: a nämnd's adoption of its period report, and its lock
export * from './faststallelse/faststallelse.commands';
export * from './faststallelse/faststallelse.decider';
export * from './faststallelse/faststallelse.errors';
export * from './faststallelse/faststallelse.events';
export * from './faststallelse/faststallelse.lock';
export * from './faststallelse/faststallelse.state';
export * from './faststallelse/faststallelse.labels';
export * from './faststallelse/faststallelse.reminders';
export * from './faststallelse/faststallelse.uppsikt';
