/**
 * The platform CLI and an embedded organisation while no process holds its folder (issue 22):
 * `lagg-upp` makes its folder under PLATFORM_DATA_DIR, `lista` shows its size and health (its events
 * are not counted: it is not open), `exportera` reads its log through the port and the file verifies,
 * `flytta` is refused, and `ta-bort` deletes the folder.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPlatformCli } from '../src/cli';
import { TEST_DATABASE_URL, withClient } from '../../../test/support/postgres';

const run = randomBytes(3).toString('hex');
const platformSchema = `plattform_${run}`;
const id = `fil-${run}`;

describe('the platform CLI and an embedded organisation', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'sparbar-cli-embedded-'));
  const folder = join(dataDir, 'tenants', id);
  const env = {
    ...process.env,
    PLATFORM_DATABASE_URL: TEST_DATABASE_URL,
    PLATFORM_SCHEMA: platformSchema,
    PLATFORM_DATA_DIR: dataDir,
    PLATFORM_ADMINISTRATOR: 'driftansvarig',
  };

  afterAll(async () => {
    await withClient((c) => c.query(`DROP SCHEMA IF EXISTS "${platformSchema}" CASCADE`));
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('provisions, lists, exports and removes it, and refuses to move it', async () => {
    const file = join(dataDir, 'fil.json');
    writeFileSync(
      file,
      JSON.stringify({
        tenantId: id,
        namn: 'Filkommunen',
        kind: 'kommun',
        logStore: 'embedded',
        hosts: [`${id}.sparbar.test`],
        organs: [{ organId: 'kf', namn: 'Kommunfullmäktige', kortnamn: 'KF', typ: 'kommunfullmaktige' }],
      }),
    );
    expect(await runPlatformCli(['lagg-upp', file], env)).toEqual([
      `${id} upplagd i mappen ${folder} (${id}.sparbar.test)`,
    ]);
    expect(existsSync(join(folder, 'eventstore', 'PG_VERSION'))).toBe(true);

    const [line] = await runPlatformCli(['lista'], env);
    expect(JSON.parse(line as string)).toMatchObject({
      tenantId: id,
      logStore: 'embedded',
      dataDir: folder,
      health: 'ok',
      events: null,
    });
    expect(JSON.parse(line as string).bytes).toBeGreaterThan(1_000_000);

    const exported = join(dataDir, 'fil.ndjson');
    expect(await runPlatformCli(['exportera', id, exported], env)).toEqual([
      `${id} exporterad till ${exported}: 1 händelser och kedjans huvud`,
    ]);
    expect((await runPlatformCli(['verifiera', exported], env))[0]).toMatch(/kedjan stämmer, 1 händelser/);

    await expect(runPlatformCli(['flytta', id, TEST_DATABASE_URL], env)).rejects.toThrow(
      /egen datamapp: bara en organisation med loggen i PostgreSQL kan flyttas/,
    );
    expect(await runPlatformCli(['ta-bort', id], env)).toEqual([
      `${id} borttagen (mappen ${folder} är raderad)`,
    ]);
    expect(existsSync(folder)).toBe(false);
    expect(await runPlatformCli(['lista'], env)).toEqual([]);
  });
});
