/**
 * Problem details (RFC 9457): every error the API answers with has this shape, with a stable `code`
 * for programs and a Swedish `detail` for people. Built here and nowhere else.
 */
import { type ErrorCode, type ErrorKind } from '@sparbar/domain';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

/** Codes of the HTTP edge itself, beside the domain's catalogue (`ERROR_KINDS`). */
export const EDGE_CODES = [
  'VALIDATION_FAILED',
  'MALFORMED_REQUEST',
  'UNAUTHENTICATED',
  'NOT_FOUND',
  'ROUTE_NOT_FOUND',
  'METHOD_NOT_ALLOWED',
  'WRONG_EXPECTED_REVISION',
  'PAYLOAD_TOO_LARGE',
  'URI_TOO_LONG',
  'UNSUPPORTED_MEDIA_TYPE',
  'RATE_LIMITED',
  'READ_MODEL_UNAVAILABLE',
  'AUDIT_CHAIN_BROKEN',
  'STORE_UNAVAILABLE',
  'INTERNAL_ERROR',
  // The platform's tenant directory (apps/api/src/plattform).
  'TENANT_EXISTS',
  'HOST_TAKEN',
  'SCHEMA_TAKEN',
  'NO_ROOM',
  'LOG_TAKEN',
  'NOT_MOVABLE',
  'TENANT_BUSY',
  'TENANT_NOT_ACTIVE',
  'UNKNOWN_HOST',
  // Moving a tenant to another server: the target does not answer; the copy did not verify; writes
  // refused during the switch (503).
  'SERVER_UNREACHABLE',
  'MOVE_FAILED',
  'TENANT_MOVING',
] as const;
export type EdgeCode = (typeof EDGE_CODES)[number];
export type ProblemCode = ErrorCode | EdgeCode;

export interface FieldError {
  /** The request field as the client sent it: `period`, `origin.givenBy`, `riktasTill[1]`, `If-Match`. */
  field: string;
  reason: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ProblemCode;
  /** For 400s: every field that was refused and why. */
  errors?: FieldError[];
  /** For other refusals that concern one field (e.g. an organ named in the body that does not exist). */
  field?: string;
  /** The request's id (also the `x-request-id` header), to find it in the logs. */
  requestId?: string;
  [extension: string]: unknown;
}

export const STATUS_OF_KIND: Record<ErrorKind, number> = {
  validation: 400,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
};

const TITLES: Record<number, string> = {
  400: 'Ogiltig begäran',
  401: 'Inloggning krävs',
  403: 'Otillåtet',
  404: 'Finns inte',
  405: 'Metoden stöds inte',
  409: 'Konflikt',
  413: 'För stor begäran',
  414: 'För lång adress',
  415: 'Innehållstypen stöds inte',
  421: 'Okänd adress',
  429: 'För många förfrågningar',
  500: 'Internt fel',
  503: 'Tillfälligt otillgänglig',
};

export function problem(
  status: number,
  code: ProblemCode,
  detail: string,
  extensions: Partial<Omit<Problem, 'type' | 'title' | 'status' | 'detail' | 'code'>> = {},
): Problem {
  return {
    type: `urn:sparbar:problem:${code.toLowerCase().replace(/_/g, '-')}`,
    title: TITLES[status] ?? (status >= 500 ? 'Internt fel' : 'Fel i begäran'),
    status,
    detail,
    code,
    ...extensions,
  };
}

/** A domain field (`data.riktasTill[1]`, `metadata.now`) as the client named it. */
export function requestField(domainField: string): string {
  if (domainField === 'metadata.now') return 'occurredAt';
  return domainField.replace(/^data\./, '');
}

/**
 * Thrown by the edge for refusals the domain does not make (a malformed `If-Match`, an unknown id);
 * the filter turns it into the problem as is.
 */
export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail);
    this.name = 'ProblemError';
  }
}
