/**
 * Issue 19.1 and 19.5, as an operator sees them on stdout: the process listens on HOST and says the
 * address it is really bound to, and an unexpected failure (5xx) is logged with its stack and the same
 * request id the caller got back.
 */
import { createTestSchema, type TestSchema, withClient } from '../support/postgres';
import { answering, freePort, killLeftovers, type Spawned, spawnMain } from './support/spawned';

let schema: TestSchema;
beforeEach(async () => {
  schema = await createTestSchema('serverlog');
});
afterEach(async () => {
  killLeftovers();
  await schema.drop();
});

/** The JSON lines the process has written so far. */
function lines(spawned: Spawned & { out: () => string }): Record<string, unknown>[] {
  return spawned
    .out()
    .trim()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

function start(env: Record<string, string>): Spawned & { out: () => string } {
  const spawned = spawnMain('api', {
    DATABASE_URL: schema.connectionString,
    DATABASE_SCHEMA: schema.schema,
    RUN_WORKER: 'false',
    DEMO_DATA: 'false',
    AUTH_DEV_SECRET: 'test-secret-that-is-long-enough-for-hs256-0123456789',
    LOG_LEVEL: 'info',
    ...env,
  });
  let out = '';
  spawned.child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  return { ...spawned, out: () => out };
}

it('listens on HOST and logs the address it is bound to', async () => {
  const port = await freePort();
  const api = start({ PORT: String(port), HOST: '127.0.0.1' });
  await answering(api, port);
  expect(lines(api).map((l) => l.msg)).toContainEqual(
    expect.stringMatching(new RegExp(`^Spårbar api lyssnar på http://127\\.0\\.0\\.1:${port} \\(PostgreSQL`)),
  );
  api.child.kill('SIGTERM');
  await api.exited;
});

it('says 0.0.0.0 means every address when HOST is not set', async () => {
  const port = await freePort();
  const api = start({ PORT: String(port) });
  await answering(api, port);
  expect(lines(api).map((l) => l.msg)).toContainEqual(
    expect.stringMatching(
      new RegExp(`^Spårbar api lyssnar på http://0\\.0\\.0\\.0:${port} \\(alla IPv4-adresser\\)`),
    ),
  );
  api.child.kill('SIGTERM');
  await api.exited;
});

it('logs a 5xx with its stack and the request id the caller got', async () => {
  const port = await freePort();
  const api = start({ PORT: String(port), HOST: '127.0.0.1' });
  await answering(api, port);
  const signIn = await fetch(`http://127.0.0.1:${port}/api/auth/dev-token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ personId: 'person-revisor' }),
  });
  const { token } = (await signIn.json()) as { token: string };
  // The database loses its tables under the running app: every read now fails unexpectedly.
  await withClient((c) =>
    c.query(`DROP SCHEMA "${schema.schema}" CASCADE; CREATE SCHEMA "${schema.schema}"`),
  );

  // (The organ register is served from memory while nothing is appended; the uppdrag list reads tables.)
  const answer = await fetch(`http://127.0.0.1:${port}/api/uppdrag`, {
    headers: { authorization: `Bearer ${token}`, 'x-request-id': 'sok-efter-mig-1' },
  });
  expect(answer.status).toBeGreaterThanOrEqual(500);
  expect(answer.headers.get('x-request-id')).toBe('sok-efter-mig-1');
  // pino writes asynchronously; give the line a moment.
  await new Promise((resolve) => setTimeout(resolve, 300));
  const logged = lines(api).filter(
    (l) => l.level === 'error' && (l.req as { id?: string } | undefined)?.id === 'sok-efter-mig-1',
  );
  expect(logged.length).toBeGreaterThanOrEqual(1);
  for (const line of logged) {
    expect((line.err as { stack?: string }).stack).toMatch(/\n\s+at /);
    expect((line.err as { stack?: string }).stack).not.toMatch(/failed with status code/);
  }
  expect(logged.map((l) => l.msg)).toContainEqual('Internt fel vid GET /api/uppdrag');
  api.child.kill('SIGTERM');
  await api.exited;
});
