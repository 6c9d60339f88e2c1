/**
 * A worker SIGKILLed in the middle of sending: the SMTP server (started here) has the whole message
 * but holds back its answer until the worker is dead. The restarted worker takes the stalled job
 * over, finds the sending started without an outcome in the log, records it as uncertain and does
 * not send again: one e-mail.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { type EventStore, openEventStore } from '@sparbar/event-store';
import { createTestSchema, type TestSchema } from '../../../test/support/postgres';
import { BullReminderQueue } from '../src/bullmq-queue';
import { person, sleep, uppdrag, waitFor } from './support/reminder-log';
import { SmtpSink } from './support/smtp-sink';

const ROOT = join(__dirname, '..', '..', '..');
const WORKER = join(__dirname, 'support', 'reminder-worker.ts');
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const PREFIX = `test-crash-${process.pid}-${randomBytes(3).toString('hex')}`;

let schema: TestSchema;
let store: EventStore;
let smtp: SmtpSink;
const children: ChildProcess[] = [];

function spawnWorker(offset: number): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', WORKER], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_OPTIONS: '',
      DATABASE_URL: schema.connectionString,
      DATABASE_SCHEMA: schema.schema,
      REDIS_URL,
      REMINDER_PREFIX: PREFIX,
      SMTP_URL: smtp.url,
      CLOCK_OFFSET_MS: String(offset),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  return { child, output: () => output };
}

beforeAll(async () => {
  schema = await createTestSchema('reminders_crash');
  ({ store } = await openEventStore({
    kind: 'postgres',
    url: schema.connectionString,
    schema: schema.schema,
  }));
  smtp = await SmtpSink.start();
});

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  const queue = new BullReminderQueue({ redisUrl: REDIS_URL, prefix: PREFIX });
  await queue.obliterate().catch(() => undefined);
  await queue.close();
  await smtp.close();
  await store.close();
  await schema.drop();
});

it('sends one e-mail when the worker is killed between handing it over and hearing back', async () => {
  await person(store, 'person-johan', ['officer'], 'rs');
  await uppdrag(store, 'inkop', { ansvarig: 'person-johan' });
  let release!: () => void;
  smtp.hold = new Promise((resolve) => (release = resolve));
  const received = new Promise<void>((resolve) => (smtp.onData = resolve));

  // The 14-day reminder falls due a few seconds after the worker started.
  const offset = Date.parse('2023-05-01T05:59:54.000Z') - Date.now();
  const first = spawnWorker(offset);
  await received;
  const exited = new Promise((resolve) => first.child.once('exit', resolve));
  first.child.kill('SIGKILL');
  await exited;
  release();
  expect(smtp.mails).toHaveLength(1);
  const types = async () => (await store.readStream('paminnelse-inkop')).map((e) => e.type);
  expect(await types()).toEqual(['PaminnelseSent', 'PaminnelseSendStarted']); // inbox, then the started e-mail

  smtp.hold = undefined;
  const second = spawnWorker(offset);
  await waitFor(
    'the restarted worker to settle the key',
    async () => (await types()).includes('PaminnelseSendUncertain'),
    60_000,
  ).catch((error: Error) => {
    throw new Error(`${error.message}\n${second.output()}`);
  });
  await sleep(1_500);
  expect(smtp.mails).toHaveLength(1);
  expect(await types()).toEqual(['PaminnelseSent', 'PaminnelseSendStarted', 'PaminnelseSendUncertain']);
  second.child.kill('SIGTERM');
  await new Promise((resolve) => second.child.once('exit', resolve));
});
