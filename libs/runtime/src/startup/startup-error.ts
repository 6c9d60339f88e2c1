import { ConfigError } from '@sparbar/config';

/**
 * Something named in the configuration does not work (a server does not answer, a folder cannot be
 * written). The message is one line, `SETTING: reason`, so an operator knows what to fix.
 */
export class StartupError extends Error {
  constructor(
    readonly setting: string,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`${setting}: ${oneLine(reason)}`, options);
    this.name = 'StartupError';
  }
}

/** The line printed when start-up fails: the setting and the reason, never a stack trace. */
export function describeStartupFailure(error: unknown): string {
  if (error instanceof StartupError || error instanceof ConfigError) return oneLine(error.message);
  if (error instanceof Error) return oneLine(`${error.name}: ${error.message}`);
  return oneLine(String(error));
}

export function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

/** The error code of a failed connection, also when Node wraps several attempts (IPv4 + IPv6). */
export function errorCode(error: unknown): string | undefined {
  const e = error as { code?: unknown; errors?: unknown[]; cause?: unknown } | undefined;
  if (typeof e?.code === 'string') return e.code;
  if (Array.isArray(e?.errors)) return errorCode(e.errors[0]);
  if (e?.cause) return errorCode(e.cause);
  return undefined;
}

export function errorMessage(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return errorMessage(error.errors[0]);
  return error instanceof Error ? error.message : String(error);
}
