/**
 * The two peers `bench:store` sets beside this store for one append case (issue 21): a raw single-row
 * INSERT into a table with the uniqueness an event store needs, and Emmett's PostgreSQL event store
 * (`@event-driven-io/emmett-postgresql`, a development dependency of this benchmark only), each in a
 * place of its own on the same server.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { getPostgreSQLEventStore } from '@event-driven-io/emmett-postgresql';
import { Client, Pool } from 'pg';
import { type NewEvent } from '../../libs/event-store/src';

/** One append of one event to the writer's own stream; resolves when it has committed. */
export type AppendOne = (writer: number, event: NewEvent) => Promise<void>;

export interface AppendPeer {
  /** A fresh set of streams for a round: a writer's first append creates its stream. */
  round(): AppendOne;
  close(): Promise<void>;
}

/**
 * The raw baseline: `position bigserial` for the global order, unique (stream_id, revision) for
 * optimistic concurrency, one `INSERT … VALUES` per append (prepared once per connection, as the
 * store's append is). Each writer counts its own stream's revisions, so nothing is read first.
 */
export async function rawUniqueInsert(connectionString: string, schema: string): Promise<AppendPeer> {
  const pool = new Pool({ connectionString, max: 16, options: `-c search_path="${schema}"` });
  await pool.query(`CREATE TABLE raw_events (
    position bigserial PRIMARY KEY, event_id uuid NOT NULL, stream_id text NOT NULL, revision bigint NOT NULL,
    type text NOT NULL, data jsonb NOT NULL, metadata jsonb NOT NULL, recorded_at timestamptz NOT NULL,
    UNIQUE (stream_id, revision))`);
  return {
    round() {
      const run = randomUUID().slice(0, 8);
      const revisions = new Map<number, number>();
      return async (writer, event) => {
        const revision = (revisions.get(writer) ?? -1) + 1;
        await pool.query({
          name: 'raw_append',
          text: `INSERT INTO raw_events (event_id, stream_id, revision, type, data, metadata, recorded_at)
                 VALUES ($1, $2, $3, $4, $5, $6, clock_timestamp())`,
          values: [
            randomUUID(),
            `uppdrag-${run}-${writer}`,
            revision,
            event.type,
            JSON.stringify(event.data),
            JSON.stringify(event.metadata),
          ],
        });
        revisions.set(writer, revision);
      };
    },
    close: () => pool.end(),
  };
}

/**
 * Emmett's PostgreSQL event store in a database of its own on the same server (its tables live in
 * `public`), with a pool of the same size. Each append says the stream version it expects, as ours do.
 */
export async function emmettPostgres(connectionString: string): Promise<AppendPeer> {
  const database = `bench_emmett_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new Client({ connectionString });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE "${database}"`);
  const url = new URL(connectionString);
  url.pathname = `/${database}`;
  const pool = new Pool({ connectionString: url.toString(), max: 16 });
  pool.on('error', () => undefined);
  const store = getPostgreSQLEventStore(url.toString(), { connectionOptions: { pool } });
  await store.schema.migrate();
  return {
    round() {
      const run = randomUUID().slice(0, 8);
      const versions = new Map<number, bigint>();
      return async (writer, event) => {
        const result = await store.appendToStream(
          `uppdrag-${run}-${writer}`,
          [{ type: event.type, data: event.data as Record<string, unknown>, metadata: event.metadata }],
          { expectedStreamVersion: versions.get(writer) ?? 'STREAM_DOES_NOT_EXIST' },
        );
        versions.set(writer, result.nextExpectedStreamVersion);
      };
    },
    async close() {
      await store.close();
      await pool.end().catch(() => undefined);
      // Its connections may take a moment to go; the drop waits for them rather than cutting them off.
      for (let attempt = 1; ; attempt++) {
        try {
          await admin(`DROP DATABASE IF EXISTS "${database}"`);
          return;
        } catch (error) {
          if (attempt === 20) throw error;
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
      }
    },
  };
}
