import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignJWT } from 'jose';
import {
  AuthConfigError,
  type AuthenticationError,
  authSettingsFromEnv,
  DEV_USERS,
  issueDevToken,
  TokenVerifier,
} from '../src';

const dataDir = mkdtempSync(join(tmpdir(), 'sparbar-auth-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const settings = () => authSettingsFromEnv({}, dataDir);
const johan = DEV_USERS.find((u) => u.personId === 'person-johan')!;

describe('development tokens', () => {
  it('a token for a seeded user verifies to that person with their roles and organ', async () => {
    const token = await issueDevToken(settings(), johan);
    const actor = await new TokenVerifier(settings()).verifyHeader(`Bearer ${token}`);
    expect(actor).toEqual({
      personId: 'person-johan',
      roles: ['officer'],
      organId: 'rs',
      name: 'Johan Lindström',
      email: null,
    });
  });

  it('the key is kept in the data folder, so tokens still verify after a restart', async () => {
    const token = await issueDevToken(settings(), johan);
    const afterRestart = new TokenVerifier(authSettingsFromEnv({}, dataDir));
    await expect(afterRestart.verify(token)).resolves.toMatchObject({ personId: 'person-johan' });
  });

  it('refuses a missing header, a tampered token, another key and an expired token', async () => {
    const verifier = new TokenVerifier(settings());
    const reason = (p: Promise<unknown>) =>
      p.then(
        () => 'accepted',
        (e: AuthenticationError) => e.reason,
      );

    expect(await reason(verifier.verifyHeader(undefined))).toBe('missing');
    expect(await reason(verifier.verifyHeader('Basic abc'))).toBe('missing');

    const token = await issueDevToken(settings(), johan);
    const [h, p, s] = token.split('.');
    const elevated = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(p, 'base64url').toString()), roles: ['admin'] }),
    ).toString('base64url');
    expect(await reason(verifier.verify(`${h}.${elevated}.${s}`))).toBe('invalid');

    const otherKey = authSettingsFromEnv({ AUTH_DEV_SECRET: 'x'.repeat(40) }, dataDir);
    expect(await reason(verifier.verify(await issueDevToken(otherKey, johan)))).toBe('invalid');

    const expired = await new SignJWT({ roles: ['officer'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('person-johan')
      .setIssuer('sparbar-development')
      .setAudience('sparbar')
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign((settings() as { secret: Uint8Array }).secret);
    expect(await reason(verifier.verify(expired))).toBe('expired');
  });

  it('grants no role Spårbar does not know', async () => {
    const token = await issueDevToken(settings(), {
      personId: 'p',
      roles: ['officer', 'superuser' as 'officer'],
      organId: 'rs',
    });
    expect((await new TokenVerifier(settings()).verify(token)).roles).toEqual(['officer']);
  });

  it('keeps a verified e-mail claim (lower case), by which an OIDC identity is found in the register', async () => {
    const signed = (claims: Record<string, unknown>) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('00u1a2b3c4')
        .setIssuer('sparbar-development')
        .setAudience('sparbar')
        .setExpirationTime('1h')
        .sign((settings() as { secret: Uint8Array }).secret);
    const verifier = new TokenVerifier(settings());
    const email = async (claims: Record<string, unknown>) =>
      (await verifier.verify(await signed(claims))).email;
    expect(await email({ email: ' Sara.Nilsson@Region.example ' })).toBe('sara.nilsson@region.example');
    expect(await email({ email: 'sara@region.example', email_verified: false })).toBeNull();
    expect(await email({})).toBeNull();
  });
});

describe('tokens verified before', () => {
  // A pinned time: the verifier checks `exp` against the clock it is given, kept tokens included.
  const issuedAt = Date.parse('2025-06-18T08:00:00Z');
  const signedUntil = (expiresAt: number, claims: Record<string, unknown> = { roles: ['officer'] }) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('person-johan')
      .setIssuer('sparbar-development')
      .setAudience('sparbar')
      .setIssuedAt(issuedAt / 1000)
      .setExpirationTime(expiresAt / 1000)
      .sign((settings() as { secret: Uint8Array }).secret);
  const reason = (p: Promise<unknown>) =>
    p.then(
      () => 'accepted',
      (e: AuthenticationError) => e.reason,
    );

  it('are refused from the second they expire, though accepted a moment before', async () => {
    let now = issuedAt;
    const verifier = new TokenVerifier(settings(), () => new Date(now));
    const token = await signedUntil(issuedAt + 30_000);
    expect(await reason(verifier.verify(token))).toBe('accepted');
    now = issuedAt + 29_999;
    expect(await reason(verifier.verify(token))).toBe('accepted');
    now = issuedAt + 30_000;
    expect(await reason(verifier.verify(token))).toBe('expired');
    // Refused for good: not accepted again from what was kept.
    expect(await reason(verifier.verify(token))).toBe('expired');
  });

  it('are refused when expired even after being kept for longer than a minute', async () => {
    let now = issuedAt;
    const verifier = new TokenVerifier(settings(), () => new Date(now));
    const token = await signedUntil(issuedAt + 8 * 3_600_000);
    expect(await reason(verifier.verify(token))).toBe('accepted');
    now = issuedAt + 3 * 3_600_000;
    expect(await verifier.verify(token)).toMatchObject({ personId: 'person-johan', roles: ['officer'] });
    now = issuedAt + 8 * 3_600_000;
    expect(await reason(verifier.verify(token))).toBe('expired');
  });

  it('keep nothing for a token that differs by a character: a tampered copy of a kept one is refused', async () => {
    const verifier = new TokenVerifier(settings(), () => new Date(issuedAt));
    const token = await signedUntil(issuedAt + 3_600_000);
    expect(await reason(verifier.verify(token))).toBe('accepted');
    const [h, p, s] = token.split('.');
    const elevated = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(p, 'base64url').toString()), roles: ['admin'] }),
    ).toString('base64url');
    expect(await reason(verifier.verify(`${h}.${elevated}.${s}`))).toBe('invalid');
    expect(await reason(verifier.verify(`${token}x`))).toBe('invalid');
    expect((await verifier.verify(token)).roles).toEqual(['officer']);
  });

  it('hand out the same claims each time, unchanged by what a caller does with them', async () => {
    const verifier = new TokenVerifier(settings(), () => new Date(issuedAt));
    const token = await signedUntil(issuedAt + 3_600_000);
    const first = await verifier.verify(token);
    expect(() => Object.assign(first, { roles: ['admin'] })).toThrow(TypeError);
    expect(await verifier.verify(token)).toEqual({
      personId: 'person-johan',
      roles: ['officer'],
      organId: null,
      name: null,
      email: null,
    });
  });
});

describe('configuration', () => {
  it('OIDC needs issuer, audience and JWKS URL together, and names what is missing', () => {
    expect(() => authSettingsFromEnv({ AUTH_ISSUER: 'https://idp.example' }, dataDir)).toThrow(
      /AUTH_AUDIENCE/,
    );
    const oidc = authSettingsFromEnv(
      { AUTH_ISSUER: 'https://idp', AUTH_AUDIENCE: 'sparbar', AUTH_JWKS_URL: 'https://idp/jwks' },
      dataDir,
    );
    expect(oidc.mode).toBe('oidc');
  });

  it('development sign-in is refused in production', () => {
    expect(() => authSettingsFromEnv({ NODE_ENV: 'production' }, dataDir)).toThrow(AuthConfigError);
  });

  it('a development token cannot be issued when OIDC is configured', async () => {
    const oidc = authSettingsFromEnv(
      { AUTH_ISSUER: 'https://idp', AUTH_AUDIENCE: 'sparbar', AUTH_JWKS_URL: 'https://idp/jwks' },
      dataDir,
    );
    await expect(issueDevToken(oidc, johan)).rejects.toThrow(/OIDC/);
  });
});
