export * from './event-store.port';
export * from './errors';
export * from './prefixed-log.port';
export { DelegatingEventStore } from './delegating-event-store';
export { PostgresEventStore } from './postgres/postgres-event-store';
export { migrate, migrations } from './postgres/migrate';
export {
  PollingSubscription,
  type PollingOptions,
  type PollingSource,
} from './subscription/polling-subscription';
export { ChannelListener, type ChannelWatch, type OnChannelMessage } from './postgres/channel-listener';
export { ChannelHub } from './postgres/channel-hub';
export { appendChannel } from './postgres/append-notifications';
export { PgDriver, type PgDriverOptions } from './sql/pg.driver';
export { OwnPool, SchemaPool, forgetSearchPath, searchPathOf, type PgSource } from './sql/pg-source';
export { PgServerPools, type PgServerPoolsOptions, type TenantPlace } from './sql/pg-server-pools';
export { PgliteDriver } from './sql/pglite.driver';
export { type SqlDriver, type SqlExecutor } from './sql/sql-driver';
export {
  openEventStore,
  openPrefixedLog,
  type EventStoreSettings,
  type OpenEventStoreOptions,
  type OpenedEventStore,
} from './open-event-store';
export {
  EventStoreDbEventStore,
  type EventStoreDbConnectOptions,
} from './eventstoredb/eventstoredb-event-store';
export { tenantStreamPrefix } from './eventstoredb/stream-prefix';
export { InMemoryEventStore, type InMemoryEventStoreOptions } from './memory/in-memory-event-store';
