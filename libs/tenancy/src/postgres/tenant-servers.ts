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
  /**
   * How far its slowest live projection is behind its log: the events after that projection's
   * checkpoint and the age in seconds of the oldest of them (0 when none). Null when it has no
   * read models yet (no worker has served it) or its server did not answer.
   */
  projectionLag: { events: number; oldestSeconds: number } | null;
  /** Reminder deliveries whose last word is a failure (PaminnelseSendFailed, not sent since); null if unknown. */
  failedReminders: number | null;
}

const UNKNOWN: SchemaSize = { events: null, bytes: null, projectionLag: null, failedReminders: null };

/** A tenant's size and what its health is read from, or nulls when its server does not answer (`unreachable`). */
export async function schemaSize(url: string, schema: string): Promise<SchemaSize> {
  try {
    return await onServer(url, async (client) => {
      const { rows } = await client.query<{ has_log: boolean; has_versions: boolean; bytes: string | null }>(
        `SELECT to_regclass($1) IS NOT NULL AS has_log, to_regclass($3) IS NOT NULL AS has_versions,
                (SELECT sum(pg_total_relation_size(c.oid))::bigint FROM pg_class c
                  JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $2) AS bytes`,
        [`${quoteIdent(schema)}.events`, schema, `${quoteIdent(schema)}.projection_versions`],
      );
      const bytes = rows[0]?.bytes == null ? null : Number(rows[0].bytes);
      if (!rows[0]?.has_log) return { ...UNKNOWN, bytes };
      const log = `${quoteIdent(schema)}.events`;
      const events = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${log}`);
      return {
        events: Number(events.rows[0].n),
        bytes,
        projectionLag: rows[0].has_versions ? await lagOf(client, schema) : null,
        failedReminders: await failedRemindersIn(client, log),
      };
    });
  } catch {
    return UNKNOWN;
  }
}

async function lagOf(client: Client, schema: string): Promise<SchemaSize['projectionLag']> {
  const { rows } = await client.query<{ checkpoint: string | null }>(
    `SELECT min(checkpoint) AS checkpoint FROM ${quoteIdent(schema)}.projection_versions WHERE state = 'live'`,
  );
  if (rows[0]?.checkpoint == null) return null;
  const behind = await client.query<{ n: string; oldest: string | null }>(
    `SELECT count(*) AS n, extract(epoch FROM now() - min(recorded_at)) AS oldest
       FROM ${quoteIdent(schema)}.events WHERE position > $1`,
    [rows[0].checkpoint],
  );
  return {
    events: Number(behind.rows[0].n),
    oldestSeconds: Math.max(0, Math.floor(Number(behind.rows[0].oldest ?? 0))),
  };
}

/** Per delivery (its idempotency key) the last of its events; counted when that is a failure. */
async function failedRemindersIn(client: Client, log: string): Promise<number> {
  const { rows } = await client.query<{ n: string }>(
    `SELECT count(*) AS n FROM (
       SELECT DISTINCT ON (data->>'idempotencyKey') type FROM ${log}
        WHERE stream_id LIKE 'paminnelse-%' AND data ? 'idempotencyKey'
        ORDER BY data->>'idempotencyKey', position DESC) last
      WHERE type = 'PaminnelseSendFailed'`,
  );
  return Number(rows[0].n);
}

/** Which server and database a URL reaches: two URLs may name one (localhost and 127.0.0.1). */
export function serverIdentity(url: string): Promise<string> {
  return onServer(url, async (client) => {
    const { rows } = await client
      .query<{ id: string }>(
        `SELECT (SELECT system_identifier FROM pg_control_system())::text || '/' || current_database() AS id`,
      )
      .catch(() =>
        // A role that may not read pg_control_system: the address it reached.
        client.query<{ id: string }>(
          `SELECT coalesce(host(inet_server_addr()), 'local') || ':' || inet_server_port() || '/' || current_database() AS id`,
        ),
      );
    return rows[0].id;
  });
}

const SEAL_TRIGGER = 'sparbar_moved_away';

/**
 * Closes a tenant's log on this server to appends for good (until `unseal`), for its move: the lock
 * waits for every append already under way to commit (so the final copy has it), and the trigger,
 * committed with the lock still held, refuses every later one. The refusal's SQLSTATE 57P03 ("cannot
 * connect now") is what the store reports as unavailable, so a writer gets 503. Reads go on.
 */
export function sealSchema(url: string, schema: string): Promise<void> {
  const s = quoteIdent(schema);
  return onServer(url, async (client) => {
    await client.query('BEGIN');
    try {
      await client.query(`LOCK TABLE ${s}.events IN EXCLUSIVE MODE`);
      await client.query(`CREATE OR REPLACE FUNCTION ${s}.${SEAL_TRIGGER}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          RAISE EXCEPTION 'the organisation is moving to another server: no appends here'
            USING ERRCODE = '57P03';
        END $$`);
      await client.query(`DROP TRIGGER IF EXISTS ${SEAL_TRIGGER} ON ${s}.events`);
      await client.query(
        `CREATE TRIGGER ${SEAL_TRIGGER} BEFORE INSERT ON ${s}.events
           FOR EACH STATEMENT EXECUTE FUNCTION ${s}.${SEAL_TRIGGER}()`,
      );
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  });
}

/** Opens a sealed log to appends again (a move that failed after the seal). */
export function unsealSchema(url: string, schema: string): Promise<void> {
  const s = quoteIdent(schema);
  return onServer(url, async (client) => {
    await client.query(`DROP TRIGGER IF EXISTS ${SEAL_TRIGGER} ON ${s}.events`);
    await client.query(`DROP FUNCTION IF EXISTS ${s}.${SEAL_TRIGGER}()`);
  });
}
