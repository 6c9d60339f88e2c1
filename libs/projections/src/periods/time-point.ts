/**
 * Time travel: which events a read counts. `asOf` (a business date) keeps events that happened by the
 * end of that day, Swedish time — "the table as it stood on 30 April 2023". `recordedAt` (an instant)
 * keeps events the system had stored by then — "what the system showed on 8 May 2023 at 10:00", before
 * a correction made later. Both may be given; neither means everything.
 */
import { BUSINESS_TIME_ZONE, isIsoDate, isIsoTimestamp } from '@sparbar/domain';

export interface TimePoint {
  /** ISO date: events whose business time falls on or before this day (Swedish time). */
  asOf?: string;
  /** ISO instant with zone: events recorded at or before it. */
  recordedAt?: string;
  /** Log position: events at or before it — a report's cutoff, exact where instants can tie. */
  upToPosition?: number;
}

/** A read-model query was asked something it cannot answer: names the parameter and why, in Swedish. */
export class ReadModelQueryError extends Error {
  readonly code = 'INVALID_QUERY';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** Bounds as SQL text for `timestamptz` parameters: business time is exclusive, recorded inclusive. */
export interface TimeBounds {
  occurredBefore: string;
  recordedBy: string;
  /** Largest position counted, as text for a `bigint` parameter. */
  upToPosition: string;
}

export function timeBounds(point: TimePoint = {}): TimeBounds {
  let occurredBefore = 'infinity';
  let recordedBy = 'infinity';
  if (point.asOf !== undefined) {
    if (!isIsoDate(point.asOf))
      throw new ReadModelQueryError('asOf', 'asOf måste vara ett datum (ÅÅÅÅ-MM-DD).');
    const next = new Date(`${point.asOf}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    occurredBefore = `${next.toISOString().slice(0, 10)} 00:00:00 ${BUSINESS_TIME_ZONE}`;
  }
  if (point.recordedAt !== undefined) {
    if (!isIsoTimestamp(point.recordedAt))
      throw new ReadModelQueryError(
        'recordedAt',
        'recordedAt måste vara en tidpunkt med tidszon (2023-05-08T10:00:00+02:00).',
      );
    recordedBy = point.recordedAt;
  }
  let upToPosition = '9223372036854775807';
  if (point.upToPosition !== undefined) {
    if (!Number.isSafeInteger(point.upToPosition) || point.upToPosition < 0)
      throw new ReadModelQueryError(
        'upToPosition',
        'upToPosition måste vara en position i loggen (ett heltal ≥ 0).',
      );
    upToPosition = String(point.upToPosition);
  }
  return { occurredBefore, recordedBy, upToPosition };
}

/** `alias.occurred_at < $a AND alias.recorded_at <= $b`, for the two parameter placeholders given. */
export function withinTime(alias: string, occurredBefore: string, recordedBy: string, upTo?: string): string {
  const within = `${alias}.occurred_at < ${occurredBefore}::timestamptz AND ${alias}.recorded_at <= ${recordedBy}::timestamptz`;
  return upTo === undefined ? within : `${within} AND ${alias}.position <= ${upTo}::bigint`;
}
