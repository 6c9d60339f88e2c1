import { Client } from 'pg';
import { StartupError, errorCode, errorMessage } from './startup-error';

const CONNECT_TIMEOUT_MS = 5_000;

/**
 * Connects once before the store opens, so a wrong DATABASE_URL is reported as such, in words, even
 * when the store is EventStoreDB and PostgreSQL only holds the read models.
 */
export async function checkPostgres(url: string, setting = 'DATABASE_URL'): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  // A server going away between connect and end must not surface as an unhandled 'error' event.
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw new StartupError(setting, postgresFailure(url, error), { cause: error });
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Why PostgreSQL at `url` could not be used, in the words an operator needs. */
export function postgresFailure(url: string, error: unknown): string {
  const { host, target } = address(url);
  const code = errorCode(error);
  const message = errorMessage(error);
  switch (code) {
    case 'ECONNREFUSED':
    case 'ECONNRESET':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'ETIMEDOUT':
      return `PostgreSQL svarar inte på ${target} (${code})`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `värden "${host}" finns inte (${code})`;
    case '28P01':
    case '28000':
      return `PostgreSQL på ${target} godtar inte inloggningen: ${message}`;
    case '3D000':
      return `databasen finns inte på ${target}: ${message}`;
  }
  if (/timeout/i.test(message)) {
    return `PostgreSQL på ${target} svarade inte inom ${CONNECT_TIMEOUT_MS / 1000} s`;
  }
  return `PostgreSQL på ${target}: ${message}${code ? ` (${code})` : ''}`;
}

function address(url: string): { host: string; target: string } {
  try {
    const parsed = new URL(url);
    const host = parsed.hostname || 'localhost';
    return { host, target: `${host}:${parsed.port || '5432'}` };
  } catch {
    return { host: 'okänd värd', target: 'okänd värd' };
  }
}
