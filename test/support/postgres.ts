import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/**
 * The server tests use: the one `npm test` names or starts (servers.setup.js); the default only serves code
 * run outside Jest. A run creates its own schema there and drops it afterwards.
 */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestSchema {
  connectionString: string;
  schema: string;
  drop(): Promise<void>;
}

export async function createTestSchema(prefix = 'test'): Promise<TestSchema> {
  const schema = `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withClient((c) => c.query(`CREATE SCHEMA "${schema}"`));
  return {
    connectionString: TEST_DATABASE_URL,
    schema,
    drop: () => withClient((c) => c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)).then(() => undefined),
  };
}

export async function withClient<T>(work: (client: Client) => Promise<T>, schema?: string): Promise<T> {
  const client = new Client({
    connectionString: TEST_DATABASE_URL,
    options: schema ? `-c search_path="${schema}"` : undefined,
  });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * The database server's clock, less a second: recorded times (`recordedAt`) are stamped by it, not by
 * the process's clock, which a test run may have moved (faketime) or which may simply differ.
 */
export async function databaseNowLessASecond(): Promise<string> {
  const { rows } = await withClient((c) =>
    c.query<{ now: Date }>(`SELECT now() - interval '1 second' AS now`),
  );
  return rows[0].now.toISOString();
}
