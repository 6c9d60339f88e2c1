/**
 * The reminder settings from the environment. All optional:
 * - SMTP_URL (`smtp://user:pass@host:587`): e-mail is sent only when set; SMTP_FROM the sender;
 * - REMINDER_LEAD_DAYS (`14,3,1`), REMINDER_ESCALATION_DAYS (`1`), REMINDER_SEND_AT (`08:00`),
 *   REMINDER_CATCH_UP_DAYS (`7`), REMINDER_ESCALATE_TO_REGIONDIREKTOR (`false`);
 * - APP_PUBLIC_URL: the base of the links in the messages.
 */
import { DEFAULT_REMINDER_SETTINGS, type ReminderSettings, reminderSettings } from '@sparbar/domain';

export interface ReminderConfig {
  settings: ReminderSettings;
  smtpUrl: string | undefined;
  smtpFrom: string;
  baseUrl: string;
}

export function reminderConfigFrom(env: Readonly<Record<string, string | undefined>>): ReminderConfig {
  const get = (name: string) => (env[name]?.trim() ? env[name]!.trim() : undefined);
  const number = (name: string, fallback: number) => {
    const raw = get(name);
    if (raw === undefined) return fallback;
    if (!/^\d+$/.test(raw)) throw new Error(`${name}: "${raw}" är inget heltal`);
    return Number(raw);
  };
  const leads = get('REMINDER_LEAD_DAYS');
  const settings = reminderSettings({
    leadDays:
      leads === undefined
        ? DEFAULT_REMINDER_SETTINGS.leadDays
        : leads.split(',').map((d) => Number(d.trim())),
    escalationDelayDays: number('REMINDER_ESCALATION_DAYS', DEFAULT_REMINDER_SETTINGS.escalationDelayDays),
    sendAt: get('REMINDER_SEND_AT') ?? DEFAULT_REMINDER_SETTINGS.sendAt,
    catchUpDays: number('REMINDER_CATCH_UP_DAYS', DEFAULT_REMINDER_SETTINGS.catchUpDays),
    escalateToRegiondirektor: /^(true|1)$/i.test(get('REMINDER_ESCALATE_TO_REGIONDIREKTOR') ?? ''),
  });
  return {
    settings,
    smtpUrl: get('SMTP_URL'),
    smtpFrom: get('SMTP_FROM') ?? 'Spårbar <noreply@sparbar.local>',
    baseUrl: get('APP_PUBLIC_URL') ?? 'http://localhost:3000',
  };
}
