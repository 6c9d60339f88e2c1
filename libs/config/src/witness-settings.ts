/**
 * Where and how often the worker witnesses the chain head outside the database (libs/audit's witness):
 * - WITNESS_DIR: the folder the signed heads are written to, one file each, never rewritten. Default
 *   `<DATA_DIR>/vittne`. Put it where whoever can rewrite the database cannot (another volume, a
 *   write-once mount, a folder an off-site backup copies).
 * - WITNESS_INTERVAL_SECONDS: how often the worker looks whether the chain has moved (default 60); it
 *   witnesses only a head it has not witnessed yet.
 * - WITNESS_KEY_FILE: the Ed25519 private key (PEM). Default: generated once into the witness folder.
 * - WITNESS_MAIL_TO: the auditors' addresses (comma-separated); with SMTP_URL, the head is mailed to
 *   them at each tertial's close.
 */
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

export function witnessSettings(env: Env, dataDir: string | undefined): WitnessSettings {
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
    dir: get('WITNESS_DIR') ?? `${(dataDir ?? get('DATA_DIR') ?? './data').replace(/\/+$/, '')}/vittne`,
    intervalMs: Math.round(seconds * 1000),
    keyFile: get('WITNESS_KEY_FILE'),
    mailTo,
    smtpUrl: get('SMTP_URL'),
    smtpFrom: get('SMTP_FROM') ?? 'Spårbar <noreply@sparbar.local>',
  };
}
