import { join } from 'node:path';
import { type EventStore } from './event-store.port';
import { type PrefixedLog } from './prefixed-log.port';
import { EventStoreDbEventStore } from './eventstoredb/eventstoredb-event-store';
import { validateStreamPrefix } from './eventstoredb/stream-prefix';
import { InMemoryEventStore } from './memory/in-memory-event-store';
import { migrate } from './postgres/migrate';
import { PostgresEventStore } from './postgres/postgres-event-store';
import { PgDriver, quoteIdent } from './sql/pg.driver';
import { type PgServerPools } from './sql/pg-server-pools';
import { PgliteDriver } from './sql/pglite.driver';
import { type SqlDriver } from './sql/sql-driver';

/** A SQL database: the whole store, or (beside EventStoreDB) the read models and checkpoints. */
export type SqlDatabaseSettings =
  { kind: 'embedded'; dataDir: string } | { kind: 'postgres'; url: string; schema?: string };

export type EventStoreSettings =
  | SqlDatabaseSettings
  /**
   * The event log in EventStoreDB; read models in the SQL database of `readModels`. `streamPrefix`: a
   * tenant's share of a cluster many tenants use (`umea:`, the tenant id and `:`): its streams are stored
   * under it and it reads no others. Absent: the whole cluster is this organisation's.
   */
  | { kind: 'eventstoredb'; url: string; streamPrefix?: string; readModels: SqlDatabaseSettings }
  /**
   * The event log in this process's memory (development and tests only); read models in the SQL
   * database of `readModels`, which gets no event tables, so nothing can read the log but through the
   * port. `log`: a store made beforehand, for a test that must reach behind the port; a new one otherwise.
   */
  | { kind: 'memory'; readModels: SqlDatabaseSettings; log?: InMemoryEventStore };

export interface OpenEventStoreOptions {
  /**
   * The pools shared by every tenant of the process (one per server): a store on PostgreSQL with a
   * schema takes its connections from there instead of a pool of its own. Absent: a pool of its own.
   */
  pools?: PgServerPools;
}

export interface OpenedEventStore {
  store: EventStore;
  /** The SQL database beside the log, for read models and checkpoints (the same one for SQL stores). */
  sql: SqlDriver;
}

/**
 * Opens the configured store and brings its schema up to date. The embedded store lives in
 * `<dataDir>/eventstore`; only one process may open it at a time. Closing the store closes everything
 * this opened, the SQL database included.
 */
export async function openEventStore(
  settings: EventStoreSettings,
  options: OpenEventStoreOptions = {},
): Promise<OpenedEventStore> {
  if (settings.kind === 'eventstoredb') return openEventStoreDb(settings, options);
  if (settings.kind === 'memory') {
    const sql = await openSql(settings.readModels, { withLog: false, ...options });
    const store = settings.log ?? new InMemoryEventStore();
    store.closeWith(() => sql.close());
    return { store, sql };
  }
  const sql = await openSql(settings, options);
  // The store owns the driver's lifetime: closing the store closes the connection.
  return { store: new PostgresEventStore(sql), sql };
}

/**
 * A tenant's share of an EventStoreDB cluster, to survey or remove its streams, with no read models
 * opened (the platform's provisioning and removal). A prefix is required: the whole cluster is never
 * removed. Throws `EventStoreUnavailableError` when the cluster does not answer.
 */
export async function openPrefixedLog(url: string, streamPrefix: string): Promise<PrefixedLog> {
  return EventStoreDbEventStore.connect(url, { streamPrefix: validateStreamPrefix(streamPrefix) });
}

async function openEventStoreDb(
  settings: Extract<EventStoreSettings, { kind: 'eventstoredb' }>,
  options: OpenEventStoreOptions,
): Promise<OpenedEventStore> {
  let sql: SqlDriver | undefined;
  // EventStoreDB first: an unreachable server fails in milliseconds, before a slow embedded open.
  const store = await EventStoreDbEventStore.connect(settings.url, {
    streamPrefix: settings.streamPrefix,
    onClose: () => sql?.close() ?? Promise.resolve(),
  });
  try {
    // The same migrations as the SQL stores, so read models find the same schema (its event tables
    // stay empty here).
    sql = await openSql(settings.readModels, options);
  } catch (error) {
    await store.close().catch(() => undefined);
    throw error;
  }
  return { store, sql };
}

/** `withLog: false`: the schema only, without the event tables (the log lives elsewhere and has no SQL copy). */
async function openSql(
  settings: SqlDatabaseSettings,
  { withLog = true, pools }: { withLog?: boolean } & OpenEventStoreOptions = {},
): Promise<SqlDriver> {
  const sql =
    settings.kind === 'embedded'
      ? await PgliteDriver.open(join(settings.dataDir, 'eventstore'))
      : pools && settings.schema
        ? pools.driverFor({ url: settings.url, schema: settings.schema })
        : new PgDriver({ connectionString: settings.url, schema: settings.schema });
  const schema = settings.kind === 'postgres' ? settings.schema : undefined;
  try {
    if (withLog) await migrate(sql, schema);
    else if (schema) await sql.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
  } catch (error) {
    await sql.close().catch(() => undefined);
    throw error;
  }
  return sql;
}
