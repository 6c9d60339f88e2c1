/**
 * Reminders end to end on the real PostgreSQL, the real Redis (a per-test BullMQ prefix) and a real
 * SMTP server started here. The clock is shifted so that a reminder due on a day in 2023 falls due
 * a second or two from now; nothing waits days.
 */
import { randomBytes } from 'node:crypto';
import { type EventStore, openEventStore, type SqlDriver } from '@sparbar/event-store';
import { createTestSchema, type TestSchema } from '../../../test/support/postgres';
import { type BullReminderQueue } from '../src/bullmq-queue';
import { reminderConfigFrom } from '../src/reminder-config';
import { type RunningReminders, startReminders } from '../src/reminders';
import { append, person, sleep, uppdrag, waitFor } from './support/reminder-log';
import { SmtpSink } from './support/smtp-sink';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

let schema: TestSchema;
let store: EventStore;
let sql: SqlDriver;
let smtp: SmtpSink;
const running: RunningReminders[] = [];

beforeAll(async () => {
  schema = await createTestSchema('reminders');
  ({ store, sql } = await openEventStore({
    kind: 'postgres',
    url: schema.connectionString,
    schema: schema.schema,
  }));
  smtp = await SmtpSink.start();
  await person(store, 'person-johan', ['officer'], 'rs');
  await person(store, 'person-ida', ['secretary'], 'rs');
  await person(store, 'person-maria', ['secretary'], 'hsn');
});

afterEach(async () => {
  for (const r of running.splice(0)) {
    await (r.queue as BullReminderQueue).obliterate().catch(() => undefined);
    await r.close();
  }
});

afterAll(async () => {
  await smtp.close();
  await store.close();
  await schema.drop();
});

/** Starts the reminders with "now" at `at` (ISO) plus the time elapsed since. */
async function remindersAt(at: string): Promise<RunningReminders> {
  const offset = Date.parse(at) - Date.now();
  const reminders = await startReminders({
    store,
    sql,
    config: reminderConfigFrom({ SMTP_URL: smtp.url, APP_PUBLIC_URL: 'https://sparbar.region.example' }),
    redisUrl: REDIS_URL,
    prefix: `test-rem-${process.pid}-${randomBytes(3).toString('hex')}`,
    clock: () => new Date(Date.now() + offset),
    epochCheckMs: 300,
  });
  running.push(reminders);
  return reminders;
}

const queued = async (r: RunningReminders, uppdragId: string) =>
  (await (r.queue as BullReminderQueue).delayedIds())
    .filter((id) => id.startsWith(`uppdrag.${uppdragId}.`))
    .sort();

async function deliveries(uppdragId: string) {
  type Delivery = { type: string; channel: string; kind: string };
  return (await store.readStream(`paminnelse-${uppdragId}`)).map((e): Delivery => ({
    type: e.type,
    ...(e.data as { channel: string; kind: string }),
  }));
}

