/**
 * The reminders of an idle tenant sleep (no model of its log, no queue worker) and still go out on
 * time, once; an append wakes them and re-plans; a restart with nothing new starts asleep. On the real
 * PostgreSQL, the real Redis (a per-test BullMQ prefix) and an SMTP server started here; the clock is
 * shifted so that a reminder due on a day in 2023 falls due seconds from now.
 */
import { randomBytes } from 'node:crypto';
import { type EventStore, openEventStore, type SqlDriver } from '@sparbar/event-store';
import { createTestSchema, type TestSchema } from '../../../test/support/postgres';
import { BullReminderQueue } from '../src/bullmq-queue';
import { reminderConfigFrom } from '../src/reminder-config';
import { SleepingReminders } from '../src/sleeping-reminders';
import { append, person, sleep, uppdrag, waitFor } from './support/reminder-log';
import { SmtpSink } from './support/smtp-sink';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

let schema: TestSchema;
let store: EventStore;
let sql: SqlDriver;
let smtp: SmtpSink;
const running: SleepingReminders[] = [];
const queues: BullReminderQueue[] = [];

beforeAll(async () => {
  schema = await createTestSchema('reminders_sleep');
  ({ store, sql } = await openEventStore({
    kind: 'postgres',
    url: schema.connectionString,
    schema: schema.schema,
  }));
  smtp = await SmtpSink.start();
  await person(store, 'person-johan', ['officer'], 'rs');
});

afterEach(async () => {
  for (const r of running.splice(0)) await r.close();
  for (const q of queues.splice(0)) {
    await q.obliterate().catch(() => undefined);
    await q.close();
  }
});

afterAll(async () => {
  await smtp.close();
  await store.close();
  await schema.drop();
});

/** The queue of a prefix as an operator sees it (runs no jobs). */
function queueOf(prefix: string): BullReminderQueue {
  const queue = new BullReminderQueue({ redisUrl: REDIS_URL, prefix });
  queues.push(queue);
  return queue;
}

/** Sleeping reminders with "now" `offset` ms from the machine's; they look on their own once a minute. */
async function sleeper(prefix: string, offset: number): Promise<SleepingReminders> {
  const reminders = await SleepingReminders.start({
    store,
    sql,
    config: reminderConfigFrom({ SMTP_URL: smtp.url, APP_PUBLIC_URL: 'https://sparbar.region.example' }),
    redisUrl: REDIS_URL,
    prefix,
    clock: () => new Date(Date.now() + offset),
    epochCheckMs: 300,
    sleepAfterMs: 500,
    wakeLeadMs: 1_500,
    lookMs: 60_000,
  });
  running.push(reminders);
  return reminders;
}

const prefixOf = (name: string) => `test-sleep-${name}-${process.pid}-${randomBytes(3).toString('hex')}`;

it('a tenant asleep when its reminder falls due still gets it on time, once', async () => {
  await uppdrag(store, 'inkop', { ansvarig: 'person-johan' });
  const prefix = prefixOf('due');
  // The 14-day reminder of T1 2023 is due 1 May 2023 06:00Z: eight seconds from now.
  const offset = Date.parse('2023-05-01T05:59:52.000Z') - Date.now();
  const dueAt = Date.parse('2023-05-01T06:00:00.000Z') - offset;
  const r = await sleeper(prefix, offset);
  expect(r.awake).toBe(true); // the first start builds the schedule from the log

  await waitFor('the reminders to fall asleep', () => !r.awake);
  expect(Date.now()).toBeLessThan(dueAt - 1_500);
  expect(await queueOf(prefix).delayedIds()).toContain('uppdrag.inkop.2023-T1.p14');
  expect(smtp.to('person-johan@region.example')).toEqual([]);

  const [mail] = await waitFor(
    'the reminder',
    () => smtp.to('person-johan@region.example').length > 0 && smtp.to('person-johan@region.example'),
  );
  const arrived = Date.now();
  expect(mail.messageId).toBe('<uppdrag.inkop.2023-T1.p14.person-johan.epost@sparbar>');
  expect(arrived).toBeGreaterThanOrEqual(dueAt);
  // Woken by its timer before the job fell due, not by the next look a minute later.
  expect(arrived - dueAt).toBeLessThan(15_000);
  expect(r.wakes).toBe(2);
  await sleep(1_500);
  expect(smtp.to('person-johan@region.example')).toHaveLength(1);
});

it('an append wakes the asleep reminders and re-plans; a restart with nothing new starts asleep', async () => {
  await uppdrag(store, 'vard', { ansvarig: 'person-johan' });
  const prefix = prefixOf('append');
  const queue = queueOf(prefix);
  const t1 = async () => (await queue.delayedIds()).filter((id) => id.startsWith('uppdrag.vard.2023-T1.'));
  // 1 March 2023: T1's reminders are two months away.
  const offset = Date.parse('2023-03-01T08:00:00.000Z') - Date.now();
  const r = await sleeper(prefix, offset);
  await waitFor('the reminders to fall asleep', () => !r.awake);
  expect((await t1()).sort()).toEqual([
    'uppdrag.vard.2023-T1.e',
    'uppdrag.vard.2023-T1.p1',
    'uppdrag.vard.2023-T1.p14',
    'uppdrag.vard.2023-T1.p3',
  ]);
  expect(r.wakes).toBe(1);

  // A report for T1 while asleep: its reminders leave the queue.
  await append(store, 'uppdrag-vard', 'UppdragStatusReported', {
    uppdragId: 'vard',
    period: '2023-T1',
    status: 'pagaende_enligt_plan',
    kommentar: 'Enligt plan.',
  });
  await waitFor('T1 to leave the queue', async () => (await t1()).length === 0);
  expect(r.wakes).toBeGreaterThanOrEqual(2);
  await waitFor('the reminders to fall asleep again', () => !r.awake);
  await r.close();
  const planned = (await queue.delayedIds()).sort();
  expect(planned.filter((id) => id.startsWith('uppdrag.vard.2023-T2.'))).toHaveLength(4);

  // Nothing appended since, the queue unchanged: the next start need not read the log.
  const again = await sleeper(prefix, offset);
  expect(again.awake).toBe(false);
  expect(again.wakes).toBe(0);
  await sleep(1_000);
  expect(again.wakes).toBe(0);
  expect((await queue.delayedIds()).sort()).toEqual(planned);
});
