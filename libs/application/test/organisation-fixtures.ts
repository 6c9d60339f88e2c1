/**
 * What the application-level specs of organs, people, internkontroll and uppsikt share: an Application
 * on a PostgreSQL schema of their own, a clock fixed in May 2023, the master data it wrote, and
 * the refusal a user sees (code and field) together with proof that nothing was appended.
 */
import { type Actor, isDomainError, type OrganTyp, parseStreamName } from '@sparbar/domain';
import { ACTOR, MAY_2023 } from '@sparbar/domain/testing/fixtures';
import { migrate, PgDriver, PostgresEventStore } from '@sparbar/event-store';
import { createTestSchema, type TestSchema } from '../../../test/support/postgres';
import { Application, type WriteContext } from '../src/write/application';
import {
  type MasterData,
  type MasterDataOrgan,
  type MasterDataPerson,
} from '../src/organisation/master-data';
import { registerOrgan } from '../src/organisation/register-organ';
import { registerPerson } from '../src/organisation/register-person';

export interface TestApplication {
  app: Application;
  store: PostgresEventStore;
  masterData: MasterData;
  close(): Promise<void>;
}

export async function openTestApplication(prefix: string): Promise<TestApplication> {
  const schema: TestSchema = await createTestSchema(prefix);
  const driver = new PgDriver({ connectionString: schema.connectionString, schema: schema.schema });
  await migrate(driver, schema.schema);
  const store = new PostgresEventStore(driver);
  const app = Application.live(store, () => new Date(MAY_2023));
  return {
    app,
    store,
    masterData: masterDataOf(app),
    close: async () => {
      await store.close();
      await schema.drop();
    },
  };
}

/**
 * Every organ and person this Application wrote, each folded from its own stream. (The API's directory
 * follows the whole log; the log's global order may hold back a write while another transaction is
 * open, and other suites write to the same server, so a spec keeps to what it wrote itself.)
 */
function masterDataOf(app: Application): MasterData {
  const ids = { organ: new Set<string>(), person: new Set<string>() };
  app.onWritten((name) => {
    const stream = parseStreamName(name);
    if (stream?.category === 'organ' || stream?.category === 'person') ids[stream.category].add(stream.id);
  });
  return {
    async current() {
      const organs = new Map<string, MasterDataOrgan>();
      const persons = new Map<string, MasterDataPerson>();
      for (const id of ids.organ) {
        const organ = await app.references.organ(id);
        if (organ) organs.set(id, organ);
      }
      for (const id of ids.person) {
        const person = await app.references.person(id);
        if (person) persons.set(id, person);
      }
      return { organs, persons };
    },
  };
}

export const by = (actor: Actor): WriteContext => ({
  actor: { ...actor, roles: [...actor.roles] },
  requestId: `spec-${actor.personId}`,
});

export const admin = by(ACTOR.admin);

export function organ(organId: string, typ: OrganTyp, parentOrganId: string | null) {
  return {
    organId,
    namn: `Organet ${organId}`,
    kortnamn: organId.toUpperCase().slice(0, 12),
    typ,
    parentOrganId,
  };
}

/** Registers organs (parents first) and people as the administrator does. */
export async function given(
  t: TestApplication,
  master: {
    organs?: ReturnType<typeof organ>[];
    persons?: { personId: string; organId: string | null; roles?: Actor['roles'] }[];
  },
): Promise<void> {
  for (const o of master.organs ?? []) await registerOrgan(t.app, o, admin);
  for (const p of master.persons ?? []) {
    const input = {
      personId: p.personId,
      namn: `Person ${p.personId}`,
      epost: `${p.personId}@example.se`,
      organId: p.organId,
      roles: [...(p.roles ?? ['officer'])],
    };
    await registerPerson(t.app, t.masterData, input, admin);
  }
}

/**
 * Runs a write that must be refused: answers the error as a user sees it (code, field) and whether
 * anything was appended (to the named streams, or anywhere: the log's head moved).
 */
export async function refused(
  t: TestApplication,
  streams: string[],
  write: () => Promise<unknown>,
): Promise<{ code: string; field: string | null; appended: boolean }> {
  const lengths = async () =>
    (await Promise.all(streams.map((s) => t.store.readStream(s)))).reduce((n, e) => n + e.length, 0);
  const before = { head: await t.store.headPosition(), events: await lengths() };
  const error = await write().then(
    () => null,
    (e: unknown) => e,
  );
  if (!isDomainError(error)) throw new Error(`Expected a refusal, got ${String(error)}`);
  const after = { head: await t.store.headPosition(), events: await lengths() };
  return {
    code: error.code,
    field: error.field,
    appended: after.events !== before.events || after.head !== before.head,
  };
}
