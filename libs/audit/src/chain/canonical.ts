/**
 * The canonical encoding of an event: the bytes its hash covers. RFC 8785 (JSON Canonicalization
 * Scheme): object keys sorted by UTF-16 code units, no whitespace, numbers as ECMAScript prints them,
 * strings with JSON's minimal escaping. Written here rather than taken from the `canonicalize` package
 * of the RFC's co-author because a rebuild encodes a million events and that package, which builds
 * each object's text with `reduce` and template strings, was a tenth of a rebuild's time; this one
 * prints a copy with its keys in order through the engine's own JSON.stringify, in about two thirds of
 * the time. The package stays as the oracle:
 * canonical.unit.spec.ts checks this encoder against it byte for byte over every event shape of a
 * generated log and the RFC's own examples, so a difference would fail there before it broke anyone's
 * stored chain.
 *
 * What is encoded is the event exactly as the store hands it out (`StoredEvent`):
 *   { position, id, stream, revision, type, data, metadata, recordedAt }
 * with `recordedAt` as `Date#toISOString()` (UTC, milliseconds). The database keeps microseconds;
 * a change below the millisecond is therefore not evidence of tampering and is not covered.
 */
import { type StoredEvent } from '@sparbar/event-store';

/** RFC 8785 text of any JSON value; refuses what JSON cannot carry (NaN, Infinity, undefined). */
export function canonicalJson(value: unknown): string {
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') {
    throw new TypeError('A value without a JSON form cannot be canonicalised');
  }
  try {
    // The fast way: a copy whose keys are inserted in the RFC's order, printed by the engine's own
    // JSON.stringify (which prints strings and numbers exactly as the RFC prescribes).
    return JSON.stringify(sortedCopy(value));
  } catch (error) {
    if (error !== ORDER_NOT_KEPT) throw error;
    // A key the engine would not keep in insertion order (an array index such as "10", or
    // "__proto__"): printed key by key instead.
    return encode(value);
  }
}

const ORDER_NOT_KEPT = new Error('An object key JSON.stringify would not print in insertion order');

function sortedCopy(value: unknown): unknown {
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new TypeError(`${value} is not allowed in canonical JSON`);
  }
  if (value === null || typeof value !== 'object') return value;
  const withToJson = value as { toJSON?: unknown };
  if (typeof withToJson.toJSON === 'function') {
    return sortedCopy((withToJson.toJSON as () => unknown).call(value));
  }
  if (Array.isArray(value)) {
    const items: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) items[i] = sortedCopy(value[i]);
    return items;
  }
  const record = value as Record<string, unknown>;
  // Array#sort without a comparator compares UTF-16 code units: the RFC's order.
  const keys = Object.keys(record).sort();
  const copy: Record<string, unknown> = {};
  for (const key of keys) {
    const first = key.charCodeAt(0);
    if ((first >= 48 && first <= 57 && ARRAY_INDEX.test(key)) || key === '__proto__') throw ORDER_NOT_KEPT;
    copy[key] = sortedCopy(record[key]);
  }
  return copy;
}

/** Keys every engine prints first, in numeric order, whatever the insertion order. */
const ARRAY_INDEX = /^(?:0|[1-9]\d*)$/;

function encode(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      // ECMAScript's Number-to-String is exactly what the RFC prescribes (and -0 prints as 0).
      if (!Number.isFinite(value)) throw new TypeError(`${value} is not allowed in canonical JSON`);
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      return value === null ? 'null' : encodeObject(value);
    default:
      // A bigint has no JSON form; undefined, functions and symbols are handled by the callers.
      throw new TypeError(`A ${typeof value} cannot be canonicalised`);
  }
}

function encodeObject(value: object): string {
  const withToJson = value as { toJSON?: unknown };
  if (typeof withToJson.toJSON === 'function')
    return encode((withToJson.toJSON as () => unknown).call(value));
  if (Array.isArray(value)) {
    let text = '[';
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (i > 0) text += ',';
      // As JSON.stringify: an array keeps its length, with null where a value has no JSON form.
      text +=
        item === undefined || typeof item === 'function' || typeof item === 'symbol' ? 'null' : encode(item);
    }
    return text + ']';
  }
  const record = value as Record<string, unknown>;
  // Array#sort without a comparator compares UTF-16 code units: the RFC's order.
  const keys = Object.keys(record).sort();
  let text = '{';
  for (const key of keys) {
    const item = record[key];
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
    if (text.length > 1) text += ',';
    text += JSON.stringify(key) + ':' + encode(item);
  }
  return text + '}';
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

/**
 * `canonicalJson(hashedFieldsOf(event))`, without building and sorting a copy of the event itself:
 * its eight keys are known, so they are written in the RFC's order here (a rebuild encodes every event
 * of the log). A field without a JSON form is left out, as the generic encoding leaves it out.
 */
export function canonicalEvent(event: StoredEvent): string {
  let text = '{';
  text = member(text, '"data":', event.data);
  text = member(text, '"id":', event.id);
  text = member(text, '"metadata":', event.metadata);
  text = member(text, '"position":', event.position);
  text = member(text, '"recordedAt":', event.recordedAt);
  text = member(text, '"revision":', event.revision);
  text = member(text, '"stream":', event.stream);
  text = member(text, '"type":', event.type);
  return text + '}';
}

function member(text: string, key: string, value: unknown): string {
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return text;
  const encoded =
    typeof value === 'string'
      ? JSON.stringify(value)
      : typeof value === 'number' && Number.isFinite(value)
        ? String(value)
        : canonicalJson(value);
  return (text.length > 1 ? text + ',' : text) + key + encoded;
}
