import { type OrganisationSlag } from '@sparbar/domain';
import { type EventStoreSettings } from '@sparbar/event-store';
import { type Clock, clockFrom } from './clock';
import { type TenancySettings, tenancySettings } from './tenancy-settings';
import { ConfigError } from './config-error';
import { checkEventStoreDbUrl, checkServerUrl } from './urls';
import { type WitnessSettings, witnessSettings } from './witness-settings';

/** Where events and read models live: what `openEventStore` takes. */
export type StoreSettings = EventStoreSettings;

/** The SQL database: the whole store, or only the read models beside EventStoreDB. */
export type SqlStoreSettings = Extract<EventStoreSettings, { kind: 'embedded' | 'postgres' }>;

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface AppConfig {
  /** Address the API and the worker listen on (HOST): 0.0.0.0 (every IPv4 address) unless set. */
  host: string;
  /** HTTP port of the API (PORT). 0 picks a free port. */
  port: number;
  /** HTTP port of a separately run worker, for its /metrics and /health (WORKER_PORT). */
  workerPort: number;
  logLevel: LogLevel;
  store: StoreSettings;
  redisUrl: string | undefined;
  /**
   * Prefix of the reminder queue's keys in Redis (QUEUE_PREFIX, default `sparbar`): two installations
   * sharing one Redis each take their own.
   */
  queuePrefix: string;
  /**
   * Whether the API process runs the worker too. Always so when the SQL database is embedded (only
   * one process may open it) or the log is in memory (only this process sees it).
   */
  apiHostsWorker: boolean;
  /** The process's now (CLOCK_START moves it, outside production): business time, deadlines, reminders. */
  clock: Clock;
  /** The signed chain heads the worker writes outside the database (witness-settings.ts). */
  witness: WitnessSettings;
  /**
   * The environment this configuration was read from, for the settings a part reads itself (the
   * reminders' SMTP_URL and schedule): the one the process was started with, never `process.env` behind it.
   */
  env: Environment;
  /**
   * Whether the worker's projections wake on the store's append notifications (WORKER_LISTEN, default
   * true): on PostgreSQL a LISTEN connection, so a write shows in the read models within milliseconds.
   * false: they poll only (every 250 ms once caught up), as before; the benchmark's baseline.
   */
  workerListen: boolean;
  /**
   * Where the public reaches this installation (PUBLIC_BASE_URL, e.g. `https://sparbar.region.se`),
   * without a trailing slash: the open data's stable URIs are built on it. Unset: on the request's
   * own address, which behind a proxy may be an internal one.
   */
  publicBaseUrl: string | undefined;
  /**
   * Set when the installation serves many organisations (PLATFORM_DATABASE_URL): where the tenant
   * directory lives. Absent: one organisation, as always (docs/tenancy.md).
   */
  tenancy?: TenancySettings;
  /**
   * The kind of organisation (region or kommun) this application serves, set on a tenant's
   * application from the tenant directory (configForTenant): organs are registered only with the
   * types that kind has. Absent in a single installation: every type, as before.
   */
  organisationKind?: OrganisationSlag;
}

export type Environment = Readonly<Record<string, string | undefined>>;

/** Reads the configuration from the environment; throws a `ConfigError` naming the first bad variable. */
export function loadConfig(env: Environment): AppConfig {
  const store = storeSettings(env);
  const sqlEmbedded = sqlSettingsOf(store).kind === 'embedded';
  const logInMemory = store.kind === 'memory';
  const runWorker = flag(env, 'RUN_WORKER');
  if (logInMemory && runWorker === false) {
    throw new ConfigError(
      'RUN_WORKER',
      'kan inte vara false med EVENT_STORE=memory: loggen finns bara i api-processens minne, så api-processen måste köra arbetaren',
    );
  }
  if (sqlEmbedded && runWorker === false) {
    throw new ConfigError(
      'RUN_WORKER',
      'kan inte vara false med inbäddad lagring: bara en process kan öppna den, så api-processen måste köra arbetaren (sätt DATABASE_URL för att köra den separat)',
    );
  }
  return {
    host: host(env),
    port: port(env, 'PORT', 3000),
    workerPort: port(env, 'WORKER_PORT', 3001),
    logLevel: logLevel(env),
    store,
    redisUrl: redisUrl(env),
    queuePrefix: queuePrefix(env),
    apiHostsWorker: sqlEmbedded || logInMemory || runWorker === true,
    clock: clockFrom(value(env, 'CLOCK_START'), value(env, 'NODE_ENV')),
    witness: witnessSettings(env, store),
    env,
    workerListen: flag(env, 'WORKER_LISTEN') ?? true,
    publicBaseUrl: publicBaseUrl(env),
    ...withTenancy(env),
  };
}

function withTenancy(env: Environment): { tenancy?: TenancySettings } {
  const tenancy = tenancySettings(env);
  return tenancy ? { tenancy } : {};
}

/** The SQL database in use: the store itself, or the read-model database beside a log kept elsewhere. */
export function sqlSettingsOf(store: StoreSettings): SqlStoreSettings {
  return store.kind === 'eventstoredb' || store.kind === 'memory' ? store.readModels : store;
}

