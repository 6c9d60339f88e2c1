/** Injection tokens of what the runtime provides; interfaces have no runtime value to inject by. */
export const APP_CONFIG = 'sparbar:AppConfig';
/** The event store, instrumented: appends through it are counted. */
export const EVENT_STORE = 'sparbar:EventStore';
/** The SQL database for read models and checkpoints. */
export const SQL_DATABASE = 'sparbar:SqlDatabase';
/** The ioredis client, or null without REDIS_URL. */
export const REDIS = 'sparbar:Redis';
/** The process's now (`Clock`): commands' business time, today's deadlines, reminders. */
export const CLOCK = 'sparbar:Clock';
/** The witness folder (libs/audit's `WitnessFolder`): signed chain heads outside the database. */
export const WITNESS = 'sparbar:Witness';
/** The tenant directory (libs/tenancy), or null when the installation is one organisation. */
export const TENANT_DIRECTORY = 'sparbar:TenantDirectory';
/** The pools per PostgreSQL server shared by a process's tenants (PgServerPools), or null. */
export const PG_POOLS = 'sparbar:PgServerPools';
