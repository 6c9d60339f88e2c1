/**
 * A tenant's share of one EventStoreDB cluster: every stream the port names is stored under the
 * tenant's stream prefix, and only streams under it are ever read back, with the prefix taken off.
 *
 * The form is `<tenant id>:` (`umea:`, `region-vasterbotten:`): a name that has no `:` of its own,
 * then `:` at the end. As no prefix holds a `:` but its last character, no tenant's prefix can begin
 * another's (`umea:` never matches `umea2:kommun`), and as it does not start with `$` no stream of a
 * tenant is ever an EventStoreDB system stream.
 */
import { InvalidEventStoreArgumentError } from '../errors';

/** The separator that ends every prefix, and that the name before it must not contain. */
export const STREAM_PREFIX_SEPARATOR = ':';
const MAX_PREFIX_LENGTH = 64;
const NAME = /^[a-z0-9][a-z0-9._-]*$/;

/** The stream prefix of a tenant: its id and the separator (`umea` → `umea:`), checked. */
export function tenantStreamPrefix(tenantId: string): string {
  return validateStreamPrefix(`${tenantId}${STREAM_PREFIX_SEPARATOR}`);
}

/** Throws `InvalidEventStoreArgumentError` (field `streamPrefix`) saying what is wrong; returns the prefix. */
export function validateStreamPrefix(prefix: unknown): string {
  const invalid = (reason: string) => new InvalidEventStoreArgumentError('streamPrefix', reason);
  if (typeof prefix !== 'string' || prefix === '') {
    throw invalid('must be a non-empty string such as "umea:"');
  }
  const shown = JSON.stringify(prefix);
  if (prefix.startsWith('$')) {
    throw invalid(`${shown} must not start with '$' (EventStoreDB system streams)`);
  }
  if (prefix.length > MAX_PREFIX_LENGTH) {
    throw invalid(`${shown} is longer than ${MAX_PREFIX_LENGTH} characters`);
  }
  if (!prefix.endsWith(STREAM_PREFIX_SEPARATOR)) {
    throw invalid(
      `${shown} must end in '${STREAM_PREFIX_SEPARATOR}', so that one tenant's prefix never begins another's (e.g. "umea:")`,
    );
  }
  const name = prefix.slice(0, -1);
  if (name === '') throw invalid(`${shown} needs a tenant id before '${STREAM_PREFIX_SEPARATOR}'`);
  if (name.includes(STREAM_PREFIX_SEPARATOR)) {
    throw invalid(`${shown} may hold '${STREAM_PREFIX_SEPARATOR}' only at its end`);
  }
  if (!NAME.test(name)) {
    throw invalid(
      `${shown}: the tenant id before '${STREAM_PREFIX_SEPARATOR}' may hold only a–z, digits, '-', '_' and '.', and starts with a letter or digit`,
    );
  }
  return prefix;
}

/**
 * How the port's stream names map to EventStoreDB's. Without a prefix (one organisation) the names
 * are the same and every user stream is the store's own.
 */
export class StreamNames {
  readonly prefix: string;

  constructor(prefix?: string) {
    this.prefix = prefix === undefined ? '' : validateStreamPrefix(prefix);
  }

  get prefixed(): boolean {
    return this.prefix !== '';
  }

  /** The name EventStoreDB stores the port's stream under. */
  stored(stream: string): string {
    return this.prefix + stream;
  }

  /** True for an EventStoreDB stream of this store (any stream, without a prefix). */
  owns(storedStream: string): boolean {
    return storedStream.startsWith(this.prefix);
  }

  /** The port's name of a stream of this store; undefined for another tenant's (or another's) stream. */
  visible(storedStream: string): string | undefined {
    return this.owns(storedStream) ? storedStream.slice(this.prefix.length) : undefined;
  }
}
