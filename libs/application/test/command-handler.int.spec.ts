import { type UppdragCommand, uppdragDecider, uppdragStream, DomainError } from '@sparbar/domain';
import { ACTOR } from '@sparbar/domain/testing/fixtures';
import { INKOP, registerInkop } from '@sparbar/domain/uppdrag/uppdrag.spec-fixtures';
import { PgDriver, PostgresEventStore, WrongExpectedRevisionError, migrate } from '@sparbar/event-store';
import { createTestSchema, type TestSchema } from '../../../test/support/postgres';
import { CommandHandler, type CommandInput } from '../src/write/command-handler';

let schema: TestSchema;
let store: PostgresEventStore;
let now = new Date('2023-01-16T09:00:00Z');
let handler: CommandHandler;

beforeAll(async () => {
  schema = await createTestSchema('handler');
  const driver = new PgDriver({ connectionString: schema.connectionString, schema: schema.schema });
  await migrate(driver, schema.schema);
  store = new PostgresEventStore(driver);
  handler = new CommandHandler(store, () => now);
});
afterAll(async () => {
  await store.close();
  await schema.drop();
});

function register(uppdragId: string): CommandInput<UppdragCommand> {
  const { metadata, ...command } = registerInkop({ uppdragId });
  return { ...command, metadata: { actor: metadata.actor } };
}

function report(uppdragId: string, kommentar: string): CommandInput<UppdragCommand> {
  return {
    type: 'ReportUppdragStatus',
    data: { uppdragId, period: '2023-04', status: 'pagaende_enligt_plan', kommentar },
    metadata: { actor: { ...ACTOR.johanRs, roles: [...ACTOR.johanRs.roles] } },
  };
}

describe('handling a command', () => {
  it('stores the decided events with who, the business time and the server time', async () => {
    now = new Date('2023-01-16T09:00:00Z');
    const id = `${INKOP}-${Date.now()}`;
    const result = await handler.handle(uppdragDecider, uppdragStream(id), register(id));

    expect(result.revision).toBe(0);
    expect(result.events.map((e) => e.type)).toEqual(['UppdragRegistered']);
    const [stored] = await store.readStream(uppdragStream(id));
    expect(stored.metadata).toMatchObject({
      actor: ACTOR.sekreterareRf.personId,
      occurredAt: '2023-01-16T09:00:00.000Z',
      commandType: 'RegisterUppdrag',
    });
  });

  it('refuses a stale If-Match with the actual revision and writes nothing', async () => {
    now = new Date('2023-01-16T09:00:00Z');
    const id = `${INKOP}-${Date.now()}-stale`;
    await handler.handle(uppdragDecider, uppdragStream(id), register(id));
    now = new Date('2023-05-03T08:00:00Z');
    await handler.handle(uppdragDecider, uppdragStream(id), report(id, 'Första'), { expectedRevision: 0 });

    const failure = await handler
      .handle(uppdragDecider, uppdragStream(id), report(id, 'Andra'), { expectedRevision: 0 })
      .catch((e) => e);
    expect(failure).toBeInstanceOf(WrongExpectedRevisionError);
    expect(failure.actualRevision).toBe(1);
    expect(await store.readStream(uppdragStream(id))).toHaveLength(2);
  });

  it('two writers with the same If-Match: one succeeds, the other gets a conflict, nothing is lost', async () => {
    now = new Date('2023-01-16T09:00:00Z');
    const id = `${INKOP}-${Date.now()}-race`;
    await handler.handle(uppdragDecider, uppdragStream(id), register(id));
    now = new Date('2023-05-03T08:00:00Z');
    const results = await Promise.allSettled([
      handler.handle(uppdragDecider, uppdragStream(id), report(id, 'Johans version'), {
        expectedRevision: 0,
      }),
      handler.handle(uppdragDecider, uppdragStream(id), report(id, 'Saras version'), { expectedRevision: 0 }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(rejected?.reason).toBeInstanceOf(WrongExpectedRevisionError);
    expect(await store.readStream(uppdragStream(id))).toHaveLength(2);
  });

  it('passes domain refusals through untouched and writes nothing', async () => {
    now = new Date('2023-05-03T08:00:00Z');
    const id = `${INKOP}-${Date.now()}-unknown`;
    const failure = await handler.handle(uppdragDecider, uppdragStream(id), report(id, 'x')).catch((e) => e);
    expect(failure).toBeInstanceOf(DomainError);
    expect(await store.readStream(uppdragStream(id))).toEqual([]);
  });
});
