/**
 * Input checks shared by every adapter, so each refuses bad input the same way and before anything is
 * written. The result is a normalised copy: ids filled in, correlation id defaulted.
 */
import { randomUUID } from 'node:crypto';
import { InvalidEventStoreArgumentError as Invalid } from './errors';
import {
  type EventMetadata,
  type ExpectedRevision,
  type JsonValue,
  type NewEvent,
  type ReadAllOptions,
  type ReadRangeOptions,
  type ReadStreamOptions,
} from './event-store.port';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
// eslint-disable-next-line no-control-regex -- finding NUL is the point
const UNSTORABLE_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
export const MAX_STREAM_NAME_LENGTH = 500;
export const MAX_EVENT_TYPE_LENGTH = 200;
/** Below 16384: a position is `xid * 16384 + index in the append` (PostgreSQL adapter). */
export const MAX_EVENTS_PER_APPEND = 10_000;

export interface ValidEvent {
  id: string;
  type: string;
  data: JsonValue;
  metadata: EventMetadata;
}

export function validateStreamName(stream: unknown): string {
  if (typeof stream !== 'string' || stream.trim() === '') {
    throw new Invalid('stream', 'must be a non-empty string');
  }
  if (stream.length > MAX_STREAM_NAME_LENGTH) {
    throw new Invalid('stream', `must be at most ${MAX_STREAM_NAME_LENGTH} characters`);
  }
  return stream;
}

export function validateExpectedRevision(expected: unknown): ExpectedRevision {
  if (expected === undefined) return 'any';
  if (expected === 'any' || expected === 'no_stream' || expected === 'stream_exists') return expected;
  if (typeof expected === 'number') {
    if (!Number.isSafeInteger(expected) || expected < 0) {
      throw new Invalid('expectedRevision', `must be a whole number of 0 or more, got ${expected}`);
    }
    return expected;
  }
  throw new Invalid('expectedRevision', `must be 'any', 'no_stream', 'stream_exists' or a revision number`);
}

export function validateNewEvents(events: unknown): ValidEvent[] {
  if (!Array.isArray(events) || events.length === 0) {
    throw new Invalid('events', 'must be a non-empty array');
  }
  if (events.length > MAX_EVENTS_PER_APPEND) {
    throw new Invalid('events', `at most ${MAX_EVENTS_PER_APPEND} events per append`);
  }
  const ids = new Set<string>();
  const valid = events.map((event: unknown, i) => validateNewEvent(event, `events[${i}]`));
  for (const [i, event] of valid.entries()) {
    if (ids.has(event.id)) throw new Invalid(`events[${i}].id`, 'the same id appears twice in one append');
    ids.add(event.id);
  }
  const correlationId = valid[0].metadata.correlationId ?? valid[0].id;
  return valid.map((e) => ({
    ...e,
    metadata: { ...e.metadata, correlationId: e.metadata.correlationId ?? correlationId },
  }));
}

function validateNewEvent(event: unknown, at: string): ValidEvent {
  if (typeof event !== 'object' || event === null) throw new Invalid(at, 'must be an object');
  const { id, type, data, metadata } = event as Partial<NewEvent>;
  if (id !== undefined && (typeof id !== 'string' || !UUID.test(id))) {
    throw new Invalid(`${at}.id`, 'must be a uuid');
  }
  if (typeof type !== 'string' || type.trim() === '') throw new Invalid(`${at}.type`, 'is required');
  if (type.length > MAX_EVENT_TYPE_LENGTH) {
    throw new Invalid(`${at}.type`, `must be at most ${MAX_EVENT_TYPE_LENGTH} characters`);
  }
  if (data === undefined) throw new Invalid(`${at}.data`, 'is required (use null for no data)');
  assertJson(data, `${at}.data`);
  return {
    id: (id ?? randomUUID()).toLowerCase(),
    type,
    data,
    metadata: validateMetadata(metadata, `${at}.metadata`),
  };
}

function validateMetadata(metadata: unknown, at: string): EventMetadata {
  if (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata)) {
    throw new Invalid(at, 'must be an object with actor and occurredAt');
  }
  const m = metadata as Partial<EventMetadata>;
  if (typeof m.actor !== 'string' || m.actor.trim() === '') throw new Invalid(`${at}.actor`, 'is required');
  if (
    typeof m.occurredAt !== 'string' ||
    !ISO_DATE_TIME.test(m.occurredAt) ||
    isNaN(Date.parse(m.occurredAt))
  ) {
    throw new Invalid(`${at}.occurredAt`, 'must be an ISO 8601 date-time with a time zone');
  }
  for (const key of ['correlationId', 'causationId'] as const) {
    if (m[key] !== undefined && (typeof m[key] !== 'string' || m[key] === '')) {
      throw new Invalid(`${at}.${key}`, 'must be a non-empty string when given');
    }
  }
  assertJson(metadata, at);
  return m as EventMetadata;
}

