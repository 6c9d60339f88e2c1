/**
 * Issue 20, at planning time and in the inbox: once Hälso- och sjukvårdsnämnden has adopted its report
 * for Tertial 1 2023, the schedule (driven by the real PostgreSQL log) plans no more reminders of that
 * period for its own uppdrag and delmål, and its people's inbox no longer lists the ones delivered —
 * while Regionala utvecklingsnämnden, which owes its part of the same joint uppdrag and has not adopted,
 * is still reminded and still sees its entry.
 */
import { DEFAULT_REMINDER_SETTINGS } from '@sparbar/domain';
import { type EventStore, openEventStore, type SqlDriver } from '@sparbar/event-store';
import {
  catchUpLive,
  openProjectionEnvironment,
  periodsProjection,
  type ProjectionEnvironment,
  uppdragNowProjection,
} from '@sparbar/projections';
import { createTestSchema, type TestSchema } from '../../../test/support/postgres';
import { inkorgAmnenProjection } from '../src/inkorg-amnen.projection';
import { inkorgFaststalldaProjection } from '../src/inkorg-faststallda.projection';
import { inkorgProjection } from '../src/inkorg.projection';
import { inkorgOf } from '../src/inkorg.queries';
import { ReminderModel } from '../src/reminder-model';
import { type ReminderJob, type ReminderQueue } from '../src/reminder-queue';
import { ScheduleDriver } from '../src/schedule-driver';
import { append, person, uppdrag, waitFor } from './support/reminder-log';

/** 1 May 2023, before the first reminder of Tertial 1 (deadline 15 May): all of them are ahead. */
const NOW = new Date('2023-05-01T05:00:00Z');

/** The queue's contract, kept in a map to look at. */
class RecordingQueue implements ReminderQueue {
  readonly kind = 'in-process' as const;
  readonly jobs = new Map<string, ReminderJob>();
  private marker: string | null = null;
  async add(jobs: readonly ReminderJob[]) {
    for (const job of jobs) if (!this.jobs.has(job.jobId)) this.jobs.set(job.jobId, job);
  }
  async remove(jobIds: readonly string[]) {
    for (const id of jobIds) this.jobs.delete(id);
  }
  async epoch() {
    return this.marker;
  }
  async setEpoch(epoch: string) {
    this.marker = epoch;
  }
  process() {}
  async depth() {
    return this.jobs.size;
  }
  async close() {}
}

let schema: TestSchema;
let store: EventStore;
let sql: SqlDriver;
let env: ProjectionEnvironment;
const drivers: ScheduleDriver[] = [];

beforeAll(async () => {
  schema = await createTestSchema('adoption_plan_inkorg');
  const settings = { kind: 'postgres' as const, url: schema.connectionString, schema: schema.schema };
  ({ store, sql } = await openEventStore(settings));
  env = await openProjectionEnvironment(settings);
  await person(store, 'person-johan', ['officer'], 'rs');
  await person(store, 'person-maria', ['secretary'], 'hsn');
  await person(store, 'person-run-sekreterare', ['secretary'], 'run');
  await uppdrag(store, 'u-hsn', { ansvarig: 'person-johan', riktasTill: ['hsn'] });
  await uppdrag(store, 'u-joint', { ansvarig: 'person-johan', riktasTill: ['hsn', 'run'] });
  await uppdrag(store, 'u-manad', { ansvarig: 'person-maria', riktasTill: ['hsn'], periodicitet: 'manad' });
  for (const organId of ['hsn', 'run'])
    await append(store, `delmal-d-${organId}`, 'DelmalDefined', {
      delmalId: `d-${organId}`,
      organId,
      planYear: 2023,
      regionmal: { id: 'regionmal-4', namn: 'Mål 4' },
      text: 'Minska klimatutsläppen',
    });
});

afterAll(async () => {
  for (const driver of drivers) await driver.stop();
  await env.close();
  await store.close();
  await schema.drop();
});

async function startDriver(): Promise<RecordingQueue> {
  const queue = new RecordingQueue();
  const driver = new ScheduleDriver({
    store,
    queue,
    model: new ReminderModel(),
    settings: DEFAULT_REMINDER_SETTINGS,
    clock: () => NOW,
    epochCheckMs: 60_000,
  });
  drivers.push(driver);
  await driver.start();
  return queue;
}

/** The items with a reminder planned for the period: `uppdrag.u-hsn`, `delmal.d-run`, … */
const plannedFor = (queue: RecordingQueue, period: string) =>
  [
    ...new Set(
      [...queue.jobs.keys()]
        .filter((id) => id.includes(`.${period}.`))
        .map((id) => id.split(`.${period}.`)[0]),
    ),
  ].sort();

