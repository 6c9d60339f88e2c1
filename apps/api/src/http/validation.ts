/**
 * Request validation: class-validator DTOs, unknown fields refused (whitelist + forbidNonWhitelisted),
 * and every refused field reported in one 400 with its path as the client wrote it.
 */
import { type ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { fieldPathLabel } from '@sparbar/domain';
import { type ValidationError } from 'class-validator';
import { type FieldError, problem, ProblemError } from './problem';

export class RequestValidationPipe extends ValidationPipe {
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
    return super.transform(value, metadata);
  }
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
