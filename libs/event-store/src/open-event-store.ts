import { join } from 'node:path';
import { type EventStore } from './event-store.port';
import { migrate } from './postgres/migrate';
import { PostgresEventStore } from './postgres/postgres-event-store';
import { PgDriver } from './sql/pg.driver';
import { PgliteDriver } from './sql/pglite.driver';
import { type SqlDriver } from './sql/sql-driver';

export type EventStoreSettings =
  | { kind: 'embedded'; dataDir: string }
  | { kind: 'postgres'; url: string; schema?: string };

export interface OpenedEventStore {
  store: EventStore;
  /** The SQL database beside the log, for read models and checkpoints (the same one for SQL stores). */
  sql: SqlDriver;
}

/**
 * Opens the configured store and brings its schema up to date. The embedded store lives in
 * `<dataDir>/eventstore`; only one process may open it at a time.
 */
export async function openEventStore(settings: EventStoreSettings): Promise<OpenedEventStore> {
  const sql =
    settings.kind === 'embedded'
      ? await PgliteDriver.open(join(settings.dataDir, 'eventstore'))
      : new PgDriver({ connectionString: settings.url, schema: settings.schema });
  try {
    await migrate(sql, settings.kind === 'postgres' ? settings.schema : undefined);
  } catch (error) {
    await sql.close().catch(() => undefined);
    throw error;
  }
  // The store owns the driver's lifetime: closing the store closes the connection.
  return { store: new PostgresEventStore(sql), sql };
}
