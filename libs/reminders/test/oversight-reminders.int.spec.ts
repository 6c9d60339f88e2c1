/**
 * Reminders for the answer to an uppsiktsärende and for the results of a nämnd's intern kontroll, end to
 * end as delmal-reminders.int.spec.ts does for delmål: the real PostgreSQL, the real Redis (a BullMQ
 * prefix per start), a real SMTP server started here, the clock shifted so that what is due on
 * 1 June (ärende) or 1 May 2023 (kontrollmoment) at 08:00 falls due a second or two from now.
 */
import { randomBytes } from 'node:crypto';
import { reportingCalendar, type ReportingCalendar } from '@sparbar/domain';
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
const BASE = 'https://sparbar.region.example';
const mailTo = (personId: string) => `${personId}@region.example`;
/** The e-mails to a person about `what` (the SMTP server is shared by the tests of this file). */
const mailAbout = (personId: string, what: string) =>
  smtp.to(mailTo(personId)).filter((m) => m.subject.includes(what));

let schema: TestSchema;
let store: EventStore;
let sql: SqlDriver;
let smtp: SmtpSink;
let env: ProjectionEnvironment;
let reminders: RunningReminders | undefined;

beforeAll(async () => {
  schema = await createTestSchema('oversight_reminders');
  const settings = { kind: 'postgres' as const, url: schema.connectionString, schema: schema.schema };
  ({ store, sql } = await openEventStore(settings));
  env = await openProjectionEnvironment(settings);
  smtp = await SmtpSink.start();
  await person(store, 'person-ida', ['secretary'], 'rs');
  await person(store, 'person-maria', ['secretary'], 'hsn');
  await person(store, 'person-sara', ['officer'], 'hsn');
  await person(store, 'person-johan', ['officer'], 'rs');
});

afterEach(stopReminders);

afterAll(async () => {
  await smtp.close();
  await env.close();
  await store.close();
  await schema.drop();
});

async function stopReminders(): Promise<void> {
  if (!reminders) return;
  await (reminders.queue as BullReminderQueue).obliterate().catch(() => undefined);
  await reminders.close();
  reminders = undefined;
}

/** Starts the reminders with "now" at `at` (ISO) plus the time elapsed since. */
async function remindersAt(at: string, calendar?: ReportingCalendar): Promise<RunningReminders> {
  const offset = Date.parse(at) - Date.now();
  reminders = await startReminders({
    store,
    sql,
    config: reminderConfigFrom({ SMTP_URL: smtp.url, APP_PUBLIC_URL: BASE }),
    redisUrl: REDIS_URL,
    prefix: `test-oversight-${process.pid}-${randomBytes(3).toString('hex')}`,
    clock: () => new Date(Date.now() + offset),
    calendar,
    epochCheckMs: 300,
  });
  return reminders;
}

const queued = async (r: RunningReminders, prefix: string) =>
  (await (r.queue as BullReminderQueue).delayedIds()).filter((id) => id.startsWith(prefix)).sort();

async function inbox(personId: string) {
  const until = (await store.readAll({ after: 0 })).at(-1)!.position;
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
  return (await inkorgOf(sql, personId)).entries;
}

