/**
 * The API's answers as the pages read them, by readable names. Every type here is taken from
 * api-types.ts, which `npm run api:types` generates from the API's OpenAPI document; a test fails when
 * that file is stale, so a field the API renames or drops breaks the web app's type check, not a page.
 */
import { type components } from './api-types';

type Schemas = components['schemas'];

// Uppdrag
export type UppdragView = Schemas['UppdragView'];
export type UppdragPart = Schemas['UppdragPartView'];
/** A report as the uppdrag holds it: the joint one, or a recipient's own. */
export type Report = Schemas['UppdragReportView'];
export type UppdragList = Schemas['UppdragListDto'];
export type UppdragItem = Schemas['UppdragListItem'];
export type History = Schemas['HistoryView'];
export type HistoryLine = Schemas['HistoryLineView'];
export type FieldChange = Schemas['FieldChangeView'];

// Periods and follow-up
export type PeriodTable = Schemas['PeriodTableView'];
export type PeriodRow = Schemas['PeriodTableRowView'];
export type Aging = Schemas['AgingView'];
export type AgingItem = Schemas['AgingUppdragView'];
export type MissingReport = Schemas['MissingReportView'];
export type Maluppfyllelse = Schemas['MaluppfyllelseView'];
export type DelmalSummary = Schemas['DelmalUppfyllelseView'];
export type Indikator = Schemas['IndikatorUppfyllelseView'];

// Delmål
export type DelmalView = Schemas['DelmalView'];
export type IndikatorView = Schemas['IndikatorView'];
export type Assessment = Schemas['AssessmentView'];

// Organisation and sign-in
export type Organ = Schemas['OrganView'];
export type Person = Schemas['PersonView'];
export type DevUser = Schemas['DevUserDto'];
export type DevToken = Schemas['DevTokenDto'];
export type SignInConfigAnswer = Schemas['SignInConfigDto'];
export type SignedInAnswer = Schemas['SignedInDto'];

// Uppsikt, inkorg, granskning
export type Uppsiktsarende = Schemas['UppsiktsarendeView'];
export type UppsiktOversikt = Schemas['UppsiktView'];
export type UppsiktOrgan = Schemas['UppsiktOrganView'];

// Fastställande: a nämnd's adoption of its period report, and its handling
export type Faststallelse = Schemas['FaststallelseView'];
export type FaststallelseList = Schemas['FaststallelseListView'];
export type PeriodReports = Schemas['PeriodReportsView'];
export type InkorgPage = Schemas['InkorgPageView'];
export type InkorgEntry = Schemas['InkorgEntryView'];
export type AuditPage = Schemas['AuditPageView'];
export type AuditEntry = Schemas['AuditEntryView'];
export type Verification = Schemas['VerifyReportView'];

// Internkontroll
export type Plan = Schemas['InternkontrollplanView'];
export type PlanChange = Schemas['PlanChangeView'];
export type Risk = Schemas['RiskView'];
export type Kontrollmoment = Schemas['KontrollmomentView'];
export type Kontrollresultat = Schemas['KontrollresultatView'];
export type Atgard = Schemas['AtgardView'];

/** A problem answer (application/problem+json) and its field errors. */
export type Problem = Schemas['ProblemDto'];
export type FieldError = Schemas['FieldErrorDto'];

// Öppna data (public, no sign-in)
export type OpenUppdragList = Schemas['OpenUppdragListView'];
export type OpenUppdrag = Schemas['OpenUppdragWithUri'];
export type OpenAdoptedEntry = Schemas['AdoptedEntryView'];
