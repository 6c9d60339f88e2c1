/** Typed errors of the event store. Each has a stable `code` the HTTP edge maps to a status. */
import { type ExpectedRevision } from './event-store.port';

export abstract class EventStoreError extends Error {
  abstract readonly code: string;
}

export class WrongExpectedRevisionError extends EventStoreError {
  readonly code = 'WRONG_EXPECTED_REVISION';
  constructor(
    readonly stream: string,
    readonly expectedRevision: ExpectedRevision,
    /** The stream's actual revision, or `no_stream` when it has no events. */
    readonly actualRevision: number | 'no_stream',
  ) {
    super(`Stream "${stream}": expected revision ${expectedRevision}, actual revision ${actualRevision}`);
    this.name = 'WrongExpectedRevisionError';
  }
}

/** Refused input: names the field and the reason. Nothing was written. */
export class InvalidEventStoreArgumentError extends EventStoreError {
  readonly code = 'INVALID_ARGUMENT';
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${field}: ${reason}`);
    this.name = 'InvalidEventStoreArgumentError';
  }
}

/** The same event id was already stored somewhere that is not a retry of this very append. */
export class DuplicateEventIdError extends EventStoreError {
  readonly code = 'DUPLICATE_EVENT_ID';
  constructor(readonly eventId: string) {
    super(`Event id ${eventId} is already stored, in another place than this append would put it`);
    this.name = 'DuplicateEventIdError';
  }
}

/** The backing server cannot be reached or refused the connection. */
export class EventStoreUnavailableError extends EventStoreError {
  readonly code = 'STORE_UNAVAILABLE';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'EventStoreUnavailableError';
  }
}