describe('an uppsiktsärende', () => {
  const VANTETIDER = 'hsn-vantetider';
  const TEXT = 'Redogör för hur väntetiderna i primärvården ska kortas';
  const GLOMD = 'hsn-lokaler';

  const record = (arendeId: string, text: string, dueDate: string) =>
    append(store, `uppsikt-${arendeId}`, 'UppsiktsarendeRecorded', {
      arendeId,
      regionstyrelsenId: 'rs',
      organId: 'hsn',
      item: null,
      kind: 'begaran_om_information',
      text,
      dueDate,
      recordedOn: '2023-05-10',
    });

  it("reminds the organ's secretary of the answer, an answer cancels the rest, and a missed due date goes to regionstyrelsen", async () => {
    await record(VANTETIDER, TEXT, '2023-06-15');
    // Due the day before: its escalation goes out at 08:00 on 1 June, with the other's 14-day reminder.
    await record(GLOMD, 'Plan för lokalförsörjningen', '2023-05-31');
    const r = await remindersAt('2023-06-01T05:59:58.500Z');
    await waitFor('the schedule', async () => (await queued(r, `uppsiktsarende.${VANTETIDER}.`)).length >= 3);
    // (p14 is due in a second or two; it may already have gone out, below.)
    expect(await queued(r, `uppsiktsarende.${VANTETIDER}.`)).toEqual(
      expect.arrayContaining([
        `uppsiktsarende.${VANTETIDER}.svar.e`,
        `uppsiktsarende.${VANTETIDER}.svar.p1`,
        `uppsiktsarende.${VANTETIDER}.svar.p3`,
      ]),
    );

    const [mail] = await waitFor(
      'the reminder',
      () => smtp.to(mailTo('person-maria')).length > 0 && smtp.to(mailTo('person-maria')),
    );
    expect(mail.subject).toBe(`Påminnelse: svar på uppsiktsärendet "${TEXT}", senast torsdag 15 juni 2023`);
    expect(mail.text).toContain('Hej Maria!');
    expect(mail.text).toContain(
      `Regionstyrelsen väntar på svar i uppsiktsärendet "${TEXT}" (begäran om information).`,
    );
    expect(mail.text).toContain('Svaret ska lämnas senast torsdag 15 juni 2023 (om 14 dagar).');
    expect(mail.text).toContain(`${BASE}/uppsikt/${VANTETIDER}`);
    expect(mail.messageId).toBe(`<uppsiktsarende.${VANTETIDER}.svar.p14.person-maria.epost@sparbar>`);

    // The missed one: regionstyrelsen's secretary is told; the organ's secretary gets no escalation.
    const [escalation] = await waitFor(
      'the escalation',
      () => smtp.to(mailTo('person-ida')).length > 0 && smtp.to(mailTo('person-ida')),
    );
    expect(escalation.subject).toBe(
      'Svar saknas: uppsiktsärendet "Plan för lokalförsörjningen", sista dag var onsdag 31 maj 2023',
    );
    expect(escalation.text).toContain('skulle ha lämnats senast onsdag 31 maj 2023 men saknas.');
    expect(escalation.text).toContain(`Se ärendet: ${BASE}/uppsikt/${GLOMD}`);
    expect(smtp.to(mailTo('person-maria'))).toHaveLength(1);
    expect(smtp.to(mailTo('person-sara'))).toEqual([]);

    // The deliveries are evidence in the ärende's own delivery stream.
    await waitFor(
      'the delivery events',
      async () => (await store.readStream(`paminnelse-uppsikt.${VANTETIDER}`)).length === 3,
    );
    const events = await store.readStream(`paminnelse-uppsikt.${VANTETIDER}`);
    expect(events.map((e) => `${e.type} ${(e.data as { channel: string }).channel}`)).toEqual([
      'PaminnelseSent inkorg',
      'PaminnelseSendStarted epost',
      'PaminnelseSent epost',
    ]);
    expect(events[0].data).toMatchObject({ itemKind: 'uppsiktsarende', itemId: VANTETIDER, period: 'svar' });
    await waitFor(
      'the escalation events',
      async () => (await store.readStream(`paminnelse-uppsikt.${GLOMD}`)).length === 3,
    );

    // The organ answers: the remaining reminders and the escalation leave the queue.
    await append(store, `uppsikt-${VANTETIDER}`, 'UppsiktsarendeAnswered', {
      arendeId: VANTETIDER,
      organId: 'hsn',
      text: 'Vi inför en gemensam vårdplatskoordinering.',
      answeredOn: '2023-06-01',
    });
    await waitFor(
      'the ärende to leave the queue',
      async () => (await queued(r, `uppsiktsarende.${VANTETIDER}.`)).length === 0,
    );

    // The inbox: each sees theirs, titled as the e-mail, linking to the ärende.
    expect(await inbox('person-maria')).toEqual([
      expect.objectContaining({
        key: `uppsiktsarende.${VANTETIDER}.svar.p14.person-maria.inkorg`,
        itemKind: 'uppsiktsarende',
        itemId: VANTETIDER,
        itemText: TEXT,
        period: 'svar',
        deadline: '2023-06-15',
        kind: 'paminnelse',
        title: mail.subject,
        link: `/uppsikt/${VANTETIDER}`,
      }),
    ]);
    expect(await inbox('person-ida')).toEqual([
      expect.objectContaining({
        itemKind: 'uppsiktsarende',
        itemId: GLOMD,
        kind: 'eskalering',
        title: escalation.subject,
      }),
    ]);
  });
});

