/**
 * Use cases on PostgreSQL. A write makes two store round trips (read the stream, append to it) and
 * answers with the stream as stored, so no adapter reads it again. A dry run (an import's validation)
 * reaches the store only to read: later commands see the earlier ones' writes, the store sees none.
 */
import { type UppdragCommand, uppdragDecider, uppdragStream } from '@sparbar/domain';
import { ACTOR, ORGAN, PERSON } from '@sparbar/domain/testing/fixtures';
import { INKOP, registerInkop } from '@sparbar/domain/uppdrag/uppdrag.spec-fixtures';
import { type EventStore, migrate, PgDriver, PostgresEventStore } from '@sparbar/event-store';
import { createTestSchema, type TestSchema } from '../../../test/support/postgres';
import { registerUppdrag } from '../src/uppdrag/register-uppdrag';
import { reportUppdragStatus } from '../src/uppdrag/report-uppdrag-status';
import { Application } from '../src/write/application';
import { CommandHandler, type CommandInput } from '../src/write/command-handler';
import { organ, person } from './support/given';

let schema: TestSchema;
let store: PostgresEventStore;
let now = new Date('2023-01-16T09:00:00Z');
const clock = () => now;

beforeAll(async () => {
  schema = await createTestSchema('use_cases');
  const driver = new PgDriver({ connectionString: schema.connectionString, schema: schema.schema });
  await migrate(driver, schema.schema);
  store = new PostgresEventStore(driver);
  for (const { stream, type, data } of [
    ...organ(ORGAN.RF, 'regionfullmaktige'),
    ...organ(ORGAN.RS, 'regionstyrelse'),
    ...organ(ORGAN.HSN, 'namnd'),
    ...person(PERSON.johan, ['officer'], ORGAN.RS),
  ]) {
    await store.appendToStream(stream, [
      { type, data: data as never, metadata: { actor: 'seed', occurredAt: '2022-12-01T09:00:00Z' } },
    ]);
  }
});
afterAll(async () => {
  await store.close();
  await schema.drop();
});

/** The store, counting every call of its methods by name. */
function counting(target: EventStore): { store: EventStore; calls: string[]; streams: unknown[] } {
  const calls: string[] = [];
  const streams: unknown[] = [];
  const proxy = new Proxy(target, {
    get(object, property, receiver) {
      const value: unknown = Reflect.get(object, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.push(String(property));
        streams.push(args[0]);
        return (value as (...a: unknown[]) => unknown).apply(object, args);
      };
    },
  });
  return { store: proxy, calls, streams };
}

const write = (actor: (typeof ACTOR)[keyof typeof ACTOR]) => ({
  actor: { ...actor, roles: [...actor.roles] },
  requestId: 'spec',
});

async function registered(suffix: string): Promise<string> {
  const uppdragId = `${INKOP}-${suffix}-${Date.now()}`;
  now = new Date('2023-01-16T09:00:00Z');
  const { metadata, ...command } = registerInkop({ uppdragId });
  const input: CommandInput<UppdragCommand> = { ...command, metadata: { actor: metadata.actor } };
  await new CommandHandler(store, clock).handle(uppdragDecider, uppdragStream(uppdragId), input);
  return uppdragId;
}

const report = (uppdragId: string) => ({
  uppdragId,
  period: '2023-04',
  status: 'pagaende_enligt_plan' as const,
  kommentar: 'Arbetet pågår enligt plan.',
  organId: null,
});

describe('reportUppdragStatus', () => {
  it('reads the stream, and its organs’ adoption of the period, and appends once, and answers with the stream as stored', async () => {
    const uppdragId = await registered('rundor');
    const counted = counting(store);
    now = new Date('2023-05-03T08:00:00Z');

    const written = await reportUppdragStatus(
      Application.live(counted.store, clock),
      report(uppdragId),
      write(ACTOR.johanRs),
    );

    // The joint report of an uppdrag to HSN and RS: its organs come from the uppdrag, and each organ's
    // adoption of the month and of its tertial decides the lock (faststallelse/adoption-locks.ts) before
    // the decision.
    const stream = uppdragStream(uppdragId);
    expect(counted.calls).toEqual([...Array(6).fill('readStream'), 'appendToStream']);
    expect(counted.streams).toEqual([
      stream,
      'faststallelse-hsn-2023-04',
      'faststallelse-hsn-2023-T1',
      'faststallelse-rs-2023-04',
      'faststallelse-rs-2023-T1',
      stream,
      stream,
    ]);
    const stored = await store.readStream(uppdragStream(uppdragId));
    expect(written.stream).toEqual(stored);
    expect(written.revision).toBe(1);
    expect(written.events.map((e) => e.type)).toEqual(['UppdragStatusReported']);
  });
});

describe('a dry run', () => {
  it('lets a later command see an earlier one’s write, and writes nothing to the store', async () => {
    const uppdragId = `${INKOP}-torr-${Date.now()}`;
    const counted = counting(store);
    const dry = Application.dryRun(counted.store, clock);

    now = new Date('2023-01-16T09:00:00Z');
    await registerUppdrag(dry, registerInkop({ uppdragId }).data, write(ACTOR.direktor));
    now = new Date('2023-05-03T08:00:00Z');
    const written = await reportUppdragStatus(dry, report(uppdragId), write(ACTOR.johanRs));

    expect(written.stream.map((e) => e.type)).toEqual(['UppdragRegistered', 'UppdragStatusReported']);
    expect(counted.calls).not.toContain('appendToStream');
    expect(await store.readStream(uppdragStream(uppdragId))).toEqual([]);
  });

  it('refuses what the store already holds: it starts from the store’s streams', async () => {
    const uppdragId = await registered('finns');
    const dry = Application.dryRun(store, clock);
    await expect(
      registerUppdrag(dry, registerInkop({ uppdragId }).data, write(ACTOR.direktor)),
    ).rejects.toMatchObject({ code: 'UPPDRAG_ALREADY_REGISTERED' });
  });
});

describe('a create', () => {
  it('expected to make a new stream (an import after its dry run) is a conflict when the stream was made in between', async () => {
    const uppdragId = await registered('emellan');
    const app = Application.live(store, clock);
    await expect(
      registerUppdrag(app, registerInkop({ uppdragId }).data, {
        ...write(ACTOR.direktor),
        expectedRevision: -1,
      }),
    ).rejects.toMatchObject({ name: 'WrongExpectedRevisionError' });
    expect(await store.readStream(uppdragStream(uppdragId))).toHaveLength(1);
  });

  it('with an If-Match the client sent is refused by the decider, whose code says why', async () => {
    const uppdragId = await registered('ifmatch');
    const app = Application.live(store, clock);
    await expect(
      registerUppdrag(app, registerInkop({ uppdragId }).data, {
        ...write(ACTOR.direktor),
        expectedRevision: 0,
      }),
    ).rejects.toMatchObject({ code: 'UPPDRAG_ALREADY_REGISTERED' });
  });
});
