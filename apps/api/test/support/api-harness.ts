/**
 * One API per test file, on its own PostgreSQL schema, started as main.ts starts it. Tokens are made
 * with the same development key the app checks (AUTH_DEV_SECRET), once per person, and reused.
 *
 * The register decides who may act (README, Behörighet): a token for someone it does not know gets no
 * roles. The development users are registered by the app's own seed; the few test people beyond them
 * (TEST_PEOPLE) are registered by the harness at start, by the development admin, as anyone would be.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AddressInfo } from 'node:net';
import { type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Application, registerPerson } from '@sparbar/application';
import { authSettingsFromEnv, DEV_USERS, type DevUser, issueDevToken } from '@sparbar/auth';
import { type Environment, loadConfig } from '@sparbar/config';
import { type Actor } from '@sparbar/domain';
import {
  type EventStore,
  InMemoryEventStore,
  type JsonValue,
  type SqlDriver,
  type StoredEvent,
} from '@sparbar/event-store';
import { EVENT_STORE, SQL_DATABASE } from '@sparbar/runtime';
import { OrganisationDirectory } from '../../src/organisation/organisation-directory';
import { startApi } from '../../src/start-api';
import { testClock } from '../../../../test/support/clock';
import { createTestSchema, type TestSchema } from '../../../../test/support/postgres';

export const DEV_SECRET = 'test-secret-that-is-long-enough-for-hs256-0123456789';

// Tests read answers as loose JSON; each assertion states the shape it expects.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface Answer<T = any> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

export interface RequestOptions {
  /** Who calls: a token is made for them. Leave out for an anonymous call. */
  as?: Actor | string;
  body?: unknown;
  /** Sent as is, instead of `body` as JSON. */
  raw?: string;
  headers?: Record<string, string>;
}

export interface ApiHarness {
  url: string;
  app: NestFastifyApplication;
  store: EventStore;
  schema: TestSchema;
  token(who: Actor | string): Promise<string>;
  /**
   * Registers a person as the development admin would, with the roles and organ the actor names, so a
   * token for them counts; returns the actor.
   */
  register(actor: Actor, namn?: string): Promise<Actor>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  request<T = any>(method: string, path: string, options?: RequestOptions): Promise<Answer<T>>;
  events(stream: string): Promise<StoredEvent[]>;
  /**
   * Replaces a stored event's data behind the store's back, as someone with database access would: an
   * UPDATE on the events table, or the in-memory log's own `tamper` when the log is in memory.
   */
  tamper(eventId: string, data: JsonValue): Promise<void>;
  /**
   * Cuts the newest event off the log and its row off the chain, as someone with database access
   * would who wants the chain to agree with the shortened log.
   */
  truncateTail(eventId: string): Promise<void>;
  close(): Promise<void>;
}

/** People the tests act as besides the development users: other organs' staff, a bare importer. */
export const TEST_PEOPLE: readonly DevUser[] = [
  { personId: 'person-elisabeth', name: 'Elisabeth Forsberg', roles: ['officer'], organId: 'run' },
  { personId: 'person-run-sekreterare', name: 'Lena Sundqvist', roles: ['secretary'], organId: 'run' },
  { personId: 'person-bara-import', name: 'Importkontot', roles: ['importer'], organId: null },
];

/** The development users and the test people by person id, as the tokens name them. */
export const USERS = Object.fromEntries(
  [...DEV_USERS, ...TEST_PEOPLE].map((u) => [
    u.personId,
    { personId: u.personId, roles: [...u.roles], organId: u.organId },
  ]),
) as Record<string, Actor>;

/**
 * `TEST_LOG_STORE=memory` (the jest project `e2e-port-only`) keeps the log in memory behind the port,
 * the read models still in PostgreSQL without any event tables: whatever reads the log around the port
 * fails there.
 */
const logInMemory = process.env.TEST_LOG_STORE === 'memory';

