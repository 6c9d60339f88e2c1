/**
 * An OIDC issuer for a test, as an organisation's provider would be (a Keycloak realm, an Entra ID
 * tenant): a key pair made in the test, its public key served as a JWKS on a free local port, and
 * access tokens signed with the private key for a given audience.
 */
import { createServer } from 'node:http';
import { type AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWTPayload, SignJWT } from 'jose';

export interface TestIssuer {
  issuer: string;
  jwksUrl: string;
  /** A token this provider signs; `iss` may be overridden to forge another's. */
  sign(
    subject: string,
    claims?: JWTPayload,
    options?: { audience?: string; issuer?: string },
  ): Promise<string>;
  close(): Promise<void>;
}

export async function startTestIssuer(name: string, audience: string): Promise<TestIssuer> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const kid = `${name}-key`;
  const jwks = JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' }] });
  const server = createServer((req, res) => {
    if (req.url === '/jwks') res.writeHead(200, { 'content-type': 'application/json' }).end(jwks);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const issuer = `${base}/realms/${name}`;
  return {
    issuer,
    jwksUrl: `${base}/jwks`,
    sign: (subject, claims = {}, options = {}) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid })
        .setIssuer(options.issuer ?? issuer)
        .setAudience(options.audience ?? audience)
        .setSubject(subject)
        .setIssuedAt()
        .setExpirationTime('1h')
        .sign(privateKey),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
