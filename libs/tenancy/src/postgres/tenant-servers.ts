import { Client } from 'pg';
import { quoteIdent } from './sql-names';

/**
 * What the platform does to a tenant's schema on its server, outside the event store: a short
 * connection of its own per call (provisioning and removal are rare; the store's pools serve requests).
 */
async function onServer<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

export function schemaExists(url: string, schema: string): Promise<boolean> {
  return onServer(url, async (client) => {
    const { rows } = await client.query(`SELECT 1 FROM pg_namespace WHERE nspname = $1`, [schema]);
    return rows.length > 0;
  });
}

export function dropSchema(url: string, schema: string): Promise<void> {
  return onServer(url, async (client) => {
    await client.query(`DROP SCHEMA IF EXISTS ${quoteIdent(schema)} CASCADE`);
  });
}

export interface SchemaSize {
  /** Events in its log; null when the server did not answer or the schema has no log. */
  events: number | null;
  bytes: number | null;
}

/** A tenant's size, or nulls when its server does not answer (health shows as `unreachable`). */
export async function schemaSize(url: string, schema: string): Promise<SchemaSize> {
  try {
    return await onServer(url, async (client) => {
      const { rows } = await client.query<{ has_log: boolean; bytes: string | null }>(
        `SELECT to_regclass($1) IS NOT NULL AS has_log,
                (SELECT sum(pg_total_relation_size(c.oid))::bigint FROM pg_class c
                  JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $2) AS bytes`,
        [`${quoteIdent(schema)}.events`, schema],
      );
      const events = rows[0]?.has_log
        ? (await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${quoteIdent(schema)}.events`))
            .rows[0]
        : undefined;
      return {
        events: events ? Number(events.n) : null,
        bytes: rows[0]?.bytes == null ? null : Number(rows[0].bytes),
      };
    });
  } catch {
    return { events: null, bytes: null };
  }
}
