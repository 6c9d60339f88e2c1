/**
 * What the HTTP API needs beyond the shared configuration: how tokens are checked, which browser origins
 * may call it, how large a request may be and how often one may write. All from the environment;
 * secrets (the development signing key, OIDC settings) never from a file in the repository.
 */
import { type AppConfig, type Environment, sqlSettingsOf } from '@sparbar/config';
import { AuthConfigError, type AuthSettings, authSettingsFromEnv } from '@sparbar/auth';
import { StartupError } from '@sparbar/runtime';
import { PlatformAuthError, platformKey } from '@sparbar/tenancy';

export interface RateLimit {
  /** Requests per window and client address. */
  max: number;
  windowMs: number;
}

export interface ApiSettings {
  auth: AuthSettings;
  /** Browser origins allowed by CORS (CORS_ORIGINS, comma separated); none by default. */
  corsOrigins: string[];
  /**
   * Origins besides the OIDC issuer's that the web application fetches from while signing in
   * (AUTH_CONNECT_ORIGINS, comma separated), for a provider whose token endpoint is on another host.
   */
  authConnectOrigins: string[];
  /** Largest accepted request body in bytes (HTTP_BODY_LIMIT_BYTES); larger is a 413. */
  bodyLimitBytes: number;
  /** Development sign-in (RATE_LIMIT_SIGN_IN_PER_MINUTE). */
  signInRateLimit: RateLimit;
  /** Every write under /api (RATE_LIMIT_WRITES_PER_MINUTE). */
  writeRateLimit: RateLimit;
  /** Every read of the public open data, per client address (RATE_LIMIT_OPEN_DATA_PER_MINUTE). */
  openDataRateLimit: RateLimit;
  /** The open-data catalogue's contact e-mail (OPEN_DATA_CONTACT_EMAIL). */
  openDataContactEmail: string;
  /** Seed the demo organisation and its people when signing in locally (DEV_SEED, default true). */
  devSeed: boolean;
  /**
   * The first administrators of a fresh installation (ADMIN_BOOTSTRAP, comma separated): a verified
   * e-mail address or a token subject. While the register does not know them they act as admin, so they
   * can register people (themselves first); once registered, the register decides as for anyone.
   */
  adminBootstrap: string[];
  /**
   * The key the platform administrator's tokens are signed with (PLATFORM_SECRET, at least 32
   * characters), required when the installation serves many organisations; null otherwise.
   */
  platformKey: Uint8Array | null;
  /**
   * Set on a tenant's application in an installation of many organisations (never from the
   * environment): the tenant whose tokens alone it takes.
   */
  tenantId?: string;
  /**
   * Set with `tenantId` when the tenant has its own OIDC provider (`auth` is then the tenant's): its
   * issuer already tells the tenant, so a `tenant` claim is not required, only checked when present.
   */
  tenantHasIssuer?: boolean;
}

const MINUTE = 60_000;

export function apiSettingsFromEnv(env: Environment, config: AppConfig): ApiSettings {
  const sql = sqlSettingsOf(config.store);
  // The development key lives beside the embedded store; on a server, in ./data unless AUTH_DEV_SECRET is set.
  const dataDir = sql.kind === 'embedded' ? sql.dataDir : (env.DATA_DIR ?? './data');
  let auth: AuthSettings;
  try {
    auth = authSettingsFromEnv({ ...env }, dataDir);
  } catch (error) {
    if (error instanceof AuthConfigError) {
      throw new StartupError(error.variable, error.message.replace(/^[A-Z_]+: /, ''), { cause: error });
    }
    // The development key could not be kept in the data folder.
    const code = (error as { code?: string }).code ?? String(error);
    throw new StartupError(
      'DATA_DIR',
      `utvecklingsnyckeln kan inte sparas i ${dataDir} (${code}); sätt AUTH_DEV_SECRET eller en skrivbar DATA_DIR`,
      { cause: error },
    );
  }
  return {
    auth,
    corsOrigins: origins(env, 'CORS_ORIGINS'),
    authConnectOrigins: origins(env, 'AUTH_CONNECT_ORIGINS'),
    bodyLimitBytes: positiveInt(env, 'HTTP_BODY_LIMIT_BYTES', 256 * 1024),
    signInRateLimit: { max: positiveInt(env, 'RATE_LIMIT_SIGN_IN_PER_MINUTE', 30), windowMs: MINUTE },
    writeRateLimit: { max: positiveInt(env, 'RATE_LIMIT_WRITES_PER_MINUTE', 1_200), windowMs: MINUTE },
    openDataRateLimit: { max: positiveInt(env, 'RATE_LIMIT_OPEN_DATA_PER_MINUTE', 120), windowMs: MINUTE },
    openDataContactEmail: env.OPEN_DATA_CONTACT_EMAIL?.trim() || 'registrator@example.se',
    devSeed: auth.mode === 'development' && !/^(false|0)$/i.test(env.DEV_SEED?.trim() ?? ''),
    adminBootstrap: (env.ADMIN_BOOTSTRAP ?? '')
      .split(',')
      .map((who) => who.trim())
      .filter((who) => who !== ''),
    platformKey: config.tenancy ? platformKeyFrom(env) : null,
  };
}

function platformKeyFrom(env: Environment): Uint8Array {
  const secret = env.PLATFORM_SECRET?.trim();
  if (!secret)
    throw new StartupError('PLATFORM_SECRET', 'saknas: krävs tillsammans med PLATFORM_DATABASE_URL');
  try {
    return platformKey(secret);
  } catch (error) {
    if (error instanceof PlatformAuthError)
      throw new StartupError('PLATFORM_SECRET', 'måste vara minst 32 tecken');
    throw error;
  }
}

function origins(env: Environment, name: string): string[] {
  const list = (env[name] ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
  for (const origin of list) {
    let url: URL;
    try {
      url = new URL(origin);
    } catch {
      throw new StartupError(
        name,
        `"${origin}" är ingen origin (t.ex. https://sparbar.regionvasterbotten.se)`,
      );
    }
    if (url.origin !== origin) {
      throw new StartupError(name, `"${origin}" ska skrivas som en origin utan sökväg: ${url.origin}`);
    }
  }
  return list;
}

function positiveInt(env: Environment, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  if (!/^[1-9]\d{0,9}$/.test(raw)) throw new StartupError(name, `"${raw}" är inget positivt heltal`);
  return Number(raw);
}
