/**
 * How bearer tokens are checked. In production an OIDC provider signs them (issuer, audience and its
 * JWKS URL come from the environment). Without a provider, for local use, Spårbar signs development
 * tokens itself with a key kept in the data folder; that mode is refused when NODE_ENV=production.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export type AuthSettings =
  | {
      mode: 'oidc';
      issuer: string;
      audience: string;
      jwksUrl: URL;
      /**
       * The web application's own client id at the provider (AUTH_CLIENT_ID): a public client signing in
       * with the authorization code flow and PKCE. Without it the API accepts the provider's tokens, but
       * the web application cannot get one.
       */
      clientId: string | null;
    }
  | { mode: 'development'; issuer: string; audience: string; secret: Uint8Array };

export const DEV_ISSUER = 'sparbar-development';
export const DEV_AUDIENCE = 'sparbar';

export class AuthConfigError extends Error {
  constructor(
    readonly variable: string,
    reason: string,
  ) {
    super(`${variable}: ${reason}`);
    this.name = 'AuthConfigError';
  }
}

export function authSettingsFromEnv(env: NodeJS.ProcessEnv, dataDir: string): AuthSettings {
  const { AUTH_ISSUER, AUTH_AUDIENCE, AUTH_JWKS_URL } = env;
  if (AUTH_ISSUER || AUTH_AUDIENCE || AUTH_JWKS_URL) {
    for (const [name, value] of Object.entries({ AUTH_ISSUER, AUTH_AUDIENCE, AUTH_JWKS_URL })) {
      if (!value)
        throw new AuthConfigError(name, 'saknas (OIDC kräver AUTH_ISSUER, AUTH_AUDIENCE och AUTH_JWKS_URL)');
    }
    let jwksUrl: URL;
    try {
      jwksUrl = new URL(AUTH_JWKS_URL as string);
    } catch {
      throw new AuthConfigError('AUTH_JWKS_URL', 'är ingen giltig URL');
    }
    if (jwksUrl.protocol !== 'https:' && env.NODE_ENV === 'production') {
      throw new AuthConfigError('AUTH_JWKS_URL', 'måste använda https i produktion');
    }
    return {
      mode: 'oidc',
      issuer: AUTH_ISSUER as string,
      audience: AUTH_AUDIENCE as string,
      jwksUrl,
      clientId: env.AUTH_CLIENT_ID?.trim() || null,
    };
  }
  if (env.NODE_ENV === 'production') {
    throw new AuthConfigError('AUTH_ISSUER', 'saknas: utvecklingsinloggning är avstängd i produktion');
  }
  const secret = env.AUTH_DEV_SECRET
    ? new TextEncoder().encode(env.AUTH_DEV_SECRET)
    : developmentKey(join(dataDir, 'dev-signing-key'));
  if (secret.length < 32) throw new AuthConfigError('AUTH_DEV_SECRET', 'måste vara minst 32 tecken');
  return { mode: 'development', issuer: DEV_ISSUER, audience: DEV_AUDIENCE, secret };
}

/** One random key per data folder, so development tokens survive a restart but not a new folder. */
function developmentKey(file: string): Uint8Array {
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600 });
  }
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
}
