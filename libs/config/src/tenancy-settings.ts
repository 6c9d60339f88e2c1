import { resolve } from 'node:path';
import { ConfigError } from './config-error';
import { checkEventStoreDbUrl, checkServerUrl } from './urls';

type Environment = Readonly<Record<string, string | undefined>>;

/**
 * Many organisations in one installation (docs/tenancy.md): set by PLATFORM_DATABASE_URL, the main
 * PostgreSQL server whose platform schema holds the tenant directory. Unset, the installation is one
 * organisation, exactly as before.
 */
export interface TenancySettings {
  directoryUrl: string;
  /** The platform schema there (PLATFORM_SCHEMA, default `plattform`). */
  schema: string;
  /**
   * How many tenants' applications one API process keeps open at most (TENANT_APPS_MAX, default 20):
   * each holds its own in-memory state (docs/tenancy.md).
   */
  maxOpenApps: number;
  /**
   * Connections per PostgreSQL server in the pool all tenants of one process share (TENANT_POOL_MAX,
   * default 20), beside one LISTEN and one notifying connection per server (docs/tenancy.md).
   */
  poolMax: number;
  /**
   * The PostgreSQL servers a new tenant is placed on when its provisioning names none, the emptiest
   * that answers (PLATFORM_SERVERS, comma-separated; default the platform's own server).
   */
  servers: string[];
  /** At most this many tenants a server when placing one (PLATFORM_TENANTS_PER_SERVER; unset: no limit). */
  tenantsPerServer: number | undefined;
  /**
   * The installation's EventStoreDB cluster (PLATFORM_EVENTSTOREDB_URL): a tenant provisioned with
   * `logStore: 'eventstoredb'` keeps its log there under its stream prefix. Unset: no such tenants.
   */
  eventStoreDbUrl: string | undefined;
  /**
   * The platform's data folder (PLATFORM_DATA_DIR, made absolute): an embedded tenant's folder is
   * `<dir>/tenants/<id>`, opened by the front's process only. Unset: no embedded tenants.
   */
  dataDir: string | undefined;
}

export function tenancySettings(env: Environment): TenancySettings | undefined {
  const url = env.PLATFORM_DATABASE_URL?.trim() || undefined;
  const schema = env.PLATFORM_SCHEMA?.trim() || undefined;
  if (!url) {
    for (const name of ['PLATFORM_SCHEMA', 'PLATFORM_EVENTSTOREDB_URL', 'PLATFORM_DATA_DIR']) {
      if (env[name]?.trim()) throw new ConfigError(name, 'gäller bara tillsammans med PLATFORM_DATABASE_URL');
    }
    return undefined;
  }
  checkServerUrl('PLATFORM_DATABASE_URL', url, ['postgres', 'postgresql']);
  if (schema !== undefined && !/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(schema)) {
    throw new ConfigError(
      'PLATFORM_SCHEMA',
      `"${schema}" är inget giltigt schemanamn (bokstäver, siffror, _)`,
    );
  }
  return {
    directoryUrl: url,
    schema: schema ?? 'plattform',
    maxOpenApps: positiveInteger(env, 'TENANT_APPS_MAX', 20),
    poolMax: positiveInteger(env, 'TENANT_POOL_MAX', 20),
    servers: serverList(env, url),
    tenantsPerServer: env.PLATFORM_TENANTS_PER_SERVER?.trim()
      ? positiveInteger(env, 'PLATFORM_TENANTS_PER_SERVER', 1)
      : undefined,
    eventStoreDbUrl: eventStoreDbUrl(env),
    dataDir: env.PLATFORM_DATA_DIR?.trim() ? resolve(env.PLATFORM_DATA_DIR.trim()) : undefined,
  };
}

function eventStoreDbUrl(env: Environment): string | undefined {
  const url = env.PLATFORM_EVENTSTOREDB_URL?.trim() || undefined;
  if (url) checkEventStoreDbUrl('PLATFORM_EVENTSTOREDB_URL', url);
  return url;
}

function serverList(env: Environment, platformUrl: string): string[] {
  const listed = (env.PLATFORM_SERVERS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const url of listed) checkServerUrl('PLATFORM_SERVERS', url, ['postgres', 'postgresql']);
  return listed.length > 0 ? [...new Set(listed)] : [platformUrl];
}

function positiveInteger(env: Environment, name: string, fallback: number): number {
  const raw = env[name]?.trim() || undefined;
  if (raw !== undefined && !/^[1-9]\d{0,5}$/.test(raw)) {
    throw new ConfigError(name, `"${raw}" är inget positivt heltal`);
  }
  return raw ? Number(raw) : fallback;
}
