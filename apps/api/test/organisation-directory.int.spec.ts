/**
 * The API's organisation directory (organs and people, what the bearer guard and master-data lists read)
 * on a long log: its first read takes only the organ and person streams from the store, not the whole
 * log (a region's million events took over a minute on the first request), and a write still committing
 * while it reads is not lost.
 */
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { Application } from '@sparbar/application';
import {
  type EventStore,
  migrate,
  type NewEvent,
  PgDriver,
  PostgresEventStore,
  type StoredEvent,
} from '@sparbar/event-store';
import { APPEND_SQL } from '../../../libs/event-store/src/postgres/append.sql';
import { OrganisationDirectory } from '../src/organisation/organisation-directory';
import { createTestSchema, type TestSchema } from '../../../test/support/postgres';

const metadata = { actor: 'test', occurredAt: '2023-04-30T10:00:00.000Z' };
const organ = (organId: string, namn: string): NewEvent => ({
  type: 'OrganRegistered',
  data: { organId, namn, kortnamn: namn.slice(0, 3).toUpperCase(), typ: 'namnd', parentOrganId: null },
  metadata,
});
const person = (personId: string): NewEvent => ({
  type: 'PersonRegistered',
  data: {
    personId,
    namn: 'Sara Lind',
    epost: `${personId}@region.se`,
    organId: null,
    roles: ['tjansteperson'],
  },
  metadata,
});

/** The store as the directory sees it, counting every event handed out by a read of the whole log. */
function counting(store: EventStore): { store: EventStore; eventsRead: () => number } {
  let read = 0;
  const wrapped: EventStore = Object.create(store) as EventStore;
  wrapped.readAll = async (options) => {
    const events = await store.readAll(options);
    read += events.length;
    return events;
  };
  wrapped.readRange = async function* (options) {
    for await (const event of store.readRange(options)) {
      read++;
      yield event;
    }
  };
  return { store: wrapped, eventsRead: () => read };
}

let schema: TestSchema;
let store: PostgresEventStore;
let held: Client | undefined;

beforeAll(async () => {
  schema = await createTestSchema('orgdir');
  const driver = new PgDriver({ connectionString: schema.connectionString, schema: schema.schema });
  await migrate(driver, schema.schema);
  store = new PostgresEventStore(driver);
});

afterAll(async () => {
  await held?.end().catch(() => undefined);
  await store.close();
  await schema.drop();
});

it('reads only organs and people on its first use, however long the log, and misses no late commit', async () => {
  await store.appendToStream('organ-hsn', [organ('hsn', 'Hälso- och sjukvårdsnämnden')]);
  await store.appendToStream('person-sara', [person('sara')]);
  // The rest of a region's log: uppdrag streams the directory has no use for.
  for (let i = 0; i < 40; i++) {
    const events: NewEvent[] = Array.from({ length: 50 }, () => ({ type: 'Other', data: {}, metadata }));
    await store.appendToStream(`uppdrag-${randomUUID()}`, events);
  }

  // An organ registered by another process whose transaction is still open when the directory starts.
  held = new Client({
    connectionString: schema.connectionString,
    options: `-c search_path="${schema.schema}"`,
  });
  await held.connect();
  await held.query('BEGIN');
  const late = organ('run', 'Regionala utvecklingsnämnden');
  const id = randomUUID();
  await held.query(APPEND_SQL, [
    'organ-run',
    null,
    false,
    [id],
    [late.type],
    [JSON.stringify(late.data)],
    [JSON.stringify(late.metadata)],
  ]);
  await store.appendToStream('person-johan', [person('johan')]);

  const { store: seen, eventsRead } = counting(store);
  const directory = new OrganisationDirectory(seen, Application.live(seen));
  const first = await directory.current();
  expect([...first.organs.keys()]).toEqual(['hsn']);
  expect(first.persons.has('sara')).toBe(true);
  // 2,000 uppdrag events in the log; only master data (and nothing past the open transaction) was read.
  expect(eventsRead()).toBeLessThan(10);

  await held.query('COMMIT');
  const next = await directory.current();
  expect([...next.organs.keys()].sort()).toEqual(['hsn', 'run']);
  expect(next.persons.has('johan')).toBe(true);
  expect(next.organs.get('run')?.namn).toBe('Regionala utvecklingsnämnden');
});

it('sees an organ registered after its first use on the next lookup', async () => {
  const directory = new OrganisationDirectory(store, Application.live(store));
  await directory.current();
  const appended: StoredEvent[] = (await store.appendToStream('organ-rs', [organ('rs', 'Regionstyrelsen')]))
    .events;
  expect(appended).toHaveLength(1);
  expect((await directory.current()).organs.has('rs')).toBe(true);
});

it('asks the log nothing while nothing was appended, and sees another process’s registration once heard', async () => {
  let asked = 0;
  const watched: EventStore = Object.create(store) as EventStore;
  watched.headPosition = () => {
    asked++;
    return store.headPosition();
  };
  const directory = new OrganisationDirectory(watched, Application.live(watched));
  const other = new PostgresEventStore(
    new PgDriver({ connectionString: schema.connectionString, schema: schema.schema }),
  );
  try {
    // Once the notification connection is up, a directory that has read the whole log is kept.
    for (let i = 0; i < 200; i++) {
      const before = asked;
      await directory.current();
      await directory.current();
      if (asked === before) break;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    const quiet = asked;
    for (let i = 0; i < 20; i++) await directory.lookUp({ subject: 'sara', email: null });
    expect(asked).toBe(quiet);

    await other.appendToStream('organ-fhs', [organ('fhs', 'Folkhögskolestyrelsen')]);
    let seen = false;
    for (let i = 0; i < 200 && !seen; i++) {
      seen = (await directory.current()).organs.has('fhs');
      if (!seen) await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(seen).toBe(true);
  } finally {
    await directory.onModuleDestroy();
    await other.close();
  }
});
