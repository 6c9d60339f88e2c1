/**
 * Where and how often the worker witnesses the chain head outside the database (libs/audit's witness):
 * - WITNESS_DIR: the folder the signed heads are written to, one file each, never rewritten. Put it
 *   where whoever can rewrite the database cannot (another volume, a write-once mount, a folder an
 *   off-site backup copies). A witness belongs to one log, so the default is one folder per database:
 *   `<DATA_DIR>/vittne` for the embedded one, `<DATA_DIR or ./data>/vittne/<host>-<port>-<database>-<schema>`
 *   for a server (two installations, or two test schemas, must not check each other's heads), and a
 *   fresh temporary folder for a log in memory, which does not outlive the process either.
 * - WITNESS_INTERVAL_SECONDS: how often the worker looks whether the chain has moved (default 60); it
 *   witnesses only a head it has not witnessed yet.
 * - WITNESS_KEY_FILE: the Ed25519 private key (PEM). Default: generated once into the witness folder.
 * - WITNESS_MAIL_TO: the auditors' addresses (comma-separated); with SMTP_URL, the head is mailed to
 *   them at each tertial's close.
 */
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type EventStoreSettings } from '@sparbar/event-store';
import { ConfigError } from './config-error';

export interface WitnessSettings {
  dir: string;
  intervalMs: number;
  keyFile: string | undefined;
  mailTo: string[];
  smtpUrl: string | undefined;
  smtpFrom: string;
}

type Env = Readonly<Record<string, string | undefined>>;

const EMAIL = /^[^\s@,]+@[^\s@,]+$/;

export function witnessSettings(env: Env, store: EventStoreSettings): WitnessSettings {
  const get = (name: string) => (env[name]?.trim() ? env[name]!.trim() : undefined);
  const rawInterval = get('WITNESS_INTERVAL_SECONDS');
  const seconds = rawInterval === undefined ? 60 : Number(rawInterval);
  if (!Number.isFinite(seconds) || seconds < 0.05 || seconds > 86_400)
    throw new ConfigError(
      'WITNESS_INTERVAL_SECONDS',
      `"${rawInterval}" är inget antal sekunder mellan 0,05 och 86400`,
    );
  const mailTo = (get('WITNESS_MAIL_TO') ?? '')
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  const wrong = mailTo.find((a) => !EMAIL.test(a));
  if (wrong) throw new ConfigError('WITNESS_MAIL_TO', `"${wrong}" är ingen e-postadress`);
  return {
    dir: get('WITNESS_DIR') ?? defaultDir(store, get('DATA_DIR') ?? './data'),
    intervalMs: Math.round(seconds * 1000),
    keyFile: get('WITNESS_KEY_FILE'),
    mailTo,
    smtpUrl: get('SMTP_URL'),
    smtpFrom: get('SMTP_FROM') ?? 'Spårbar <noreply@sparbar.local>',
  };
}

function defaultDir(store: EventStoreSettings, dataDir: string): string {
  const base = join(dataDir, 'vittne');
  switch (store.kind) {
    case 'embedded':
      return join(store.dataDir, 'vittne');
    case 'memory':
      return join(tmpdir(), `sparbar-vittne-${randomUUID()}`);
    case 'postgres':
      return join(base, serverName(store.url, store.schema ?? 'public'));
    case 'eventstoredb':
      return join(base, serverName(store.url, 'eventstoredb'));
  }
}

/** host-port-database-schema, safe as a folder name, without user or password. */
function serverName(url: string, schema: string): string {
  return [...server(url), schema].map((p) => p.replace(/[^A-Za-z0-9_.]/g, '_')).join('-');
}

function server(url: string): string[] {
  try {
    const u = new URL(url);
    return [u.hostname, u.port || 'standard', u.pathname.replace(/^\//, '') || 'standard'];
  } catch {
    // A cluster's URL (esdb+discover://a:2113,b:2113) is no URL to node: its hosts, credentials dropped.
    return [url.replace(/^[^:]+:\/\/([^@/]*@)?/, '').split(/[/?]/)[0]];
  }
}