describe('reminders', () => {
  it('reaches the ansvarig before the deadline with the item, period, deadline and link; recorded in the log', async () => {
    await uppdrag(store, 'inkop', { ansvarig: 'person-johan' });
    // The 14-day reminder of T1 2023 is due 1 May 2023 08:00 Swedish time (06:00Z).
    const r = await remindersAt('2023-05-01T05:59:58.500Z');
    // The log may show the registration a moment later than it was written (another open transaction).
    await waitFor('the schedule', async () => (await queued(r, 'inkop')).length >= 3);
    expect(await queued(r, 'inkop')).toEqual(
      expect.arrayContaining([
        'uppdrag.inkop.2023-T1.p14',
        'uppdrag.inkop.2023-T1.p3',
        'uppdrag.inkop.2023-T1.e',
      ]),
    );
    const [mail] = await waitFor(
      'the reminder',
      () => smtp.to('person-johan@region.example').length > 0 && smtp.to('person-johan@region.example'),
    );
    expect(mail.subject).toBe('Påminnelse: rapport för Tertial 1 2023 senast måndag 15 maj 2023');
    expect(mail.text).toContain('Hej Johan!');
    expect(mail.text).toContain('uppdraget "Införa styrd inköpsprocess och standardsortiment"');
    expect(mail.text).toContain('senast måndag 15 maj 2023 (om 14 dagar)');
    expect(mail.text).toContain('https://sparbar.region.example/uppdrag/inkop?period=2023-T1');
    expect(mail.messageId).toBe('<uppdrag.inkop.2023-T1.p14.person-johan.epost@sparbar>');
    await waitFor('the delivery events', async () => (await deliveries('inkop')).length === 3);
    expect((await deliveries('inkop')).map((d) => `${d.type} ${d.channel}`)).toEqual([
      'PaminnelseSent inkorg',
      'PaminnelseSendStarted epost',
      'PaminnelseSent epost',
    ]);
    expect(smtp.mails.filter((m) => m.to.includes('person-ida@region.example'))).toEqual([]);

    // A report before the deadline cancels the rest of that period's reminders.
    await append(store, 'uppdrag-inkop', 'UppdragStatusReported', {
      uppdragId: 'inkop',
      period: '2023-T1',
      status: 'pagaende_enligt_plan',
      kommentar: 'Enligt plan.',
    });
    await waitFor(
      'T1 to leave the queue',
      async () => !(await queued(r, 'inkop')).some((id) => id.includes('2023-T1')),
    );
    expect((await queued(r, 'inkop'))[0]).toMatch(/2023-T2/);

    // An extension adds the reminders of the periods it opens.
    await append(store, 'uppdrag-inkop', 'UppdragSlutdatumExtended', {
      uppdragId: 'inkop',
      from: '2023-12-31',
      to: '2024-04-30',
      reason: 'Förlängt ett år.',
    });
    await waitFor('2024-T1 in the queue', async () =>
      (await queued(r, 'inkop')).some((id) => id.includes('2024-T1')),
    );
    expect((await queued(r, 'inkop')).filter((id) => id.includes('2024-T1'))).toEqual([
      'uppdrag.inkop.2024-T1.e',
      'uppdrag.inkop.2024-T1.p1',
      'uppdrag.inkop.2024-T1.p14',
      'uppdrag.inkop.2024-T1.p3',
    ]);

    // Closing removes them all.
    await append(store, 'uppdrag-inkop', 'UppdragClosed', { uppdragId: 'inkop', kommentar: 'Klart.' });
    await waitFor('the queue to empty', async () => (await queued(r, 'inkop')).length === 0);
    expect(smtp.to('person-johan@region.example')).toHaveLength(1);
  });

  it("escalates to the organ's secretary when the deadline passed without a report", async () => {
    await uppdrag(store, 'vard', { ansvarig: 'person-johan', riktasTill: ['rs'] });
    // Deadline 15 May; the escalation goes out 16 May 08:00.
    const r = await remindersAt('2023-05-16T05:59:58.500Z');
    await waitFor('the schedule', async () => (await queued(r, 'vard')).length > 0);
    expect((await queued(r, 'vard')).filter((id) => id.includes('2023-T1'))).toEqual([
      'uppdrag.vard.2023-T1.e',
    ]);
    const [mail] = await waitFor(
      'the escalation',
      () => smtp.to('person-ida@region.example').length > 0 && smtp.to('person-ida@region.example'),
    );
    expect(mail.subject).toBe('Rapport saknas: Tertial 1 2023, sista dag var måndag 15 maj 2023');
    expect(mail.text).toContain('Ansvarig tjänsteperson: Johan.');
    expect(mail.text).toContain('https://sparbar.region.example/uppdrag/vard?period=2023-T1');
    await waitFor('the delivery events', async () => (await deliveries('vard')).length === 3);
    expect((await deliveries('vard')).every((d) => d.kind === 'eskalering')).toBe(true);
    expect(smtp.to('person-maria@region.example')).toEqual([]); // HSN's secretary: not this uppdrag's organ
  });

  it('on a joint uppdrag escalates only to the organ whose part is missing', async () => {
    await person(store, 'person-run-sekreterare', ['secretary'], 'run');
    // Riktas till RS, HSN och RUN (RS samordnar): RS and HSN report their parts of T1, RUN does not.
    await uppdrag(store, 'gemensamt', {
      ansvarig: 'person-johan',
      riktasTill: ['rs', 'hsn', 'run'],
      samordnare: 'rs',
    });
    for (const organId of ['rs', 'hsn']) {
      await append(store, 'uppdrag-gemensamt', 'UppdragStatusReported', {
        uppdragId: 'gemensamt',
        period: '2023-T1',
        status: 'pagaende_enligt_plan',
        kommentar: `${organId}: enligt plan.`,
        organId,
      });
    }
    const r = await remindersAt('2023-05-16T05:59:58.500Z');
    await waitFor('the schedule', async () => (await queued(r, 'gemensamt')).length > 0);
    expect((await queued(r, 'gemensamt')).filter((id) => id.includes('2023-T1'))).toEqual([
      'uppdrag.gemensamt.2023-T1.e',
    ]);
    const runSecretary = 'person-run-sekreterare@region.example';
    const [mail] = await waitFor(
      'the escalation',
      () => smtp.to(runSecretary).length > 0 && smtp.to(runSecretary),
    );
    expect(mail.text).toContain('https://sparbar.region.example/uppdrag/gemensamt?period=2023-T1');
    await waitFor('the delivery events', async () => (await deliveries('gemensamt')).length === 3);
    const told = (await store.readStream('paminnelse-gemensamt')).map(
      (e) => (e.data as { recipientPersonId: string }).recipientPersonId,
    );
    expect(new Set(told)).toEqual(new Set(['person-run-sekreterare']));

    // T2 stays planned while any part is missing, and leaves the queue once the last part is reported.
    const reportT2 = (organId: string) =>
      append(store, 'uppdrag-gemensamt', 'UppdragStatusReported', {
        uppdragId: 'gemensamt',
        period: '2023-T2',
        status: 'pagaende_enligt_plan',
        kommentar: `${organId}: enligt plan.`,
        organId,
      });
    const t2Queued = async () => (await queued(r, 'gemensamt')).some((id) => id.includes('2023-T2'));
    await reportT2('rs');
    await reportT2('hsn');
    await sleep(300);
    expect(await t2Queued()).toBe(true);
    await reportT2('run');
    await waitFor('T2 to leave the queue', async () => !(await t2Queued()));
  });

  it('replaying the log schedules the same jobs and nothing twice', async () => {
    await uppdrag(store, 'replay', { ansvarig: 'person-johan', periodicitet: 'manad' });
    const r = await remindersAt('2023-01-10T12:00:00Z');
    const first = await waitFor('the schedule', async () => {
      const ids = await queued(r, 'replay');
      return ids.length === 48 && ids;
    });
    expect(first.length).toBeGreaterThan(30);
    const again = await r.driver.rebuild();
    expect(again.jobs).toBeGreaterThan(0);
    expect(await queued(r, 'replay')).toEqual(first);
    await sleep(200);
    expect(smtp.to('person-johan@region.example').filter((m) => m.messageId.includes('replay'))).toEqual([]);
  });
});
