/**
 * Redis keeps nothing on disk here. A Redis of this test's own (never the shared one: other test
 * files use it) is killed while a reminder falls due, and started again empty: the driver notices
 * the schedule is gone, rebuilds it from the log, and the reminder goes out once.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { type EventStore, openEventStore, type SqlDriver } from '@sparbar/event-store';
import { createTestSchema, type TestSchema } from '../../../test/support/postgres';
import { reminderConfigFrom } from '../src/reminder-config';
import { type RunningReminders, startReminders } from '../src/reminders';
import { person, sleep, uppdrag, waitFor } from './support/reminder-log';
import { SmtpSink } from './support/smtp-sink';

let schema: TestSchema;
let store: EventStore;
let sql: SqlDriver;
let smtp: SmtpSink;
let redis: ChildProcess | undefined;
let reminders: RunningReminders | undefined;
let port: number;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port: p } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return p;
}

async function startRedis(): Promise<void> {
  redis = spawn(
    'redis-server',
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--maxmemory-policy',
      'noeviction',
    ],
    {
      stdio: 'ignore',
      // On the machine's clock, as the shared server: a run with this process's clock moved (libfaketime
      // in LD_PRELOAD) must not move the server's, which then never comes up.
      env: { ...process.env, LD_PRELOAD: '' },
    },
  );
  await waitFor('redis-server to listen', async () => {
    const probe = createServer();
    const inUse = await new Promise<boolean>((resolve) => {
      probe.once('error', () => resolve(true));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(false)));
    });
    return inUse;
  });
}

async function killRedis(): Promise<void> {
  const child = redis!;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
  redis = undefined;
}

beforeAll(async () => {
  schema = await createTestSchema('reminders_restart');
  ({ store, sql } = await openEventStore({
    kind: 'postgres',
    url: schema.connectionString,
    schema: schema.schema,
  }));
  smtp = await SmtpSink.start();
  port = await freePort();
  await startRedis();
});

afterAll(async () => {
  await reminders?.close();
  if (redis) await killRedis();
  await smtp.close();
  await store.close();
  await schema.drop();
});

it('sends a reminder that fell due while Redis was down once, after it returns empty', async () => {
  await person(store, 'person-johan', ['officer'], 'rs');
  await uppdrag(store, 'inkop', { ansvarig: 'person-johan' });
  // The 14-day reminder is due 3 s from "now".
  const offset = Date.parse('2023-05-01T05:59:57.000Z') - Date.now();
  reminders = await startReminders({
    store,
    sql,
    config: reminderConfigFrom({ SMTP_URL: smtp.url }),
    redisUrl: `redis://127.0.0.1:${port}`,
    prefix: `test-restart-${randomBytes(3).toString('hex')}`,
    clock: () => new Date(Date.now() + offset),
    epochCheckMs: 200,
  });
  await waitFor('the schedule', async () => (await reminders!.queue.depth()) >= 12);

  await killRedis();
  await sleep(4_000); // the reminder's time passes while Redis is away
  expect(smtp.mails).toEqual([]);
  await startRedis(); // empty: nothing kept on disk

  const [mail] = await waitFor(
    'the reminder after Redis returned',
    () => smtp.mails.length > 0 && smtp.mails,
    30_000,
  );
  expect(mail.messageId).toBe('<uppdrag.inkop.2023-T1.p14.person-johan.epost@sparbar>');
  expect(await reminders.queue.depth()).toBeGreaterThanOrEqual(11); // the rest is scheduled again

  // Rebuilding again (as after a second restart) sends nothing twice: the log is checked first.
  await reminders.driver.rebuild();
  await sleep(1_500);
  expect(smtp.mails).toHaveLength(1);
  const sent = (await store.readStream('paminnelse-inkop')).filter((e) => e.type === 'PaminnelseSent');
  expect(sent.map((e) => (e.data as { channel: string }).channel).sort()).toEqual(['epost', 'inkorg']);
});