const adopt = (organId: string, period: string) =>
  append(store, `faststallelse-${organId}-${period}`, 'PeriodReportAdopted', {
    organId,
    period,
    meetingDate: '2023-05-10',
    paragraf: '45',
    diarienummer: null,
    previous: null,
  });

it('plans no more reminders of an adopted period for the nämnd’s uppdrag and delmål, but for the other organ of a joint uppdrag', async () => {
  const queue = await startDriver();
  const all = ['delmal.d-hsn', 'delmal.d-run', 'uppdrag.u-hsn', 'uppdrag.u-joint'];
  expect(plannedFor(queue, '2023-T1')).toEqual(all);
  expect(plannedFor(queue, '2023-04')).toEqual(['uppdrag.u-manad']);

  await adopt('hsn', '2023-T1');
  await waitFor('HSN’s Tertial 1 to leave the schedule', () => plannedFor(queue, '2023-T1').length === 2);
  // The monthly uppdrag's April lies in the adopted tertial; May does not.
  expect(plannedFor(queue, '2023-04')).toEqual([]);
  expect(plannedFor(queue, '2023-05')).toEqual(['uppdrag.u-manad']);
  // RUN still owes its part of the joint uppdrag, and its delmål's bedömning.
  expect(plannedFor(queue, '2023-T1')).toEqual(['delmal.d-run', 'uppdrag.u-joint']);
  expect(plannedFor(queue, '2023-T2')).toEqual(all);

  // A schedule built afresh from the log plans the same: the adoption is read at planning time.
  const afresh = await startDriver();
  expect(plannedFor(afresh, '2023-T1')).toEqual(['delmal.d-run', 'uppdrag.u-joint']);
  expect(plannedFor(afresh, '2023-04')).toEqual([]);
});

const PROJECTIONS = [
  uppdragNowProjection,
  periodsProjection,
  inkorgProjection,
  inkorgAmnenProjection,
  inkorgFaststalldaProjection,
];

/** A reminder delivered to a person's inbox, as the worker records it. */
async function delivered(
  personId: string,
  itemKind: 'uppdrag' | 'delmal',
  itemId: string,
  period = '2023-T1',
) {
  const jobId = `${itemKind}.${itemId}.${period}.p14`;
  await append(store, `paminnelse-${itemId}`, 'PaminnelseSent', {
    idempotencyKey: `${jobId}.${personId}.inkorg`,
    channel: 'inkorg',
    recipientPersonId: personId,
    itemKind,
    itemId,
    period,
    deadline: '2023-05-15',
    kind: 'paminnelse',
    jobId,
    messageId: null,
  });
}

it('leaves out of the inbox what the adoption settled, but not the other organ’s part', async () => {
  await delivered('person-maria', 'uppdrag', 'u-joint');
  await delivered('person-maria', 'delmal', 'd-hsn');
  await delivered('person-maria', 'uppdrag', 'u-manad', '2023-04');
  await delivered('person-run-sekreterare', 'uppdrag', 'u-joint');
  await delivered('person-run-sekreterare', 'delmal', 'd-run');
  await delivered('person-johan', 'uppdrag', 'u-hsn');
  await delivered('person-johan', 'uppdrag', 'u-joint');
  const inbox = async (personId: string) => {
    const streams = ['u-hsn', 'u-joint', 'u-manad', 'd-hsn', 'd-run'].map((id) => `paminnelse-${id}`);
    streams.push('faststallelse-hsn-2023-T1', 'faststallelse-run-2023-T1');
    const written = (await Promise.all(streams.map((s) => store.readStream(s)))).flat();
    await catchUpLive(env, PROJECTIONS, { until: Math.max(...written.map((e) => e.position)) });
    return (await inkorgOf(sql, personId)).entries.map((e) => `${e.itemKind}.${e.itemId}`);
  };
  // HSN adopted Tertial 1 (above): its secretary's reminders are settled (April's of the monthly
  // uppdrag too, April lies in Tertial 1), RUN's are not.
  expect(await inbox('person-maria')).toEqual([]);
  expect(await inbox('person-run-sekreterare')).toEqual(['delmal.d-run', 'uppdrag.u-joint']);
  // The ansvarig of another organ: HSN's own uppdrag is settled, the joint one waits for RUN.
  expect(await inbox('person-johan')).toEqual(['uppdrag.u-joint']);
  // A page of one still finds the entry behind a settled one.
  expect((await inkorgOf(sql, 'person-johan', { limit: 1 })).entries).toHaveLength(1);

  await adopt('run', '2023-T1');
  expect(await inbox('person-run-sekreterare')).toEqual([]);
  expect(await inbox('person-johan')).toEqual([]);
});