export async function startTestApi(env: Environment = {}): Promise<ApiHarness> {
  const schema = await createTestSchema('api');
  const dataDir = mkdtempSync(join(tmpdir(), 'sparbar-api-'));
  const fullEnv: Environment = {
    LOG_LEVEL: 'silent',
    DATABASE_URL: schema.connectionString,
    DATABASE_SCHEMA: schema.schema,
    RUN_WORKER: 'true',
    DATA_DIR: dataDir,
    AUTH_DEV_SECRET: DEV_SECRET,
    RATE_LIMIT_WRITES_PER_MINUTE: '100000',
    RATE_LIMIT_SIGN_IN_PER_MINUTE: '1000',
    // The test day, not the day the suite runs (test/support/clock.ts); a test may start elsewhere.
    CLOCK_START: testClock().toISOString(),
    // No witness unless a test asks for one: a test that tampers with the log on purpose must not have
    // the worker witness its tampering (or the head before it) at a moment a slow run happens to hit.
    WITNESS_INTERVAL_SECONDS: '86400',
    ...(logInMemory ? { EVENT_STORE: 'memory' } : {}),
    ...env,
    PORT: '0',
  };
  const config = loadConfig(fullEnv);
  // The harness makes the in-memory log itself, to reach behind the port where a test tampers with it.
  const log = config.store.kind === 'memory' ? new InMemoryEventStore() : undefined;
  const app = await startApi(
    config.store.kind === 'memory' ? { ...config, store: { ...config.store, log } } : config,
    fullEnv,
  );
  const { port } = app.getHttpServer().address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const settings = authSettingsFromEnv({ AUTH_DEV_SECRET: DEV_SECRET }, dataDir);
  const tokens = new Map<string, Promise<string>>();
  const store = app.get<EventStore>(EVENT_STORE);

  const token = (who: Actor | string) => {
    const actor = typeof who === 'string' ? USERS[who] : who;
    if (!actor) throw new Error(`no test user ${String(who)}`);
    const key = JSON.stringify(actor);
    if (!tokens.has(key)) {
      tokens.set(
        key,
        issueDevToken(settings, {
          personId: actor.personId,
          roles: [...actor.roles],
          organId: actor.organId ?? null,
        }),
      );
    }
    return tokens.get(key)!;
  };

  const request: ApiHarness['request'] = async (method, path, options = {}) => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.as) headers.authorization = `Bearer ${await token(options.as)}`;
    let body: string | undefined;
    if (options.raw !== undefined) body = options.raw;
    else if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }
    const response = await fetch(`${url}${path}`, { method, headers, body });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // Not JSON (HTML, a script): the text is the body.
    }
    return { status: response.status, headers: response.headers, body: parsed as never, text };
  };

  /** As the development seed registers its people: the use case itself, so no write limit counts it. */
  const register = async (actor: Actor, namn = `Testperson ${actor.personId}`) => {
    const input = {
      personId: actor.personId,
      namn,
      epost: `${actor.personId.replace(/^person-/, '')}@example.se`,
      organId: actor.organId ?? null,
      roles: [...actor.roles],
    };
    const write = { actor: USERS['person-admin']!, expectedRevision: undefined, requestId: 'test-harness' };
    await registerPerson(app.get(Application), app.get(OrganisationDirectory), input, write);
    return actor;
  };

  // The development seed registered the development users (unless there is none: OIDC, DEV_SEED=false).
  // The demo registers some of them itself (the RUN secretary): those are left as the demo has them.
  if (seeded(fullEnv)) {
    const { persons } = await app.get(OrganisationDirectory).current();
    for (const person of TEST_PEOPLE) if (!persons.has(person.personId)) await register(person, person.name);
  }

  return {
    url,
    app,
    store,
    schema,
    token,
    request,
    register,
    events: (stream) => store.readStream(stream),
    async tamper(eventId, data) {
      if (log) return log.tamper(eventId, data);
      await app
        .get<SqlDriver>(SQL_DATABASE)
        // eslint-disable-next-line no-restricted-syntax -- tampers with a log row on purpose, as someone with database access would
        .query('UPDATE events SET data = $2::jsonb WHERE event_id = $1', [eventId, JSON.stringify(data)]);
    },
    async truncateTail(eventId) {
      const sql = app.get<SqlDriver>(SQL_DATABASE);
      if (log) log.tamperRemoveNewest(eventId);
      // eslint-disable-next-line no-restricted-syntax -- deletes a log row on purpose, as someone with database access would
      else await sql.query('DELETE FROM events WHERE event_id = $1', [eventId]);
      const [{ table }] = await sql.query<{ table: string }>(
        `SELECT 'event_chain_v' || live_version AS table FROM projection_registry WHERE projection = 'event_chain'`,
      );
      await sql.query(`DELETE FROM ${table} WHERE event_id = $1`, [eventId]);
    },
    async close() {
      await app.close();
      await schema.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Whether the app seeded the development users: signing in locally (no OIDC provider), DEV_SEED on. */
function seeded(env: Environment): boolean {
  return !env.AUTH_ISSUER && !/^(false|0)$/i.test(env.DEV_SEED?.trim() ?? '');
}

/**
 * A GET of a kept answer, a repeat with its ETag and a repeat without, taken while its read model did not
 * move in between (the worker may still be applying earlier events, and any event moves the state): for
 * the tests of kept answers and their 304s. `accept`: what the first answer must also show.
 */
export async function readWhileStill(
  api: ApiHarness,
  path: string,
  as: Actor | string,
  accept: (first: Answer) => boolean = () => true,
): Promise<{ first: Answer; again: Answer; kept: Answer }> {
  return eventually(
    async () => {
      const first = await api.request('GET', path, { as });
      const etag = first.headers.get('etag') ?? '';
      const again = await api.request('GET', path, { as, headers: { 'if-none-match': etag } });
      const kept = await api.request('GET', path, { as });
      return { first, again, kept };
    },
    ({ first, kept }) => accept(first) && kept.headers.get('etag') === first.headers.get('etag'),
  );
}

/** Polls until `accept` holds (a read model catching up), or fails after `ms`. */
export async function eventually<T>(
  check: () => Promise<T>,
  accept: (value: T) => boolean,
  ms = 15_000,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (accept(value)) return value;
    if (Date.now() > deadline) throw new Error(`not within ${ms} ms: ${JSON.stringify(value).slice(0, 500)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
