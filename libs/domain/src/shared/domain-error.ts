import { type ErrorCode, type ErrorKind, errorKindOf } from './error-codes';

/**
 * A refused command. `message` is Swedish and written for the person who sent the command; `code` is
 * for programs; `field` points at the offending input (e.g. `data.period`) when there is one.
 */
export class DomainError extends Error {
  readonly kind: ErrorKind;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field: string | null = null,
  ) {
    super(message);
    this.name = 'DomainError';
    this.kind = errorKindOf(code);
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
