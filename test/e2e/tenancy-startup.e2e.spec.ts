/**
 * Starting an installation of many organisations (docs/tenancy.md) fails as any start does: one line
 * naming the setting, no stack trace, whatever had been opened closed again.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEST_DATABASE_URL, withClient } from '../support/postgres';
import { type Exit, killLeftovers, spawnMain } from './support/spawned';

function expectOneLineRefusal(exit: Exit, line: RegExp): void {
  expect(exit.code).toBe(1);
  const lines = exit.stderr.trimEnd().split('\n');
  expect(lines).toEqual([expect.stringMatching(line)]);
}

describe('starting with a tenant directory', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'sparbar-e2e-tenancy-'));
  });
  afterEach(() => {
    killLeftovers();
    rmSync(dataDir, { recursive: true, force: true });
  });
  // The directory is opened (and its schema made) before the API's own settings are read.
  afterAll(() =>
    withClient((c) => c.query(`DROP SCHEMA IF EXISTS "plattform_start_${process.pid}" CASCADE`)),
  );

  it('exits 1 with one line naming PLATFORM_DATABASE_URL when its server does not answer', async () => {
    const exit = await spawnMain('api', {
      DATA_DIR: dataDir,
      PLATFORM_DATABASE_URL: 'postgres://127.0.0.1:1/x',
      PLATFORM_SECRET: 'platform-secret-for-the-tests-0123456789abcdef',
    }).exited;
    expectOneLineRefusal(
      exit,
      /^Spårbar kan inte starta: PLATFORM_DATABASE_URL: PostgreSQL svarar inte på 127\.0\.0\.1:1 \(ECONNREFUSED\)$/,
    );
  });

  it('exits 1 with one line naming PLATFORM_SECRET when it is missing or short', async () => {
    const secrets: Record<string, string>[] = [{}, { PLATFORM_SECRET: 'kort' }];
    for (const secret of secrets) {
      const exit = await spawnMain('api', {
        DATA_DIR: dataDir,
        PLATFORM_DATABASE_URL: TEST_DATABASE_URL,
        PLATFORM_SCHEMA: `plattform_start_${process.pid}`,
        ...secret,
      }).exited;
      expectOneLineRefusal(
        exit,
        /^Spårbar kan inte starta: PLATFORM_SECRET: (saknas|måste vara minst 32 tecken)/,
      );
    }
  });
});
