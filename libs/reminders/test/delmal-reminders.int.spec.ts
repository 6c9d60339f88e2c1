/**
 * Delmål reminders end to end, as reminders.int.spec.ts does for uppdrag: the real PostgreSQL, the real
 * Redis (a per-test BullMQ prefix), a real SMTP server started here, the clock shifted so that a
 * reminder due in May 2023 falls due a second or two from now. A delmål asks its nämnd's secretaries
 * for a bedömning per tertial; an assessment for the tertial cancels the rest of its reminders; the
 * delivery is in the secretary's inbox (the read models caught up here, as the worker keeps them).
 */
import { randomBytes } from 'node:crypto';
import { type EventStore, openEventStore, type SqlDriver } from '@sparbar/event-store';
import {
  catchUpLive,
  openProjectionEnvironment,
  periodsProjection,
  type ProjectionEnvironment,
  uppdragNowProjection,
} from '@sparbar/projections';
import { createTestSchema, type TestSchema } from '../../../test/support/postgres';
import { type BullReminderQueue } from '../src/bullmq-queue';
import { inkorgAmnenProjection } from '../src/inkorg-amnen.projection';
import { inkorgFaststalldaProjection } from '../src/inkorg-faststallda.projection';
import { inkorgProjection } from '../src/inkorg.projection';
import { inkorgOf } from '../src/inkorg.queries';
import { reminderConfigFrom } from '../src/reminder-config';
import { type RunningReminders, startReminders } from '../src/reminders';
import { append, person, waitFor } from './support/reminder-log';
import { SmtpSink } from './support/smtp-sink';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const KLIMAT = 'rs-2023-klimat';
const TEXT = 'Minska klimatutsläppen från regionens trafik';

let schema: TestSchema;
let store: EventStore;
let sql: SqlDriver;
let smtp: SmtpSink;
let env: ProjectionEnvironment;
let reminders: RunningReminders | undefined;

beforeAll(async () => {
  schema = await createTestSchema('delmal_reminders');
  const settings = { kind: 'postgres' as const, url: schema.connectionString, schema: schema.schema };
  ({ store, sql } = await openEventStore(settings));
  env = await openProjectionEnvironment(settings);
  smtp = await SmtpSink.start();
  await person(store, 'person-johan', ['officer'], 'rs');
  await person(store, 'person-ida', ['secretary'], 'rs');
  await person(store, 'person-maria', ['secretary'], 'hsn');
});

afterAll(async () => {
  if (reminders) {
    await (reminders.queue as BullReminderQueue).obliterate().catch(() => undefined);
    await reminders.close();
  }
  await smtp.close();
  await env.close();
  await store.close();
  await schema.drop();
});

/** Starts the reminders with "now" at `at` (ISO) plus the time elapsed since. */
async function remindersAt(at: string): Promise<RunningReminders> {
  const offset = Date.parse(at) - Date.now();
  reminders = await startReminders({
    store,
    sql,
    config: reminderConfigFrom({ SMTP_URL: smtp.url, APP_PUBLIC_URL: 'https://sparbar.region.example' }),
    redisUrl: REDIS_URL,
    prefix: `test-delmal-${process.pid}-${randomBytes(3).toString('hex')}`,
    clock: () => new Date(Date.now() + offset),
    epochCheckMs: 300,
  });
  return reminders;
}

const queued = async (r: RunningReminders) =>
  (await (r.queue as BullReminderQueue).delayedIds())
    .filter((id) => id.startsWith(`delmal.${KLIMAT}.`))
    .sort();

async function deliveries() {
  return store.readStream(`paminnelse-delmal.${KLIMAT}`);
}

