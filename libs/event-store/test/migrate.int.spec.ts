/**
 * Migrations run under a lock per schema: two processes starting on one schema apply each migration
 * once (the second waits for the first), while the tenants of one server migrate side by side.
 */
import { Client } from 'pg';
import { migrate, PgDriver } from '../src';
import { MIGRATION_LOCK_SQL } from '../src/postgres/migrate';
import { createTestSchema, TEST_DATABASE_URL, type TestSchema } from '../../../test/support/postgres';

describe('migrating the schemas of one server', () => {
  let schemas: TestSchema[];
  let holder: Client;
  const drivers: PgDriver[] = [];

  beforeEach(async () => {
    schemas = [await createTestSchema('migrate_a'), await createTestSchema('migrate_b')];
    holder = new Client({
      connectionString: TEST_DATABASE_URL,
      options: `-c search_path="${schemas[0].schema}"`,
    });
    await holder.connect();
  });

  afterEach(async () => {
    await holder.end().catch(() => undefined);
    for (const driver of drivers.splice(0)) await driver.close();
    for (const schema of schemas) await schema.drop();
  });

  const driverFor = (schema: string) => {
    const driver = new PgDriver({ connectionString: TEST_DATABASE_URL, schema });
    drivers.push(driver);
    return driver;
  };

  it('lets one schema migrate while another schema’s start-up holds its lock, and makes that one wait', async () => {
    const [a, b] = schemas.map((s) => s.schema);
    // A process starting on schema A, in the middle of its migration.
    await holder.query('BEGIN');
    await holder.query(MIGRATION_LOCK_SQL);

    let aDone = false;
    const migratingA = migrate(driverFor(a), a).then((applied) => {
      aDone = true;
      return applied;
    });
    // Schema B does not wait for A's lock.
    expect(await migrate(driverFor(b), b)).toEqual([1, 2]);
    expect(aDone).toBe(false);

    await holder.query('COMMIT');
    expect(await migratingA).toEqual([1, 2]);
    // Once only: a second start-up finds everything applied.
    expect(await migrate(driverFor(a), a)).toEqual([]);
  });

  it('applies each migration once when two start-ups race on one schema', async () => {
    const [a] = schemas.map((s) => s.schema);
    const applied = await Promise.all([migrate(driverFor(a), a), migrate(driverFor(a), a)]);
    expect(applied.flat().sort()).toEqual([1, 2]);
  });
});
