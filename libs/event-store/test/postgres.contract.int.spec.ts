import { PgDriver, PostgresEventStore, migrate } from '../src';
import { createTestSchema, type TestSchema } from '../../../test/support/postgres';
import { describeEventStoreContract } from './event-store.contract';

let schema: TestSchema;

describeEventStoreContract(
  'PostgreSQL',
  async () => {
    schema = await createTestSchema('contract');
    const driver = new PgDriver({ connectionString: schema.connectionString, schema: schema.schema });
    await migrate(driver, schema.schema);
    return new PostgresEventStore(driver, { idleIntervalMs: 20 });
  },
  () => schema.drop(),
);
