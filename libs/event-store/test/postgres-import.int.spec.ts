import { randomUUID } from 'node:crypto';
import { PgDriver, PostgresEventStore, type StoredEvent, migrate } from '../src';
import { createTestSchema, type TestSchema } from '../../../test/support/postgres';
import { describeImportContract } from './import.contract';

const schemas: TestSchema[] = [];

describeImportContract('PostgreSQL', async () => {
  const schema = await createTestSchema('import');
  schemas.push(schema);
  const driver = new PgDriver({ connectionString: schema.connectionString, schema: schema.schema });
  await migrate(driver, schema.schema);
  return new PostgresEventStore(driver, { idleIntervalMs: 20 });
});

afterAll(async () => {
  for (const schema of schemas) await schema.drop();
});

describe('appends in groups after an import (PostgreSQL)', () => {
  it('sort above the copied log too, however many go in one statement', async () => {
    const schema = await createTestSchema('import-group');
    schemas.push(schema);
    const driver = new PgDriver({ connectionString: schema.connectionString, schema: schema.schema });
    await migrate(driver, schema.schema);
    // One append alone at a time: the rest wait and go together as one statement.
    const store = new PostgresEventStore(driver, { idleIntervalMs: 20 }, { maxInFlight: 1 });
    try {
      const far = 1_000_000 * 16_384;
      const copied: StoredEvent = {
        id: randomUUID(),
        stream: `uppdrag-${randomUUID()}`,
        revision: 0,
        position: far,
        type: 'Copied',
        data: {},
        metadata: { actor: 'anna.berg', occurredAt: '2023-04-30T10:00:00.000Z' },
        recordedAt: '2024-01-15T08:00:00.123Z',
      };
      await store.importEvents([copied]);
      const metadata = { actor: 'anna.berg', occurredAt: '2023-04-30T10:00:00.000Z' };
      const results = await Promise.all(
        Array.from({ length: 40 }, () =>
          store.appendToStream(`uppdrag-${randomUUID()}`, [{ type: 'After', data: {}, metadata }]),
        ),
      );
      expect(Math.min(...results.map((r) => r.position))).toBeGreaterThan(far);
      const all = await store.readAll({ maxCount: 100 });
      expect(all.map((e) => e.type)).toEqual(['Copied', ...results.map(() => 'After')]);
    } finally {
      await store.close();
    }
  });
});
