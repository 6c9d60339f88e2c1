import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Exit, answering, freePort, killLeftovers, spawnMain } from './support/spawned';

/** What an operator sees on stderr: exactly one line, naming the setting, and no stack trace. */
function expectOneLineRefusal(exit: Exit, line: RegExp): void {
  expect(exit.code).toBe(1);
  const lines = exit.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(line);
  expect(exit.stderr).not.toMatch(/\n\s+at /);
}

describe('starting the processes', () => {
  let dataDir: string;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'sparbar-e2e-start-'));
  });

  afterEach(() => {
    killLeftovers();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('exits 1 with one line naming DATABASE_URL when PostgreSQL does not answer', async () => {
    const exit = await spawnMain('api', { DATABASE_URL: 'postgres://127.0.0.1:1/x' }).exited;
    expectOneLineRefusal(
      exit,
      /^Spårbar kan inte starta: DATABASE_URL: PostgreSQL svarar inte på 127\.0\.0\.1:1 \(ECONNREFUSED\)$/,
    );
  });

  it('exits 1 with one line naming REDIS_URL when Redis does not answer', async () => {
    const exit = await spawnMain('api', { DATA_DIR: dataDir, REDIS_URL: 'redis://127.0.0.1:1' }).exited;
    expectOneLineRefusal(
      exit,
      /^Spårbar kan inte starta: REDIS_URL: Redis svarar inte på 127\.0\.0\.1:1 \(ECONNREFUSED\)$/,
    );
    // The store it had opened is closed again, lock included.
    expect(existsSync(join(dataDir, 'sparbar.lock'))).toBe(false);
  });

  it('exits 1 with one line naming EVENTSTOREDB_URL when EventStoreDB does not answer', async () => {
    const exit = await spawnMain('api', {
      DATA_DIR: dataDir,
      EVENTSTOREDB_URL: 'esdb://127.0.0.1:1?tls=false',
    }).exited;
    expectOneLineRefusal(
      exit,
      /^Spårbar kan inte starta: EVENTSTOREDB_URL: EventStoreDB svarar inte på 127\.0\.0\.1:1 \(ECONNREFUSED\)$/,
    );
  });

  it('exits 1 with one line naming the variable for a wrong setting', async () => {
    const exit = await spawnMain('api', { PORT: 'tretusen' }).exited;
    expectOneLineRefusal(exit, /^Spårbar kan inte starta: PORT: "tretusen" är inget portnummer/);
  });

  it('exits 1 with one line naming DATA_DIR when the data folder cannot be made', async () => {
    // A file where the folder should be (tests run as root, so permissions would not stop it).
    writeFileSync(join(dataDir, 'fil'), '');
    const exit = await spawnMain('api', { DATA_DIR: join(dataDir, 'fil', 'data') }).exited;
    expectOneLineRefusal(
      exit,
      /^Spårbar kan inte starta: DATA_DIR: mappen .*\/fil\/data kan inte skapas \(ENOTDIR\)$/,
    );
  });

  it('exits 1 with one line naming PORT when the port is taken', async () => {
    const port = await freePort();
    const first = spawnMain('api', { DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'silent' });
    await answering(first, port);
    const otherDataDir = mkdtempSync(join(tmpdir(), 'sparbar-e2e-start-'));
    try {
      const exit = await spawnMain('api', { DATA_DIR: otherDataDir, PORT: String(port) }).exited;
      expectOneLineRefusal(exit, new RegExp(`^Spårbar kan inte starta: PORT: port ${port} används redan`));
    } finally {
      first.child.kill('SIGTERM');
      await first.exited;
      rmSync(otherDataDir, { recursive: true, force: true });
    }
  });

  it('refuses to run the worker as its own process on the embedded store', async () => {
    const exit = await spawnMain('worker', { DATA_DIR: dataDir }).exited;
    expectOneLineRefusal(
      exit,
      /^Spårbar kan inte starta: DATABASE_URL: inte satt: med inbäddad lagring kör api-processen/,
    );
  });

  it('stops cleanly on SIGTERM: closes the server and the store, exits 0 by itself', async () => {
    const port = await freePort();
    const api = spawnMain('api', { DATA_DIR: dataDir, PORT: String(port) });
    await answering(api, port);
    expect((await fetch(`http://127.0.0.1:${port}/health/ready`)).status).toBe(200);

    api.child.kill('SIGTERM');
    const exit = await api.exited;
    expect(exit.code).toBe(0);
    expect(exit.stderr).toBe('');
    const messages = exit.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line).msg);
    expect(messages).toEqual(expect.arrayContaining(['Spårbar stänger (SIGTERM)', 'Spårbar har stängt']));
    expect(existsSync(join(dataDir, 'sparbar.lock'))).toBe(false);
    await expect(fetch(`http://127.0.0.1:${port}/health/live`)).rejects.toThrow();
  });
});
