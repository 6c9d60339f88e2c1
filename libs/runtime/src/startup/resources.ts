import { resolve } from 'node:path';
import { type AppConfig, type SqlStoreSettings, type StoreSettings, sqlSettingsOf } from '@sparbar/config';
import { type EventStore, type SqlDriver, openEventStore } from '@sparbar/event-store';
import { type PgServerPools } from '@sparbar/projections';
import { PostgresTenantDirectory, type TenantDirectory } from '@sparbar/tenancy';
import { type Redis } from 'ioredis';
import { type DataDirLock, lockDataDir } from './data-dir-lock';
import { checkPostgres } from './postgres-check';
import { connectRedis } from './redis-connection';
import { StartupError, errorMessage } from './startup-error';

/** What an application runs on, opened and checked before Nest starts. */
export interface Resources {
  /** The configuration, with the data folder made absolute. */
  config: AppConfig;
  store: EventStore;
  /** The SQL database for read models and checkpoints (the store's own one when the log is in SQL). */
  sql: SqlDriver;
  redis: Redis | undefined;
  /** The tenant directory, when the installation serves many organisations (PLATFORM_DATABASE_URL). */
  tenants: TenantDirectory | undefined;
  /**
   * The pools per server shared by every tenant of the process, when this is a tenant's application in
   * an installation of many organisations: its read models take their connections there too.
   */
  pools: PgServerPools | undefined;
  /** Closes everything; safe to call more than once. */
  close(): Promise<void>;
}

/**
 * Opens the store (and Redis, when configured), checking each named setting on the way, so that any
 * failure is a `StartupError` naming the setting. Whatever was opened before a failure is closed.
 */
export async function openResources(
  config: AppConfig,
  { pools }: { pools?: PgServerPools } = {},
): Promise<Resources> {
  const closers: (() => Promise<void> | void)[] = [];
  const closeAll = async () => {
    for (const close of closers.splice(0).reverse()) await Promise.resolve(close()).catch(() => undefined);
  };
  try {
    const store = withAbsoluteDataDir(config.store);
    const sqlSettings = sqlSettingsOf(store);
    if (sqlSettings.kind === 'embedded') {
      const lock: DataDirLock = lockDataDir(sqlSettings.dataDir);
      closers.push(() => lock.release());
    } else {
      await checkPostgres(sqlSettings.url);
    }

    // Redis before the store: it answers in milliseconds, a first embedded open takes seconds.
    const redis = config.redisUrl ? await connectRedis(config.redisUrl) : undefined;
    if (redis) closers.push(() => redis.quit().then(() => undefined));

    const opened = await openEventStore(store, { pools }).catch((error: unknown) => {
      throw storeFailure(store, error);
    });
    // Closing the store closes the SQL database too, also beside EventStoreDB.
    closers.push(() => opened.store.close());

    const tenants = config.tenancy ? await openTenantDirectory(config.tenancy) : undefined;
    if (tenants) closers.push(() => tenants.close());

    let closing: Promise<void> | undefined;
    return {
      config: { ...config, store },
      store: opened.store,
      sql: opened.sql,
      redis,
      tenants,
      pools,
      close: () => (closing ??= closeAll()),
    };
  } catch (error) {
    await closeAll();
    throw error;
  }
}

async function openTenantDirectory(settings: NonNullable<AppConfig['tenancy']>): Promise<TenantDirectory> {
  await checkPostgres(settings.directoryUrl, 'PLATFORM_DATABASE_URL');
  return PostgresTenantDirectory.open(settings.directoryUrl, settings.schema).catch((error: unknown) => {
    throw new StartupError(
      'PLATFORM_DATABASE_URL',
      `organisationskatalogen kunde inte öppnas: ${errorMessage(error)}`,
      {
        cause: error,
      },
    );
  });
}

/** The folder as it is locked and logged, independent of where the process was started from later. */
function withAbsoluteDataDir(store: StoreSettings): StoreSettings {
  switch (store.kind) {
    case 'embedded':
      return { ...store, dataDir: resolve(store.dataDir) };
    case 'postgres':
      return store;
    case 'eventstoredb':
    case 'memory':
      return { ...store, readModels: withAbsoluteDataDir(store.readModels) as SqlStoreSettings };
  }
}

function storeFailure(store: StoreSettings, error: unknown): StartupError {
  const reason = `lagringen kunde inte öppnas: ${errorMessage(error)}`;
  switch (store.kind) {
    case 'embedded':
      return new StartupError('DATA_DIR', reason, { cause: error });
    case 'postgres':
      return new StartupError('DATABASE_URL', reason, { cause: error });
    case 'eventstoredb':
      return new StartupError('EVENTSTOREDB_URL', eventStoreDbFailure(store.url, error), { cause: error });
    case 'memory':
      return storeFailure(store.readModels, error);
  }
}

/** The gRPC client's message is long and ends in notes; the network error inside is what matters. */
function eventStoreDbFailure(url: string, error: unknown): string {
  const message = errorMessage(error);
  const hosts = /^[a-z+]+:\/\/(?:[^@/?#]*@)?([^/?#]*)/i.exec(url)?.[1] ?? url;
  const code = /\b(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EHOSTUNREACH|ECONNRESET)\b/.exec(message)?.[1];
  if (code) return `EventStoreDB svarar inte på ${hosts} (${code})`;
  return `EventStoreDB på ${hosts}: ${message.replace(/\s*Resolution note:.*$/s, '')}`;
}
