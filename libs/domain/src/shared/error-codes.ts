/**
 * Every code a decider can throw, with the kind of failure it is. The HTTP edge maps kinds to statuses
 * (validation → 400, forbidden → 403, not_found → 404, conflict → 409) and may rely on this list being
 * complete: `DomainError` only accepts a code from here, so a new rule cannot invent an unmapped code.
 *
 * Codes are stable API: clients and stored problem reports refer to them. Add, never rename.
 */
export type ErrorKind = 'validation' | 'conflict' | 'forbidden' | 'not_found';

export const ERROR_KINDS = {
  // Input that is wrong whatever the state (field named on the error).
  INVALID_ID: 'validation',
  TEXT_REQUIRED: 'validation',
  TEXT_TOO_LONG: 'validation',
  REASON_REQUIRED: 'validation',
  INVALID_DATE: 'validation',
  INVALID_TIMESTAMP: 'validation',
  INVALID_EMAIL: 'validation',
  INVALID_PERIOD: 'validation',
  INVALID_VALUE: 'validation',
  INVALID_NUMBER: 'validation',
  INVALID_PLAN_YEAR: 'validation',
  DUPLICATE_VALUE: 'validation',

  // Who and when.
  FORBIDDEN: 'forbidden',
  SELF_ACCESS_CHANGE: 'forbidden',
  BACKDATING_NOT_ALLOWED: 'forbidden',
  BUSINESS_TIME_IN_FUTURE: 'validation',
  PERIOD_NOT_STARTED: 'validation',
  // Business time of a stream's events (shared/business-time.ts): the occurredAt given is wrong for
  // this stream, and sending it again will not help, so a validation error rather than a conflict.
  BUSINESS_TIME_BEFORE_REGISTRATION: 'validation',
  BUSINESS_TIME_BACKWARDS: 'validation',

  // Organisation (master data).
  ORGAN_NOT_FOUND: 'not_found',
  ORGAN_ALREADY_REGISTERED: 'conflict',
  ORGAN_DEACTIVATED: 'conflict',
  ORGAN_CANNOT_BE_OWN_PARENT: 'validation',
  PERSON_NOT_FOUND: 'not_found',
  PERSON_ALREADY_REGISTERED: 'conflict',
  PERSON_DEACTIVATED: 'conflict',
  ORGAN_REQUIRED_FOR_ROLE: 'validation',
  NOT_AN_AUDITOR: 'conflict',
  MANDATE_ENDS_BEFORE_START: 'validation',

  // Uppdrag.
  UPPDRAG_NOT_FOUND: 'not_found',
  UPPDRAG_ALREADY_REGISTERED: 'conflict',
  UPPDRAG_CLOSED: 'conflict',
  UPPDRAG_WITHDRAWN: 'conflict',
  RECIPIENT_REQUIRED: 'validation',
  SAMORDNARE_NOT_A_RECIPIENT: 'validation',
  BESLUTSDATUM_AFTER_REGISTRATION: 'validation',
  SLUTDATUM_BEFORE_REGISTRATION: 'validation',
  SLUTDATUM_NOT_LATER: 'validation',
  PERIOD_NOT_IN_PERIODICITET: 'validation',
  PERIOD_OUTSIDE_UPPDRAG: 'validation',
  PERIOD_ALREADY_REPORTED: 'conflict',
  NO_REPORT_FOR_PERIOD: 'conflict',
  ORGAN_NOT_A_RECIPIENT: 'validation',
  UPPDRAG_PART_CLOSED: 'conflict',

  // Delmål and indikatorer.
  DELMAL_NOT_FOUND: 'not_found',
  DELMAL_ALREADY_DEFINED: 'conflict',
  DELMAL_CLOSED: 'conflict',
  INDIKATOR_NOT_FOUND: 'not_found',
  INDIKATOR_ALREADY_ADDED: 'conflict',
  INDIKATOR_NAME_TAKEN: 'conflict',
  BASELINE_AFTER_PLAN_YEAR: 'validation',
  PERIOD_OUTSIDE_PLAN_YEAR: 'validation',
  UTFALL_ALREADY_RECORDED: 'conflict',
  NO_UTFALL_FOR_PERIOD: 'conflict',
  DELMAL_ALREADY_ASSESSED: 'conflict',
  NO_ASSESSMENT_FOR_PERIOD: 'conflict',

  // Uppsikt: regionstyrelsen's uppsiktsärenden.
  UPPSIKTSARENDE_NOT_FOUND: 'not_found',
  UPPSIKTSARENDE_ALREADY_RECORDED: 'conflict',
  UPPSIKTSARENDE_CLOSED: 'conflict',
  UPPSIKT_OVER_REGIONSTYRELSEN: 'validation',
  DUE_DATE_BEFORE_RECORDED: 'validation',

  // Intern kontroll: the nämnd's internkontrollplan, results and åtgärder.
  INTERNKONTROLLPLAN_NOT_FOUND: 'not_found',
  INTERNKONTROLLPLAN_ALREADY_CREATED: 'conflict',
  INTERNKONTROLLPLAN_ALREADY_ADOPTED: 'conflict',
  INTERNKONTROLLPLAN_NOT_ADOPTED: 'conflict',
  INTERNKONTROLLPLAN_INCOMPLETE: 'conflict',
  ADOPTION_DATE_IN_FUTURE: 'validation',
  RISK_NOT_FOUND: 'not_found',
  RISK_ALREADY_ADDED: 'conflict',
  KONTROLLMOMENT_NOT_FOUND: 'not_found',
  KONTROLLMOMENT_ALREADY_ADDED: 'conflict',
  PERIOD_NOT_IN_FREKVENS: 'validation',
  KONTROLLRESULTAT_ALREADY_RECORDED: 'conflict',
  AVVIKELSE_DESCRIPTION_REQUIRED: 'validation',
  NO_AVVIKELSE_FOR_PERIOD: 'conflict',
  ATGARD_NOT_FOUND: 'not_found',
  ATGARD_ALREADY_ADDED: 'conflict',
  ATGARD_DUE_NOT_AFTER_AVVIKELSE: 'validation',
  ATGARD_DONE: 'conflict',

  // Fastställande: a nämnd adopts its report for a period; regionstyrelsen and fullmäktige handle it.
  PERIOD_REPORT_ALREADY_ADOPTED: 'conflict',
  PERIOD_REPORT_NOT_ADOPTED: 'conflict',
  ADOPTION_BEFORE_PERIOD_END: 'validation',
  HANDLING_BEFORE_ADOPTION: 'validation',
} as const satisfies Record<string, ErrorKind>;

export type ErrorCode = keyof typeof ERROR_KINDS;

export const ERROR_CODES = Object.keys(ERROR_KINDS) as ErrorCode[];

export function errorKindOf(code: ErrorCode): ErrorKind {
  return ERROR_KINDS[code];
}
