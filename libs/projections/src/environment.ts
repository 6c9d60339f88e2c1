/**
 * Everything a runner needs, opened from the same settings as the event store: the log, the read-model
 * database and the leases. On a server the read models get a small pool of their own (for COPY) and
 * the leases a connection of their own (so a dead process drops them); embedded, both share PGlite.
 */
import { type EventStore, type EventStoreSettings, openEventStore } from '@sparbar/event-store';
import { EmbeddedProjectionDb, type ProjectionDb } from './db/projection-db';
import { PgProjectionDb } from './db/pg-projection-db';
import { AdvisoryLeaseProvider } from './lease/advisory-lease';
import { type LeaseProvider, LocalLeaseProvider } from './lease/lease';
import { migrateProjections } from './schema/migrate-projections';

export interface ProjectionEnvironment {
  store: EventStore;
  db: ProjectionDb;
  leases: LeaseProvider;
  close(): Promise<void>;
}

type SqlSettings = { kind: 'embedded'; dataDir: string } | { kind: 'postgres'; url: string; schema?: string };

function sqlSettingsOf(settings: EventStoreSettings): SqlSettings {
  const withReadModels = settings as { readModels?: SqlSettings };
  return withReadModels.readModels ?? (settings as SqlSettings);
}

export async function openProjectionEnvironment(
  settings: EventStoreSettings,
): Promise<ProjectionEnvironment> {
  const { store, sql } = await openEventStore(settings);
  const sqlSettings = sqlSettingsOf(settings);
  const server =
    sqlSettings.kind === 'postgres'
      ? { connectionString: sqlSettings.url, schema: sqlSettings.schema }
      : undefined;
  const db: ProjectionDb = server ? new PgProjectionDb(server) : new EmbeddedProjectionDb(sql);
  const leases: LeaseProvider = server ? new AdvisoryLeaseProvider(server) : new LocalLeaseProvider();
  try {
    await migrateProjections(db);
  } catch (error) {
    await db.close().catch(() => undefined);
    await store.close().catch(() => undefined);
    throw error;
  }
  return {
    store,
    db,
    leases,
    close: async () => {
      await leases.close();
      await db.close();
      await store.close();
    },
  };
}
