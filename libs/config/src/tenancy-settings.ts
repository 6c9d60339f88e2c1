import { ConfigError } from './config-error';
import { checkServerUrl } from './urls';

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
   * each holds its own database connections (docs/tenancy.md), so a server's max_connections bounds it.
   */
  maxOpenApps: number;
}

export function tenancySettings(env: Environment): TenancySettings | undefined {
  const url = env.PLATFORM_DATABASE_URL?.trim() || undefined;
  const schema = env.PLATFORM_SCHEMA?.trim() || undefined;
  if (!url) {
    if (schema) throw new ConfigError('PLATFORM_SCHEMA', 'gäller bara tillsammans med PLATFORM_DATABASE_URL');
    return undefined;
  }
  checkServerUrl('PLATFORM_DATABASE_URL', url, ['postgres', 'postgresql']);
  if (schema !== undefined && !/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(schema)) {
    throw new ConfigError(
      'PLATFORM_SCHEMA',
      `"${schema}" är inget giltigt schemanamn (bokstäver, siffror, _)`,
    );
  }
  const rawMax = env.TENANT_APPS_MAX?.trim() || undefined;
  if (rawMax !== undefined && !/^[1-9]\d{0,5}$/.test(rawMax)) {
    throw new ConfigError('TENANT_APPS_MAX', `"${rawMax}" är inget positivt heltal`);
  }
  return { directoryUrl: url, schema: schema ?? 'plattform', maxOpenApps: rawMax ? Number(rawMax) : 20 };
}
