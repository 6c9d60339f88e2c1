import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PgliteDriver, PostgresEventStore, migrate } from '../src';
import { describeEventStoreContract } from './event-store.contract';

// File-backed, as `npm start` runs it, in a folder of its own that is removed afterwards.
const dataDir = mkdtempSync(join(tmpdir(), 'sparbar-embedded-'));

describeEventStoreContract(
  'embedded (PGlite)',
  async () => {
    const driver = await PgliteDriver.open(dataDir);
    await migrate(driver);
    return new PostgresEventStore(driver, { idleIntervalMs: 20 });
  },
  async () => rmSync(dataDir, { recursive: true, force: true }),
);
