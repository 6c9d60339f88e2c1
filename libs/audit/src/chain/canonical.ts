/**
 * The canonical encoding of an event: the bytes its hash covers. RFC 8785 (JSON Canonicalization
 * Scheme): object keys sorted by UTF-16 code units, no whitespace, numbers as ECMAScript prints them,
 * strings with JSON's minimal escaping. Implemented by the `canonicalize` package of the RFC's
 * co-author, pinned to 2.1.0, its last CommonJS release (later ones are ES-module only, which this
 * project's Jest cannot load). The RFC's own examples are pinned in canonical.unit.spec.ts, so an
 * upgrade that changed a single byte would fail there before it broke anyone's stored chain.
 *
 * What is encoded is the event exactly as the store hands it out (`StoredEvent`):
 *   { position, id, stream, revision, type, data, metadata, recordedAt }
 * with `recordedAt` as `Date#toISOString()` (UTC, milliseconds). The database keeps microseconds;
 * a change below the millisecond is therefore not evidence of tampering and is not covered.
 */
import canonicalize from 'canonicalize';
import { type StoredEvent } from '@sparbar/event-store';

/** RFC 8785 text of any JSON value; refuses what JSON cannot carry (NaN, Infinity, undefined). */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new TypeError('A value without a JSON form cannot be canonicalised');
  return text;
}

/** The fields of an event that its hash covers, and nothing else (no extra properties sneak in). */
export function hashedFieldsOf(event: StoredEvent) {
  return {
    position: event.position,
    id: event.id,
    stream: event.stream,
    revision: event.revision,
    type: event.type,
    data: event.data,
    metadata: event.metadata,
    recordedAt: event.recordedAt,
  };
}

export function canonicalEvent(event: StoredEvent): string {
  return canonicalJson(hashedFieldsOf(event));
}
