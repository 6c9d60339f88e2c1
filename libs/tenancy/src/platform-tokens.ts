/**
 * The platform administrator stands outside every tenant: their token is signed with the platform's
 * own key (PLATFORM_SECRET) for the platform's own audience, so no tenant's token (another key, the
 * audience `sparbar` or an OIDC provider's) is ever one, and a platform token is no tenant's token.
 */
import { errors, jwtVerify, SignJWT } from 'jose';

export const PLATFORM_ISSUER = 'sparbar-plattform';
export const PLATFORM_AUDIENCE = 'sparbar-plattform';

export class PlatformAuthError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PlatformAuthError';
  }
}

export function platformKey(secret: string): Uint8Array {
  const key = new TextEncoder().encode(secret);
  if (key.length < 32) throw new PlatformAuthError('PLATFORM_SECRET måste vara minst 32 tecken');
  return key;
}

/** A token for the platform administrator `administrator` (their name, for the log). */
export function issuePlatformToken(key: Uint8Array, administrator: string, ttl = '1h'): Promise<string> {
  return new SignJWT({ plattform: true })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(administrator)
    .setIssuer(PLATFORM_ISSUER)
    .setAudience(PLATFORM_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(ttl)
    .sign(key);
}

/** The administrator an `Authorization` header's platform token names; throws `PlatformAuthError`. */
export async function verifyPlatformHeader(key: Uint8Array, header: string | undefined): Promise<string> {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  if (!match) throw new PlatformAuthError('Plattformsinloggning krävs: skicka en Bearer-token.');
  try {
    const { payload } = await jwtVerify(match[1], key, {
      issuer: PLATFORM_ISSUER,
      audience: PLATFORM_AUDIENCE,
      algorithms: ['HS256'],
    });
    if (payload.plattform !== true || typeof payload.sub !== 'string' || payload.sub === '') {
      throw new PlatformAuthError('Ingen plattformstoken.');
    }
    return payload.sub;
  } catch (error) {
    if (error instanceof PlatformAuthError) throw error;
    if (error instanceof errors.JWTExpired) throw new PlatformAuthError('Plattformstoken har gått ut.');
    throw new PlatformAuthError('Ogiltig plattformstoken.');
  }
}
