/**
 * The read models' migrations run under a lock per schema, as the event store's do: two workers
 * starting on one schema apply each migration once, while the tenants of one server migrate side by side.
 */
import { Client } from 'pg';
import { migrateProjections, PgProjectionDb } from '../src';
import { MIGRATION_LOCK_SQL } from '../src/schema/migrate-projections';
import { createTestSchema, TEST_DATABASE_URL, type TestSchema } from '../../../test/support/postgres';

describe("migrating the read models' schemas of one server", () => {
  let schemas: TestSchema[];
  let holder: Client;
  const dbs: PgProjectionDb[] = [];

  beforeEach(async () => {
    schemas = [await createTestSchema('rm_migrate_a'), await createTestSchema('rm_migrate_b')];
    holder = new Client({
      connectionString: TEST_DATABASE_URL,
      options: `-c search_path="${schemas[0].schema}"`,
    });
    await holder.connect();
  });

  afterEach(async () => {
    await holder.end().catch(() => undefined);
    for (const db of dbs.splice(0)) await db.close();
    for (const schema of schemas) await schema.drop();
  });

  const dbFor = (schema: string) => {
    const db = new PgProjectionDb({ connectionString: TEST_DATABASE_URL, schema });
    dbs.push(db);
    return db;
  };

  it('lets one schema migrate while another’s start-up holds its lock, and makes that one wait', async () => {
    const [a, b] = schemas.map((s) => s.schema);
    await holder.query('BEGIN');
    await holder.query(MIGRATION_LOCK_SQL);

    let aDone = false;
    const migratingA = migrateProjections(dbFor(a)).then((applied) => {
      aDone = true;
      return applied;
    });
    const appliedB = await migrateProjections(dbFor(b));
    expect(appliedB.length).toBeGreaterThan(0);
    expect(aDone).toBe(false);

    await holder.query('COMMIT');
    expect(await migratingA).toEqual(appliedB);
    expect(await migrateProjections(dbFor(a))).toEqual([]);
  });

  it('applies each migration once when two start-ups race on one schema', async () => {
    const [a] = schemas.map((s) => s.schema);
    const [first, second] = await Promise.all([migrateProjections(dbFor(a)), migrateProjections(dbFor(a))]);
    expect([...first, ...second].sort()).toEqual((first.length ? first : second).slice().sort());
    expect(first.length === 0 || second.length === 0).toBe(true);
  });
});
