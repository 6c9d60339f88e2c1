/**
 * A small OIDC provider for the sign-in test, playing the organisation's (Entra ID, Keycloak …): its
 * discovery document, an authorization endpoint that signs in a chosen person at once (or refuses), a
 * token endpoint that checks the PKCE verifier against the challenge, and the JWKS the API verifies with.
 * The access token is issued for the API's audience with the claims the API reads (sub, roles, organ, name).
 */
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { type AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose';

export interface ProviderPerson {
  sub: string;
  name: string;
  roles: string[];
  organ: string | null;
}

interface Grant {
  clientId: string;
  redirectUri: string;
  challenge: string;
  person: ProviderPerson;
}

export interface TestOidcProvider {
  issuer: string;
  jwksUrl: string;
  /** Who the next sign-in is; null: the person cancels (error=access_denied). */
  signInAs(person: ProviderPerson | null): void;
  /** The authorization requests and token requests seen, in order. */
  requests: { path: string; params: Record<string, string> }[];
  /** Token requests refused, with the reason (a wrong verifier, an unknown code …). */
  refusals: string[];
  close(): Promise<void>;
}

export async function startTestOidcProvider(audience: string): Promise<TestOidcProvider> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
  const grants = new Map<string, Grant>();
  const requests: TestOidcProvider['requests'] = [];
  const refusals: string[] = [];
  let person: ProviderPerson | null = null;
  let issuer = '';

  const server: Server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => json(res, 500, { error: String(error) }));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', issuer);
    // The browser reads discovery and exchanges the code from the web app's origin.
    res.setHeader('access-control-allow-origin', '*');
    if (req.method === 'OPTIONS') {
      res.setHeader('access-control-allow-headers', 'content-type, accept');
      res.writeHead(204).end();
      return;
    }
    if (url.pathname === '/.well-known/openid-configuration') {
      json(res, 200, {
        issuer,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        jwks_uri: `${issuer}/jwks`,
        response_types_supported: ['code'],
        code_challenge_methods_supported: ['S256'],
      });
      return;
    }
    if (url.pathname === '/jwks') {
      json(res, 200, { keys: [jwk] });
      return;
    }
    if (url.pathname === '/authorize') {
      const params = Object.fromEntries(url.searchParams);
      requests.push({ path: '/authorize', params });
      const back = new URL(params.redirect_uri ?? '');
      back.searchParams.set('state', params.state ?? '');
      back.searchParams.set('iss', issuer);
      if (!person) {
        back.searchParams.set('error', 'access_denied');
        back.searchParams.set('error_description', 'Inloggningen avbröts av användaren');
      } else {
        const code = randomBytes(16).toString('hex');
        grants.set(code, {
          clientId: params.client_id ?? '',
          redirectUri: params.redirect_uri ?? '',
          challenge: params.code_challenge ?? '',
          person,
        });
        back.searchParams.set('code', code);
      }
      res.writeHead(302, { location: back.toString() }).end();
      return;
    }
    if (url.pathname === '/token' && req.method === 'POST') {
      const params = Object.fromEntries(new URLSearchParams(await body(req)));
      requests.push({ path: '/token', params });
      const grant = grants.get(params.code ?? '');
      grants.delete(params.code ?? '');
      const refuse = (reason: string) => {
        refusals.push(reason);
        json(res, 400, { error: 'invalid_grant', error_description: reason });
      };
      if (!grant) return refuse('unknown or used code');
      if (params.client_id !== grant.clientId) return refuse('client_id differs');
      if (params.redirect_uri !== grant.redirectUri) return refuse('redirect_uri differs');
      const verifierHash = createHash('sha256')
        .update(params.code_verifier ?? '')
        .digest('base64url');
      if (verifierHash !== grant.challenge) return refuse('code_verifier does not match the challenge');
      const accessToken = await new SignJWT({
        roles: grant.person.roles,
        organ: grant.person.organ,
        name: grant.person.name,
      })
        .setProtectedHeader({ alg: 'RS256', kid: 'test-key' })
        .setIssuer(issuer)
        .setAudience(audience)
        .setSubject(grant.person.sub)
        .setIssuedAt()
        .setExpirationTime('1h')
        .sign(privateKey);
      json(res, 200, { access_token: accessToken, token_type: 'Bearer', expires_in: 3600 });
      return;
    }
    json(res, 404, { error: 'not_found' });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    issuer,
    jwksUrl: `${issuer}/jwks`,
    signInAs: (next) => {
      person = next;
    },
    requests,
    refusals,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function json(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
}

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
