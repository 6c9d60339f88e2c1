export * from './event-store.port';
export * from './errors';
export { PostgresEventStore } from './postgres/postgres-event-store';
export { migrate, migrations } from './postgres/migrate';
export { appendChannel } from './postgres/append-notifications';
export {
  PollingSubscription,
  type PollingOptions,
  type PollingSource,
} from './subscription/polling-subscription';
export { ChannelListener, type ChannelWatch, type OnChannelMessage } from './postgres/channel-listener';
export { PgDriver } from './sql/pg.driver';
export { PgliteDriver } from './sql/pglite.driver';
export { type SqlDriver, type SqlExecutor } from './sql/sql-driver';
export { openEventStore, type EventStoreSettings, type OpenedEventStore } from './open-event-store';
export {
  EventStoreDbEventStore,
  type EventStoreDbConnectOptions,
} from './eventstoredb/eventstoredb-event-store';
export { InMemoryEventStore, type InMemoryEventStoreOptions } from './memory/in-memory-event-store';
