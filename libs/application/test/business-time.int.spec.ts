/**
 * The CommandHandler folds each stored event with its business time, so the deciders' rule that business
 * time never runs backwards sees the stream as stored; a live command on a server whose clock lags the
 * stream by a moment (clock skew between servers) is taken at the stream's time, not refused.
 */
import { type Actor, type UppdragCommand, uppdragDecider, uppdragStream } from '@sparbar/domain';
import { ACTOR } from '@sparbar/domain/testing/fixtures';
import { INKOP, registerInkop } from '@sparbar/domain/uppdrag/uppdrag.spec-fixtures';
import { migrate, PgDriver, PostgresEventStore } from '@sparbar/event-store';
import { createTestSchema, type TestSchema } from '../../../test/support/postgres';
import { CommandHandler, type CommandInput } from '../src/write/command-handler';

let schema: TestSchema;
let store: PostgresEventStore;
let clock = new Date('2023-01-16T09:00:00Z');
const handler = () => new CommandHandler(store, () => clock);

beforeAll(async () => {
  schema = await createTestSchema('handler_time');
  const driver = new PgDriver({ connectionString: schema.connectionString, schema: schema.schema });
  await migrate(driver, schema.schema);
  store = new PostgresEventStore(driver);
});
afterAll(async () => {
  await store.close();
  await schema.drop();
});

async function registered(suffix: string): Promise<string> {
  const id = `${INKOP}-${suffix}-${Date.now()}`;
  clock = new Date('2023-01-16T09:00:00Z');
  const { metadata, ...command } = registerInkop({ uppdragId: id });
  await handler().handle(uppdragDecider, uppdragStream(id), {
    ...command,
    metadata: { actor: metadata.actor },
  });
  return id;
}

const periodicitet = (uppdragId: string, actor: Actor, now?: string): CommandInput<UppdragCommand> => ({
  type: 'ChangeUppdragPeriodicitet',
  data: { uppdragId, periodicitet: 'tertial', reason: null },
  metadata: { actor: { ...actor, roles: [...actor.roles] }, ...(now ? { now } : {}) },
});

describe('business time in the CommandHandler', () => {
  it('knows the stored registration time: an importer cannot date a change before it', async () => {
    const id = await registered('fore');
    clock = new Date('2025-06-18T08:00:00Z');
    await expect(
      handler().handle(
        uppdragDecider,
        uppdragStream(id),
        periodicitet(id, ACTOR.migrering, '2022-12-01T09:00:00Z'),
      ),
    ).rejects.toMatchObject({ code: 'BUSINESS_TIME_BEFORE_REGISTRATION', field: 'metadata.now' });
    expect(await store.readStream(uppdragStream(id))).toHaveLength(1);
  });

  it('takes a live command at the stream’s time when this server’s clock lags it by two seconds', async () => {
    const id = await registered('skew');
    clock = new Date('2023-01-16T08:59:58Z');
    await handler().handle(uppdragDecider, uppdragStream(id), periodicitet(id, ACTOR.sekreterareRf));
    const [, changed] = await store.readStream(uppdragStream(id));
    expect(changed.metadata.occurredAt).toBe('2023-01-16T09:00:00.000Z');
  });

  it('refuses a live command on a clock an hour behind the registration: that clock is broken', async () => {
    const id = await registered('trasig');
    clock = new Date('2023-01-16T08:00:00Z');
    await expect(
      handler().handle(uppdragDecider, uppdragStream(id), periodicitet(id, ACTOR.sekreterareRf)),
    ).rejects.toMatchObject({ code: 'BUSINESS_TIME_BEFORE_REGISTRATION' });
    expect(await store.readStream(uppdragStream(id))).toHaveLength(1);
  });
});
