/**
 * Turns a bearer token into the actor behind a command. The token says who the person is (`sub`, and
 * for an OIDC provider perhaps `email`), which roles they hold (`roles`) and which organ they work for
 * (`organ`). The API then looks the person up in the register, whose roles, organ and activation win
 * over the token's (apps/api/src/auth/authenticated.ts); someone not in it gets no roles at all.
 */
import { type Actor, type Role, ROLES } from '@sparbar/domain';
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';
import { type AuthSettings } from './auth-settings';
import { VerifiedTokens } from './verified-tokens';

export type AuthFailure = 'missing' | 'invalid' | 'expired' | 'inactive';

export class AuthenticationError extends Error {
  readonly code = 'UNAUTHENTICATED';
  constructor(
    readonly reason: AuthFailure,
    message: string,
  ) {
    super(message);
    this.name = 'AuthenticationError';
  }
}

export interface AuthenticatedActor extends Actor {
  name: string | null;
  /** The provider's `email` claim (lower case), unless the provider says it is not verified. */
  email: string | null;
}

export class TokenVerifier {
  private readonly jwks: ReturnType<typeof createRemoteJWKSet> | null;
  private readonly verified = new VerifiedTokens<AuthenticatedActor>();

  /**
   * `now`: the time a token's `exp` is checked against — the machine's, as the provider's tokens are
   * stamped with it (a test passes its own to see a kept token expire).
   */
  constructor(
    private readonly settings: AuthSettings,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.jwks = settings.mode === 'oidc' ? createRemoteJWKSet(settings.jwksUrl) : null;
  }

  /** From an `Authorization` header value. */
  async verifyHeader(header: string | undefined): Promise<AuthenticatedActor> {
    const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
    if (!match) throw new AuthenticationError('missing', 'Inloggning krävs: skicka en Bearer-token.');
    return this.verify(match[1]);
  }

  async verify(token: string): Promise<AuthenticatedActor> {
    const now = this.now();
    const known = this.verified.get(token, now.getTime());
    if (known) return known;
    let payload: JWTPayload;
    try {
      const checks = { issuer: this.settings.issuer, audience: this.settings.audience, currentDate: now };
      ({ payload } =
        this.settings.mode === 'development'
          ? await jwtVerify(token, this.settings.secret, { ...checks, algorithms: ['HS256'] })
          : await jwtVerify(token, this.jwks!, checks));
    } catch (error) {
      if (error instanceof errors.JWTExpired) {
        throw new AuthenticationError('expired', 'Inloggningen har gått ut: logga in igen.');
      }
      throw new AuthenticationError('invalid', 'Ogiltig token.');
    }
    return this.verified.keep(token, toActor(payload), payload.exp, now.getTime());
  }
}

function toActor(payload: JWTPayload): AuthenticatedActor {
  if (typeof payload.sub !== 'string' || payload.sub === '') {
    throw new AuthenticationError('invalid', 'Token saknar användare (sub).');
  }
  const claimed = Array.isArray(payload.roles) ? payload.roles : [];
  // Roles the provider knows but Spårbar does not grant nothing here.
  const roles = [...new Set(claimed.filter((r): r is Role => (ROLES as readonly unknown[]).includes(r)))];
  return {
    personId: payload.sub,
    // Frozen: a verified token's actor is kept and handed to every request that brings it.
    roles: Object.freeze(roles) as Role[],
    organId: typeof payload.organ === 'string' && payload.organ !== '' ? payload.organ : null,
    name: typeof payload.name === 'string' ? payload.name : null,
    email:
      typeof payload.email === 'string' && payload.email !== '' && payload.email_verified !== false
        ? payload.email.trim().toLowerCase()
        : null,
  };
}
