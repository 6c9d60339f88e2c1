/** The reminders as a process of their own, to be killed by a test: `node -r @swc-node/register …`. */
import { openEventStore } from '@sparbar/event-store';
import { reminderConfigFrom } from '../../src/reminder-config';
import { startReminders } from '../../src/reminders';

async function main(): Promise<void> {
  const env = process.env;
  const { store, sql } = await openEventStore({
    kind: 'postgres',
    url: env.DATABASE_URL!,
    schema: env.DATABASE_SCHEMA,
  });
  const offset = Number(env.CLOCK_OFFSET_MS ?? 0);
  const reminders = await startReminders({
    store,
    sql,
    config: reminderConfigFrom(env),
    redisUrl: env.REDIS_URL,
    prefix: env.REMINDER_PREFIX,
    clock: () => new Date(Date.now() + offset),
    lockDurationMs: 1_000,
    log: (level, message, fields) =>
      process.stdout.write(`${level} ${message} ${JSON.stringify(fields ?? {})}\n`),
  });
  process.stdout.write('ready\n');
  process.on('SIGTERM', () => {
    void reminders
      .close()
      .then(() => store.close())
      .then(() => process.exit(0));
  });
}

void main().catch((error: unknown) => {
  process.stderr.write(`${String((error as Error)?.stack ?? error)}\n`);
  process.exit(1);
});