function storeSettings(env: Environment): StoreSettings {
  const databaseUrl = value(env, 'DATABASE_URL');
  const schema = value(env, 'DATABASE_SCHEMA');
  if (databaseUrl) checkServerUrl('DATABASE_URL', databaseUrl, ['postgres', 'postgresql']);
  if (schema !== undefined) {
    if (!databaseUrl) throw new ConfigError('DATABASE_SCHEMA', 'gäller bara tillsammans med DATABASE_URL');
    if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(schema)) {
      throw new ConfigError(
        'DATABASE_SCHEMA',
        `"${schema}" är inget giltigt schemanamn (bokstäver, siffror, _)`,
      );
    }
  }
  const sql: SqlStoreSettings = databaseUrl
    ? { kind: 'postgres', url: databaseUrl, ...(schema ? { schema } : {}) }
    : { kind: 'embedded', dataDir: value(env, 'DATA_DIR') ?? './data' };

  const eventStoreDbUrl = value(env, 'EVENTSTOREDB_URL');
  if (logInMemory(env)) {
    if (eventStoreDbUrl)
      throw new ConfigError('EVENT_STORE', 'memory går inte ihop med EVENTSTOREDB_URL: välj en logg');
    return { kind: 'memory', readModels: sql };
  }
  if (!eventStoreDbUrl) return sql;
  checkEventStoreDbUrl('EVENTSTOREDB_URL', eventStoreDbUrl);
  return { kind: 'eventstoredb', url: eventStoreDbUrl, readModels: sql };
}

/**
 * EVENT_STORE=memory keeps the log in the process's memory, beside read models in SQL: for tests that
 * show everything reads the log through the port. Never in production, where the log must outlive the
 * process.
 */
function logInMemory(env: Environment): boolean {
  const raw = value(env, 'EVENT_STORE');
  if (raw === undefined) return false;
  if (raw !== 'memory') {
    throw new ConfigError('EVENT_STORE', `"${raw}" är inget känt värde (bara memory, eller osatt)`);
  }
  if (value(env, 'NODE_ENV') === 'production') {
    throw new ConfigError(
      'EVENT_STORE',
      'memory får inte användas i produktion: loggen försvinner med processen',
    );
  }
  return true;
}

function redisUrl(env: Environment): string | undefined {
  const url = value(env, 'REDIS_URL');
  if (url) checkServerUrl('REDIS_URL', url, ['redis', 'rediss']);
  return url;
}

function host(env: Environment): string {
  const raw = value(env, 'HOST') ?? '0.0.0.0';
  // An IPv4 or IPv6 address, or a host name; no scheme, port or path (those belong elsewhere).
  if (!/^([A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*)$/.test(raw)) {
    throw new ConfigError(
      'HOST',
      `"${raw}" är ingen adress att lyssna på (t.ex. 0.0.0.0, 127.0.0.1 eller ::)`,
    );
  }
  return raw;
}

/** An absolute http(s) address, perhaps with a path; no credentials, query or fragment. */
function publicBaseUrl(env: Environment): string | undefined {
  const raw = value(env, 'PUBLIC_BASE_URL');
  if (!raw) return undefined;
  const refuse = (why: string) =>
    new ConfigError('PUBLIC_BASE_URL', `${why} (väntade t.ex. https://sparbar.region.se)`);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw refuse(`"${raw}" går inte att tolka som en absolut adress`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw refuse(`okänt schema "${url.protocol}" (bara https: eller http:)`);
  if (url.username || url.password) throw refuse('får inte innehålla användarnamn eller lösenord');
  if (url.search || url.hash || raw.includes('?') || raw.includes('#'))
    throw refuse('får inte ha frågedel (?) eller fragment (#)');
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

function queuePrefix(env: Environment): string {
  const raw = value(env, 'QUEUE_PREFIX') ?? 'sparbar';
  // BullMQ separates its key parts with ':', so the prefix itself has none.
  if (!/^[A-Za-z0-9_-]{1,50}$/.test(raw)) {
    throw new ConfigError(
      'QUEUE_PREFIX',
      `"${raw}" duger inte som köprefix (bokstäver a–z, siffror, - och _, högst 50 tecken)`,
    );
  }
  return raw;
}

function port(env: Environment, name: string, fallback: number): number {
  const raw = value(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) > 65_535) {
    throw new ConfigError(name, `"${raw}" är inget portnummer (ett heltal 0–65535)`);
  }
  return Number(raw);
}

function logLevel(env: Environment): LogLevel {
  const raw = value(env, 'LOG_LEVEL')?.toLowerCase() ?? 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(raw)) {
    throw new ConfigError('LOG_LEVEL', `okänd nivå "${raw}" (välj ${LOG_LEVELS.join(', ')})`);
  }
  return raw as LogLevel;
}

function flag(env: Environment, name: string): boolean | undefined {
  const raw = value(env, name)?.toLowerCase();
  if (raw === undefined) return undefined;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new ConfigError(name, `"${raw}" är varken true eller false`);
}

/** An empty variable counts as unset: `PORT=` in a compose file means "use the default". */
function value(env: Environment, name: string): string | undefined {
  const raw = env[name]?.trim();
  return raw === '' ? undefined : raw;
}