/** Refuses what JSON would silently change or drop: undefined, functions, NaN, Dates, cycles, … */
export function assertJson(
  value: unknown,
  at: string,
  seen: Set<object> = new Set(),
): asserts value is JsonValue {
  switch (typeof value) {
    case 'string':
      // PostgreSQL's jsonb cannot hold NUL, and no JSON text can hold half a surrogate pair.
      if (UNSTORABLE_TEXT.test(value))
        throw new Invalid(at, 'contains a NUL character or half a surrogate pair');
      return;
    case 'boolean':
      return;
    case 'number':
      if (!Number.isFinite(value)) throw new Invalid(at, `is not JSON: ${value}`);
      return;
    case 'object': {
      if (value === null) return;
      if (seen.has(value)) throw new Invalid(at, 'is not JSON: it refers to itself');
      const proto = Object.getPrototypeOf(value);
      if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) {
        throw new Invalid(at, `is not JSON: a ${value.constructor?.name ?? 'class instance'}`);
      }
      seen.add(value);
      for (const [key, child] of Object.entries(value)) {
        if (!Array.isArray(value) && UNSTORABLE_TEXT.test(key)) {
          throw new Invalid(`${at}.${key}`, 'the key contains a NUL character or half a surrogate pair');
        }
        if (child === undefined && !Array.isArray(value)) continue;
        assertJson(child, Array.isArray(value) ? `${at}[${key}]` : `${at}.${key}`, seen);
      }
      seen.delete(value);
      return;
    }
    default:
      throw new Invalid(at, `is not JSON: a ${typeof value}`);
  }
}

export function validateReadStreamOptions(options: ReadStreamOptions = {}): Required<ReadStreamOptions> {
  const direction = options.direction ?? 'forwards';
  if (direction !== 'forwards' && direction !== 'backwards') {
    throw new Invalid('direction', `must be 'forwards' or 'backwards', got '${String(direction)}'`);
  }
  const fromRevision = options.fromRevision ?? (direction === 'forwards' ? 'start' : 'end');
  if (fromRevision !== 'start' && fromRevision !== 'end') {
    if (typeof fromRevision !== 'number' || !Number.isSafeInteger(fromRevision) || fromRevision < 0) {
      throw new Invalid(
        'fromRevision',
        `must be 'start', 'end' or a whole number of 0 or more, got ${String(fromRevision)}`,
      );
    }
  }
  return { direction, fromRevision, maxCount: validateMaxCount(options.maxCount) };
}

export function validateReadAllOptions(options: ReadAllOptions = {}): Required<ReadAllOptions> {
  const after = options.after ?? 0;
  if (typeof after !== 'number' || !Number.isSafeInteger(after) || after < 0) {
    throw new Invalid('after', `must be a position of 0 or more, got ${String(after)}`);
  }
  return { after, maxCount: validateMaxCount(options.maxCount) };
}

export function validateReadRangeOptions(options: ReadRangeOptions): Required<ReadRangeOptions> {
  const { after } = validateReadAllOptions({ after: options?.after });
  const upTo = options?.upTo;
  if (typeof upTo !== 'number' || !Number.isSafeInteger(upTo) || upTo < 0) {
    throw new Invalid('upTo', `must be a position of 0 or more, got ${String(upTo)}`);
  }
  const names = (value: unknown, field: string): string[] => {
    if (value === undefined) return [];
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v === '')) {
      throw new Invalid(field, 'must be a list of non-empty strings');
    }
    return value as string[];
  };
  return {
    after,
    upTo,
    streams: names(options.streams, 'streams'),
    prefixes: names(options.prefixes, 'prefixes'),
  };
}

function validateMaxCount(maxCount: unknown): number {
  if (maxCount === undefined) return Number.MAX_SAFE_INTEGER;
  if (typeof maxCount !== 'number' || !Number.isSafeInteger(maxCount) || maxCount < 1) {
    throw new Invalid('maxCount', `must be a whole number of 1 or more, got ${String(maxCount)}`);
  }
  return maxCount;
}
