/**
 * apps/worker and embedded organisations (issue 22): an embedded tenant's data folder is opened by the
 * front's process alone (PGlite: one process per folder), so a worker serving the directory's tenants
 * serves the others and leaves it out — it never opens, nor makes, its folder.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@sparbar/config';
import { defineTenant, PostgresTenantDirectory, provisionTenant, removeTenant } from '@sparbar/tenancy';
import { testClock } from '../../../test/support/clock';
import { TEST_DATABASE_URL, withClient } from '../../../test/support/postgres';
import { TenantWorkers } from '../src/tenants/tenant-workers';

const run = randomBytes(3).toString('hex');
const platformSchema = `plattform_${run}`;
const onServer = `pg-${run}`;
const inFolder = `fil-${run}`;
const organs = [
  {
    organId: 'kf',
    namn: 'Kommunfullmäktige',
    kortnamn: 'KF',
    typ: 'kommunfullmaktige' as const,
    parentOrganId: null,
  },
];

describe('a worker and embedded organisations', () => {
  let directory: PostgresTenantDirectory;
  let worker: TenantWorkers | undefined;
  const dataDir = mkdtempSync(join(tmpdir(), 'sparbar-tw-embedded-'));
  const folder = join(dataDir, 'tenants', inFolder);

  beforeAll(async () => {
    directory = await PostgresTenantDirectory.open(TEST_DATABASE_URL, platformSchema);
    const base = { namn: 'Kommunen', kind: 'kommun' as const, organs };
    await provisionTenant(
      { directory, clock: testClock },
      { ...base, tenantId: onServer, hosts: [`${onServer}.test`], serverUrl: TEST_DATABASE_URL },
      'test',
    );
    // Entered as the platform enters one, without making its folder: a worker that opened it would make it.
    const embedded = defineTenant(
      { ...base, tenantId: inFolder, hosts: [`${inFolder}.test`], logStore: 'embedded', dataDir: folder },
      testClock(),
    );
    await directory.add(embedded);
    await directory.setState(inFolder, 'active');
  });

  afterAll(async () => {
    await worker?.stop();
    await removeTenant({ directory }, onServer).catch(() => undefined);
    await directory?.close();
    await withClient((c) => c.query(`DROP SCHEMA IF EXISTS "${platformSchema}" CASCADE`));
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves the organisation on a server and leaves the embedded one to the front', async () => {
    const warnings: string[] = [];
    const config = loadConfig({
      PLATFORM_DATABASE_URL: TEST_DATABASE_URL,
      PLATFORM_SCHEMA: platformSchema,
      PLATFORM_DATA_DIR: dataDir,
      DATABASE_URL: TEST_DATABASE_URL,
      QUEUE_PREFIX: `twe-${run}`,
      WITNESS_DIR: mkdtempSync(join(tmpdir(), 'sparbar-twe-')),
      NODE_ENV: 'test',
    });
    worker = await new TenantWorkers({
      config,
      directory,
      lookMs: 200,
      log: (level, message) => level === 'warn' && warnings.push(message),
    }).start();
    await worker.lookNow();
    await worker.lookNow();
    expect(worker.tenants).toEqual([onServer]);
    expect(existsSync(folder)).toBe(false);
    expect(warnings).toEqual([]);
  });
});
