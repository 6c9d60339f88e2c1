/**
 * Input checks every decider uses. The edge validates DTOs too, but the domain does not trust it: an
 * event that was once stored cannot be taken back, so a decider refuses anything malformed itself.
 * Each check returns the cleaned value (texts trimmed) so the event stores exactly what was checked.
 */
import { isIsoDate } from './dates';
import { DomainError } from './domain-error';

/** Maximum lengths, in characters. Generous: real kommentarer run to a few thousand characters. */
export const TEXT_LIMITS = {
  namn: 200,
  kortnamn: 20,
  epost: 254,
  uppdragText: 2_000,
  beskrivning: 20_000,
  kommentar: 20_000,
  reason: 4_000,
  diarienummer: 50,
  paragraf: 20,
  delmalText: 2_000,
  regionmalNamn: 500,
  indikatorNamn: 500,
  enhet: 50,
} as const;

export const PLAN_YEAR_RANGE = { min: 2000, max: 2100 } as const;

// Ids become part of stream names, so they are kept to characters that need no escaping anywhere.
const ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function requireId(value: unknown, field: string, label: string): string {
  if (typeof value !== 'string' || !ID.test(value)) {
    throw new DomainError('INVALID_ID', `${label} har ett ogiltigt id.`, field);
  }
  return value;
}

export function optionalId(value: unknown, field: string, label: string): string | null {
  return value === null || value === undefined ? null : requireId(value, field, label);
}

export function requireText(value: unknown, field: string, label: string, max: number): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text === '') throw new DomainError('TEXT_REQUIRED', `${label} måste fyllas i.`, field);
  return checkLength(text, field, label, max);
}

/** Absent, null and blank all mean "not given" and are stored as null. */
export function optionalText(value: unknown, field: string, label: string, max: number): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string')
    throw new DomainError('INVALID_VALUE', `${label} måste vara en text.`, field);
  const text = value.trim();
  return text === '' ? null : checkLength(text, field, label, max);
}

/** A reason is what an auditor reads to understand a change, so it gets its own code. */
export function requireReason(value: unknown, field = 'data.reason', label = 'Skäl'): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text === '') {
    throw new DomainError('REASON_REQUIRED', `${label} måste anges för den här ändringen.`, field);
  }
  return checkLength(text, field, label, TEXT_LIMITS.reason);
}

function checkLength(text: string, field: string, label: string, max: number): string {
  if (text.length > max) {
    throw new DomainError(
      'TEXT_TOO_LONG',
      `${label} får vara högst ${max} tecken (nu ${text.length}).`,
      field,
    );
  }
  return text;
}

export function requireDate(value: unknown, field: string, label: string): string {
  if (!isIsoDate(value)) {
    throw new DomainError('INVALID_DATE', `${label} måste vara ett datum på formen ÅÅÅÅ-MM-DD.`, field);
  }
  return value;
}

export function optionalDate(value: unknown, field: string, label: string): string | null {
  return value === null || value === undefined ? null : requireDate(value, field, label);
}

export function requireOneOf<T extends string>(
  value: unknown,
  options: readonly T[],
  field: string,
  label: string,
): T {
  if (typeof value !== 'string' || !(options as readonly string[]).includes(value)) {
    throw new DomainError('INVALID_VALUE', `${label} måste vara något av: ${options.join(', ')}.`, field);
  }
  return value as T;
}

export function optionalNumber(value: unknown, field: string, label: string): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new DomainError('INVALID_NUMBER', `${label} måste vara ett tal.`, field);
  }
  return value;
}

export function requireNumber(value: unknown, field: string, label: string): number {
  const number = optionalNumber(value, field, label);
  if (number === null) throw new DomainError('INVALID_NUMBER', `${label} måste anges som ett tal.`, field);
  return number;
}

/** For values where leaving the field out would be ambiguous: null must be said explicitly. */
export function requireNumberOrNull(value: unknown, field: string, label: string): number | null {
  if (value === undefined) {
    throw new DomainError(
      'INVALID_NUMBER',
      `${label} måste anges, som ett tal eller som null (svar saknas).`,
      field,
    );
  }
  return optionalNumber(value, field, label);
}

export function requirePlanYear(value: unknown, field: string, label = 'Planår'): number {
  if (
    typeof value !== 'number' ||
    !Number.isInteger(value) ||
    value < PLAN_YEAR_RANGE.min ||
    value > PLAN_YEAR_RANGE.max
  ) {
    throw new DomainError(
      'INVALID_PLAN_YEAR',
      `${label} måste vara ett årtal mellan ${PLAN_YEAR_RANGE.min} och ${PLAN_YEAR_RANGE.max}.`,
      field,
    );
  }
  return value;
}

/** E-mail addresses are compared case-insensitively by everyone, so they are stored in lower case. */
export function requireEmail(value: unknown, field: string): string {
  const email = requireText(value, field, 'E-postadressen', TEXT_LIMITS.epost).toLowerCase();
  if (!EMAIL.test(email)) throw new DomainError('INVALID_EMAIL', 'E-postadressen är inte giltig.', field);
  return email;
}

export function requireObject(value: unknown, field: string, label: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new DomainError('INVALID_VALUE', `${label} saknas eller har fel form.`, field);
  }
  return value as Record<string, unknown>;
}

export function requireArray(value: unknown, field: string, label: string): unknown[] {
  if (!Array.isArray(value)) throw new DomainError('INVALID_VALUE', `${label} måste vara en lista.`, field);
  return value;
}

/** Duplicates in a list are refused rather than dropped: silently fixing input hides mistakes. */
export function requireDistinct<T>(values: readonly T[], field: string, label: string): T[] {
  if (new Set(values).size !== values.length) {
    throw new DomainError('DUPLICATE_VALUE', `${label} innehåller samma värde flera gånger.`, field);
  }
  return [...values];
}
