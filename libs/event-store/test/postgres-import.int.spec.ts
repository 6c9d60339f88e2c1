import { PgDriver, PostgresEventStore, migrate } from '../src';
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
