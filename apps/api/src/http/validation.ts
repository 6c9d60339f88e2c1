/**
 * Request validation: class-validator DTOs, unknown fields refused (whitelist + forbidNonWhitelisted),
 * and every refused field reported in one 400 with its path as the client wrote it.
 */
import { type ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { fieldPathLabel } from '@sparbar/domain';
import { type ValidationError } from 'class-validator';
import { type FieldError, problem, ProblemError } from './problem';

/** Validated query strings and path parameters kept per DTO class, at most this many each. */
const KEPT_PER_CLASS = 500;
/** Inputs longer than this (as JSON) are validated every time, never kept. */
const MAX_KEPT_INPUT = 2_000;

export class RequestValidationPipe extends ValidationPipe {
  /**
   * Per DTO class, the instance an input (its JSON) was validated and transformed to. Validating is a
   * pure function of the input (no validator reads the clock or any state), and every read of a table
   * repeats the same few query strings: class-transformer and class-validator on each request were
   * about 8 % of the API's CPU on bench:queries' reads. A refused input is never kept.
   */
  private readonly validated = new Map<unknown, Map<string, object>>();

  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: true,
      transform: true,
      validationError: { target: false, value: false },
      exceptionFactory: (errors) => invalid(flatten(errors)),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // A body that is not a JSON object (a list, a number, nothing) has no fields to name.
    if (metadata.type === 'body' && (typeof value !== 'object' || value === null || Array.isArray(value))) {
      throw invalid([{ field: 'body', reason: 'måste vara ett JSON-objekt' }]);
    }
    if ((metadata.type !== 'query' && metadata.type !== 'param') || !this.toValidate(metadata)) {
      return super.transform(value, metadata);
    }
    const flat = flatInput(value);
    if (flat === undefined) return super.transform(value, metadata);
    const input = `${metadata.type} ${flat}`;
    let kept = this.validated.get(metadata.metatype);
    const known = kept?.get(input);
    if (known) return copyOf(known);
    const result: unknown = await super.transform(value, metadata);
    if (typeof result !== 'object' || result === null) return result;
    if (!kept) this.validated.set(metadata.metatype, (kept = new Map()));
    // The oldest goes first (a Map keeps insertion order): a client trying many query strings can
    // fill it, not grow it.
    if (kept.size >= KEPT_PER_CLASS) kept.delete(kept.keys().next().value!);
    kept.set(input, result);
    return copyOf(result);
  }
}

/**
 * A query string's or path's parameters as a key: only a flat object of strings (or lists of strings,
 * a repeated query parameter), short enough to keep. Undefined for anything else.
 */
function flatInput(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  for (const field in value) {
    const v = (value as Record<string, unknown>)[field];
    if (typeof v !== 'string' && !(Array.isArray(v) && v.every((item) => typeof item === 'string'))) {
      return undefined;
    }
  }
  const json = JSON.stringify(value);
  return json.length <= MAX_KEPT_INPUT ? json : undefined;
}

/** A copy of a kept DTO for one request (its lists copied too): a handler may change what it is given. */
function copyOf<T extends object>(dto: T): T {
  const copy = Object.create(Object.getPrototypeOf(dto) as object | null) as Record<string, unknown>;
  for (const [field, v] of Object.entries(dto)) copy[field] = Array.isArray(v) ? [...v] : v;
  return copy as T;
}

/**
 * One 400 for every refused field. `field` stays the path as the client wrote it (for programs); the
 * `detail` names each field in Swedish words with its reason, for the person who reads it.
 */
export function invalid(errors: FieldError[]): ProblemError {
  const seen = new Set<string>();
  const sentences = errors
    .filter((e) => !seen.has(e.field) && seen.add(e.field))
    .map(
      (e) =>
        `${fieldPathLabel(e.field)}${/^(måste|får|ska|är|kan) /.test(e.reason) ? ' ' : ' – '}${e.reason}`,
    );
  return new ProblemError(
    problem(400, 'VALIDATION_FAILED', `Begäran innehåller fel: ${sentences.join('; ')}.`, { errors }),
  );
}

function flatten(errors: readonly ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = /^\d+$/.test(error.property)
      ? `${parent}[${error.property}]`
      : parent
        ? `${parent}.${error.property}`
        : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({
      field,
      reason: constraint === 'whitelistValidation' ? 'okänt fält' : message,
    }));
    // One reason per field is enough: the first check that failed says what is wrong.
    return [...own.slice(0, 1), ...flatten(error.children ?? [], field)];
  });
}