describe("a nämnd's internkontrollplan", () => {
  const plan = (type: string, data: object) =>
    append(store, 'internkontroll-hsn-2023', type, { organId: 'hsn', year: 2023, ...data });
  const change = { changesAdoptedPlan: false, reason: null };

  it('reminds the person a kontrollmoment names, or the secretaries, cancels on a result, and escalates after the deadline', async () => {
    await plan('InternkontrollplanCreated', {});
    await plan('RiskAdded', {
      ...change,
      riskId: 'r-inkop',
      text: 'Inköp utanför avtal',
      sannolikhet: 3,
      konsekvens: 2,
      riskvarde: 6,
    });
    await plan('KontrollmomentAdded', {
      ...change,
      riskId: 'r-inkop',
      kontrollmomentId: 'km-inkop',
      vad: 'Stickprov på inköp',
      hur: 'Tio fakturor granskas mot avtalen',
      vem: 'person-sara',
      frekvens: 'tertial',
    });
    await plan('KontrollmomentAdded', {
      ...change,
      riskId: 'r-inkop',
      kontrollmomentId: 'km-attest',
      vad: 'Attest av leverantörsfakturor',
      hur: 'Attestlistan jämförs med delegationsordningen',
      vem: 'Ekonomichef',
      frekvens: 'manad',
    });
    // March's deadline is 30 April in this årshjul: its escalation goes out at 08:00 on 1 May, with
    // the 14-day reminders before 15 May (T1 and April).
    const r = await remindersAt(
      '2023-05-01T05:59:58.500Z',
      reportingCalendar({ deadlines: { '2023-03': '2023-04-30' } }),
    );
    // A draft owes nothing: the reminders come with the adoption.
    expect(await queued(r, 'kontrollmoment.hsn-2023.')).toEqual([]);
    await plan('InternkontrollplanAdopted', { adoptedOn: '2023-02-20', paragraf: '§ 12' });
    await waitFor(
      'the schedule',
      async () => (await queued(r, 'kontrollmoment.hsn-2023.km-inkop.2023-T2.')).length === 4,
    );
    // (p14 is due in a second or two; it may already have gone out, below.)
    expect(await queued(r, 'kontrollmoment.hsn-2023.km-inkop.2023-T1.')).toEqual(
      expect.arrayContaining([
        'kontrollmoment.hsn-2023.km-inkop.2023-T1.e',
        'kontrollmoment.hsn-2023.km-inkop.2023-T1.p1',
        'kontrollmoment.hsn-2023.km-inkop.2023-T1.p3',
      ]),
    );

    // km-inkop names Sara, who is in the directory: she is reminded.
    const [mail] = await waitFor(
      'the reminder',
      () =>
        mailAbout('person-sara', 'kontrollmoment').length > 0 && mailAbout('person-sara', 'kontrollmoment'),
    );
    expect(mail.subject).toBe(
      'Påminnelse: resultat av kontrollmomentet "Stickprov på inköp" för tertial 1 2023, senast måndag 15 maj 2023',
    );
    expect(mail.text).toContain('Hej Sara!');
    expect(mail.text).toContain(
      'Kontrollmomentet "Stickprov på inköp" i internkontrollplanen 2023 ska ha ett resultat för tertial 1 2023 senast måndag 15 maj 2023 (om 14 dagar).',
    );
    expect(mail.text).toContain('Du får påminnelsen som ansvarig för kontrollen.');
    expect(mail.text).toContain(`${BASE}/internkontroll/hsn/2023?kontrollmoment=km-inkop&period=2023-T1`);
    expect(mail.messageId).toBe('<kontrollmoment.hsn-2023.km-inkop.2023-T1.p14.person-sara.epost@sparbar>');

    // km-attest names a role: the nämnd's secretary gets April's reminder and March's escalation.
    const mariaMail = await waitFor(
      'the secretary',
      () =>
        mailAbout('person-maria', 'kontrollmoment').length >= 2 &&
        mailAbout('person-maria', 'kontrollmoment'),
    );
    expect(mariaMail.map((m) => m.subject).sort()).toEqual([
      'Påminnelse: resultat av kontrollmomentet "Attest av leverantörsfakturor" för april 2023, senast måndag 15 maj 2023',
      'Resultat saknas: kontrollmomentet "Attest av leverantörsfakturor" för mars 2023, sista dag var söndag 30 april 2023',
    ]);
    const reminderToMaria = mariaMail.find((m) => m.subject.startsWith('Påminnelse'))!;
    expect(reminderToMaria.text).toContain(
      'Du får påminnelsen som sekreterare i nämnden; kontrollen görs av: Ekonomichef.',
    );
    expect(mailAbout('person-ida', 'kontrollmoment')).toEqual([]);

    // The evidence: all in the plan's delivery stream, each naming its kontrollmoment and plan.
    await waitFor(
      'the delivery events',
      async () => (await store.readStream('paminnelse-internkontroll.hsn-2023')).length === 9,
    );
    const events = await store.readStream('paminnelse-internkontroll.hsn-2023');
    expect(events.every((e) => (e.data as { itemKind: string; planId: string }).planId === 'hsn-2023')).toBe(
      true,
    );
    expect(events.find((e) => (e.data as { kind: string }).kind === 'eskalering')?.data).toMatchObject({
      itemKind: 'kontrollmoment',
      itemId: 'km-attest',
      period: '2023-03',
      deadline: '2023-04-30',
      recipientPersonId: 'person-maria',
    });

    // A result for T1 cancels the rest of km-inkop's T1; T2 stays, and km-attest is untouched.
    await plan('KontrollresultatRecorded', {
      kontrollmomentId: 'km-inkop',
      period: '2023-T1',
      resultat: 'utan_anmarkning',
      beskrivning: null,
      recordedOn: '2023-05-01',
    });
    await waitFor(
      'T1 to leave the queue',
      async () => (await queued(r, 'kontrollmoment.hsn-2023.km-inkop.2023-T1.')).length === 0,
    );
    expect(await queued(r, 'kontrollmoment.hsn-2023.km-inkop.2023-T2.')).toHaveLength(4);
    expect(await queued(r, 'kontrollmoment.hsn-2023.km-attest.2023-04.')).toHaveLength(3);

    // The inbox: Sara's entry names the kontrollmoment and links to the plan.
    expect(await inbox('person-sara')).toEqual([
      expect.objectContaining({
        key: 'kontrollmoment.hsn-2023.km-inkop.2023-T1.p14.person-sara.inkorg',
        itemKind: 'kontrollmoment',
        itemId: 'km-inkop',
        planId: 'hsn-2023',
        itemText: 'Stickprov på inköp',
        period: '2023-T1',
        title: mail.subject,
        link: '/internkontroll/hsn/2023?kontrollmoment=km-inkop&period=2023-T1',
      }),
    ]);
    expect(mailAbout('person-sara', 'kontrollmoment')).toHaveLength(1);
  });
});