it("reaches the nämnd's secretary before the T1 deadline, is cancelled by an assessment, and is in the inbox", async () => {
  await append(store, `delmal-${KLIMAT}`, 'DelmalDefined', {
    delmalId: KLIMAT,
    organId: 'rs',
    planYear: 2023,
    regionmal: { id: 'regionmal-4', namn: 'Mål 4. Västerbotten är en ledande miljöregion' },
    text: TEXT,
  });
  // T1's deadline is 15 May 2023, as an uppdrag's: the 14-day reminder is due 1 May 08:00 (06:00Z).
  const r = await remindersAt('2023-05-01T05:59:58.500Z');
  await waitFor('the schedule', async () => (await queued(r)).length >= 10);
  expect(await queued(r)).toEqual(
    expect.arrayContaining([
      `delmal.${KLIMAT}.2023-T1.p14`,
      `delmal.${KLIMAT}.2023-T1.p3`,
      `delmal.${KLIMAT}.2023-T1.p1`,
      `delmal.${KLIMAT}.2023-T1.e`,
      `delmal.${KLIMAT}.2023-T2.p14`,
      `delmal.${KLIMAT}.2023-T3.e`,
    ]),
  );

  const [mail] = await waitFor(
    'the reminder',
    () => smtp.to('person-ida@region.example').length > 0 && smtp.to('person-ida@region.example'),
  );
  expect(mail.subject).toBe(
    `Påminnelse: bedömning av delmålet "${TEXT}" för tertial 1 2023, senast måndag 15 maj 2023`,
  );
  expect(mail.text).toContain('Hej Ida!');
  expect(mail.text).toContain(
    `Delmålet "${TEXT}" ska bedömas för tertial 1 2023 senast måndag 15 maj 2023 (om 14 dagar).`,
  );
  expect(mail.text).toContain(`https://sparbar.region.example/delmal/${KLIMAT}?period=2023-T1`);
  expect(mail.messageId).toBe(`<delmal.${KLIMAT}.2023-T1.p14.person-ida.epost@sparbar>`);
  await waitFor('the delivery events', async () => (await deliveries()).length === 3);
  expect((await deliveries()).map((e) => `${e.type} ${(e.data as { channel: string }).channel}`)).toEqual([
    'PaminnelseSent inkorg',
    'PaminnelseSendStarted epost',
    'PaminnelseSent epost',
  ]);
  expect((await deliveries()).every((e) => (e.data as { itemKind: string }).itemKind === 'delmal')).toBe(
    true,
  );
  // Another nämnd's secretary and the officer get nothing; no uppdrag stream was written.
  expect(smtp.to('person-maria@region.example')).toEqual([]);
  expect(smtp.to('person-johan@region.example')).toEqual([]);
  expect(await store.readStream(`paminnelse-${KLIMAT}`)).toEqual([]);

  // The bedömning for T1 cancels the rest of T1's reminders; T2's stay.
  await append(store, `delmal-${KLIMAT}`, 'DelmalAssessed', {
    delmalId: KLIMAT,
    period: '2023-T1',
    bedomning: 'delvis',
    prognos: 'helt',
    kommentar: 'Resorna minskar.',
  });
  await waitFor('T1 to leave the queue', async () => !(await queued(r)).some((id) => id.includes('2023-T1')));
  expect((await queued(r)).filter((id) => id.includes('2023-T2'))).toEqual([
    `delmal.${KLIMAT}.2023-T2.e`,
    `delmal.${KLIMAT}.2023-T2.p1`,
    `delmal.${KLIMAT}.2023-T2.p14`,
    `delmal.${KLIMAT}.2023-T2.p3`,
  ]);

  // The inbox: the secretary sees the delmål's reminder, titled as the e-mail; the others see nothing.
  const until = Math.max(...(await deliveries()).map((e) => e.position));
  await catchUpLive(
    env,
    [
      uppdragNowProjection,
      periodsProjection,
      inkorgProjection,
      inkorgAmnenProjection,
      inkorgFaststalldaProjection,
    ],
    {
      until,
    },
  );
  const inbox = await inkorgOf(sql, 'person-ida');
  expect(inbox.entries).toEqual([
    expect.objectContaining({
      key: `delmal.${KLIMAT}.2023-T1.p14.person-ida.inkorg`,
      itemKind: 'delmal',
      itemId: KLIMAT,
      itemText: TEXT,
      period: '2023-T1',
      deadline: '2023-05-15',
      kind: 'paminnelse',
      title: mail.subject,
    }),
  ]);
  expect((await inkorgOf(sql, 'person-maria')).entries).toEqual([]);
  expect(smtp.to('person-ida@region.example')).toHaveLength(1);
});
