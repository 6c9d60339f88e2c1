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
  return { directoryUrl: url, schema: schema ?? 'plattform' };
}