describe('an åtgärd after an avvikelse', () => {
  const plan = (type: string, data: object) =>
    append(store, 'internkontroll-rs-2023', type, { organId: 'rs', year: 2023, ...data });
  const change = { changesAdoptedPlan: false, reason: null };
  const TEXT = 'Teckna avtal med leverantören av tolktjänster';

  it('reminds its responsible before the due date, and klar cancels the rest', async () => {
    await plan('InternkontrollplanCreated', {});
    await plan('RiskAdded', {
      ...change,
      riskId: 'r-avtal',
      text: 'Köp utan avtal',
      sannolikhet: 2,
      konsekvens: 3,
      riskvarde: 6,
    });
    await plan('KontrollmomentAdded', {
      ...change,
      riskId: 'r-avtal',
      kontrollmomentId: 'km-avtal',
      vad: 'Avtalstrohet',
      hur: 'Leverantörsreskontran jämförs med avtalsdatabasen',
      vem: 'Inköpschef',
      frekvens: 'ar',
    });
    await plan('InternkontrollplanAdopted', { adoptedOn: '2023-02-20', paragraf: null });
    await plan('KontrollresultatRecorded', {
      kontrollmomentId: 'km-avtal',
      period: '2023',
      resultat: 'avvikelse',
      beskrivning: 'Tolktjänster köps utan avtal.',
      recordedOn: '2023-05-10',
    });
    await plan('AtgardAdded', {
      atgardId: 'a-tolk',
      kontrollmomentId: 'km-avtal',
      period: '2023',
      text: TEXT,
      ansvarigPersonId: 'person-johan',
      dueDate: '2023-06-15',
      status: 'planerad',
    });

    const r = await remindersAt('2023-06-01T05:59:58.500Z');
    await waitFor('the schedule', async () => (await queued(r, 'atgard.rs-2023.a-tolk.')).length >= 2);
    const [mail] = await waitFor(
      'the reminder',
      () => mailAbout('person-johan', 'åtgärden').length > 0 && mailAbout('person-johan', 'åtgärden'),
    );
    expect(mail.subject).toBe(`Påminnelse: åtgärden "${TEXT}" ska vara klar senast torsdag 15 juni 2023`);
    expect(mail.text).toContain('Hej Johan!');
    expect(mail.text).toContain(
      `Åtgärden "${TEXT}" efter avvikelsen i kontrollmomentet "Avtalstrohet" för år 2023 ska vara klar senast torsdag 15 juni 2023 (om 14 dagar).`,
    );
    expect(mail.text).toContain('Den står nu som planerad.');
    expect(mail.text).toContain(`${BASE}/internkontroll/rs/2023?atgard=a-tolk`);
    expect(mail.messageId).toBe('<atgard.rs-2023.a-tolk.2023.p14.person-johan.epost@sparbar>');
    expect(await queued(r, 'atgard.rs-2023.a-tolk.')).toEqual([
      'atgard.rs-2023.a-tolk.2023.p1',
      'atgard.rs-2023.a-tolk.2023.p3',
    ]);

    // Pågår keeps them; klar takes them away.
    await plan('AtgardStatusChanged', { atgardId: 'a-tolk', from: 'planerad', to: 'pagar', kommentar: null });
    await plan('AtgardStatusChanged', {
      atgardId: 'a-tolk',
      from: 'pagar',
      to: 'klar',
      kommentar: 'Avtal tecknat.',
    });
    await waitFor(
      'the åtgärd to leave the queue',
      async () => (await queued(r, 'atgard.rs-2023.')).length === 0,
    );

    await waitFor(
      'the delivery events',
      async () => (await store.readStream('paminnelse-internkontroll.rs-2023')).length === 3,
    );
    expect((await store.readStream('paminnelse-internkontroll.rs-2023'))[0].data).toMatchObject({
      itemKind: 'atgard',
      itemId: 'a-tolk',
      planId: 'rs-2023',
      period: '2023',
      deadline: '2023-06-15',
    });
    expect(await inbox('person-johan')).toEqual([
      expect.objectContaining({
        itemKind: 'atgard',
        itemId: 'a-tolk',
        planId: 'rs-2023',
        itemText: TEXT,
        title: mail.subject,
        link: '/internkontroll/rs/2023?atgard=a-tolk',
      }),
    ]);
  });
});
