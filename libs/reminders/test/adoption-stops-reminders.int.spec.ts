/**
 * Issue 20: once a nämnd has adopted its report for a period, that period's reminders to the organ
 * stop — asked of the real PostgreSQL log the way the worker asks when a job's time comes (dueNow). A
 * joint uppdrag still reminds the organs that owe their part and have not adopted; a delmål's
 * reminders stop with its nämnd's adoption.
 */
import { DEFAULT_REMINDER_SETTINGS, delmalReminderJobId, reminderJobId } from '@sparbar/domain';
import { type EventStore, openEventStore } from '@sparbar/event-store';
import { createTestSchema, type TestSchema } from '../../../test/support/postgres';
import { type Due, dueNow } from '../src/due-now';
import { ReminderModel } from '../src/reminder-model';
import { type ReminderJob } from '../src/reminder-queue';
import { append, person, uppdrag } from './support/reminder-log';

// Three days before T1's deadline (15 May 2023), just before the reminder's time.
const NOW = '2023-05-12T05:59:00Z';

const PEOPLE: [string, string[], string][] = [
  ['person-johan', ['officer'], 'rs'],
  ['person-maria', ['secretary'], 'hsn'],
  ['person-run-sekreterare', ['secretary'], 'run'],
];

let schema: TestSchema;
let store: EventStore;
const model = new ReminderModel();

beforeAll(async () => {
  schema = await createTestSchema('adoption_reminders');
  ({ store } = await openEventStore({
    kind: 'postgres',
    url: schema.connectionString,
    schema: schema.schema,
  }));
  // The people are read from their own streams: the global order may hold new events back while
  // another transaction in the database (another suite's) is open.
  for (const [personId, roles, organId] of PEOPLE) {
    await person(store, personId, roles, organId);
    for (const e of await store.readStream(`person-${personId}`)) model.apply(e);
  }
});

afterAll(async () => {
  await store.close();
  await schema.drop();
});

const ctx = () => ({
  store,
  model,
  settings: DEFAULT_REMINDER_SETTINGS,
  baseUrl: 'https://sparbar.region.example',
});

const uppdragJob = (uppdragId: string): ReminderJob => ({
  itemKind: 'uppdrag',
  jobId: reminderJobId(uppdragId, '2023-T1', 3),
  uppdragId,
  period: '2023-T1',
  deadline: '2023-05-15',
  kind: 'paminnelse',
  leadDays: 3,
  fireAt: '2023-05-12T06:00:00Z',
});

const adopt = (organId: string, period = '2023-T1') =>
  append(store, `faststallelse-${organId}-${period}`, 'PeriodReportAdopted', {
    organId,
    period,
    meetingDate: '2023-05-10',
    paragraf: '45',
    diarienummer: null,
    previous: null,
  });

const recipients = (due: Due | string) => (typeof due === 'string' ? due : due.recipients);

it('stops an uppdrag’s reminder for the period once its organ has adopted it, and not for another period', async () => {
  await uppdrag(store, 'u-hsn', { ansvarig: 'person-maria', riktasTill: ['hsn'] });
  expect(recipients(await dueNow(ctx(), uppdragJob('u-hsn'), NOW))).toEqual(['person-maria']);

  await adopt('hsn', '2023-04');
  expect(recipients(await dueNow(ctx(), uppdragJob('u-hsn'), NOW))).toEqual(['person-maria']);

  await adopt('hsn');
  expect(await dueNow(ctx(), uppdragJob('u-hsn'), NOW)).toBe('perioden är fastställd');
});

it('on a joint uppdrag, reminds only the organs that owe their part and have not adopted', async () => {
  await uppdrag(store, 'u-joint', { ansvarig: 'person-johan', riktasTill: ['rs', 'hsn', 'run'] });
  await append(store, 'uppdrag-u-joint', 'UppdragStatusReported', {
    uppdragId: 'u-joint',
    period: '2023-T1',
    status: 'pagaende_enligt_plan',
    kommentar: 'RS del följer planen.',
    organId: 'rs',
  });
  // HSN has adopted 2023-T1 in the test before: only RUN still owes.
  expect(recipients(await dueNow(ctx(), uppdragJob('u-joint'), NOW))).toEqual(['person-run-sekreterare']);
  await adopt('run');
  expect(await dueNow(ctx(), uppdragJob('u-joint'), NOW)).toBe('perioden är fastställd');
});

it('stops a delmål’s reminder once its nämnd has adopted the period', async () => {
  await append(store, 'delmal-d-run', 'DelmalDefined', {
    delmalId: 'd-run',
    organId: 'run',
    planYear: 2023,
    regionmal: { id: 'regionmal-4', namn: 'Mål 4' },
    text: 'Minska klimatutsläppen',
  });
  await append(store, 'delmal-d-rs', 'DelmalDefined', {
    delmalId: 'd-rs',
    organId: 'rs',
    planYear: 2023,
    regionmal: { id: 'regionmal-4', namn: 'Mål 4' },
    text: 'Minska klimatutsläppen',
  });
  const job = (delmalId: string): ReminderJob => ({
    itemKind: 'delmal',
    jobId: delmalReminderJobId(delmalId, '2023-T1', 3),
    delmalId,
    period: '2023-T1',
    deadline: '2023-05-15',
    kind: 'paminnelse',
    leadDays: 3,
    fireAt: '2023-05-12T06:00:00Z',
  });
  expect(await dueNow(ctx(), job('d-run'), NOW)).toBe('perioden är fastställd');
  // RS has no secretary here, but its delmål is still due: it is not adopted.
  expect(recipients(await dueNow(ctx(), job('d-rs'), NOW))).toEqual([]);
});

it('stops a monthly uppdrag’s April reminder once its organ has adopted Tertial 1, which April lies in', async () => {
  await uppdrag(store, 'u-manad', { ansvarig: 'person-johan', riktasTill: ['rs'], periodicitet: 'manad' });
  const april: ReminderJob = {
    itemKind: 'uppdrag',
    jobId: reminderJobId('u-manad', '2023-04', 3),
    uppdragId: 'u-manad',
    period: '2023-04',
    deadline: '2023-05-15',
    kind: 'paminnelse',
    leadDays: 3,
    fireAt: '2023-05-12T06:00:00Z',
  };
  expect(recipients(await dueNow(ctx(), april, NOW))).toEqual(['person-johan']);
  await adopt('rs', '2023-T2');
  expect(recipients(await dueNow(ctx(), april, NOW))).toEqual(['person-johan']);
  await adopt('rs', '2023-T1');
  expect(await dueNow(ctx(), april, NOW)).toBe('perioden är fastställd');
});
