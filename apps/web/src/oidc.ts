/**
 * Signing in with the organisation's OIDC provider: the authorization code flow with PKCE, as a public
 * client (no secret in a browser). The verifier and state wait in sessionStorage while the browser is at
 * the provider; the provider sends it back to /logga-in with a code, exchanged here for tokens.
 *
 * The access token is what the API gets: it is issued for the API (its `aud` is AUTH_AUDIENCE) and
 * carries the roles and organ the API reads. The ID token is for this client (`aud` is the client id)
 * and is not meant to be sent to an API. The provider must therefore issue JWT access tokens for the
 * API's audience (in Entra ID an exposed API scope, in Keycloak an audience mapper).
 */
import { type SessionUser } from './session';

export interface OidcConfig {
  mode: 'oidc';
  issuer: string;
  clientId: string | null;
  scopes: string;
}

export type SignInConfig = OidcConfig | { mode: 'development' };

interface ProviderMetadata {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
}

interface Pending {
  verifier: string;
  state: string;
}

const PENDING = 'sparbar.oidc.pending';
export const CALLBACK_PATH = '/logga-in';

export function redirectUri(): string {
  return `${window.location.origin}${CALLBACK_PATH}`;
}

/** The provider's answer in the address (a code, or an error), if this page load is one. */
export function callbackParams(): URLSearchParams | null {
  const params = new URLSearchParams(window.location.search);
  return params.has('state') && (params.has('code') || params.has('error')) ? params : null;
}

export async function startSignIn(config: OidcConfig): Promise<void> {
  if (!config.clientId) throw new Error('Inloggningen är inte konfigurerad (klient-id saknas).');
  const provider = await discover(config.issuer);
  const pending: Pending = { verifier: randomToken(), state: randomToken() };
  sessionStorage.setItem(PENDING, JSON.stringify(pending));
  const url = new URL(provider.authorization_endpoint);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', config.clientId);
  url.searchParams.set('redirect_uri', redirectUri());
  url.searchParams.set('scope', config.scopes);
  url.searchParams.set('state', pending.state);
  url.searchParams.set('code_challenge', await s256(pending.verifier));
  url.searchParams.set('code_challenge_method', 'S256');
  window.location.assign(url.toString());
}

export interface SignedIn {
  token: string;
  expiresIn: number;
  user: SessionUser;
}

// React runs effects twice in development; the code may be exchanged only once.
const finishing = new Map<string, Promise<SignedIn>>();

export function finishSignIn(config: OidcConfig, params: URLSearchParams): Promise<SignedIn> {
  const key = params.toString();
  let result = finishing.get(key);
  if (!result) {
    result = exchange(config, params);
    finishing.set(key, result);
  }
  return result;
}

async function exchange(config: OidcConfig, params: URLSearchParams): Promise<SignedIn> {
  const raw = sessionStorage.getItem(PENDING);
  sessionStorage.removeItem(PENDING);
  // The code is single use; take it out of the address so that a reload does not try again.
  window.history.replaceState(null, '', CALLBACK_PATH);
  const pending = raw ? (JSON.parse(raw) as Pending) : null;
  if (!pending || params.get('state') !== pending.state) {
    throw new Error('Inloggningen kunde inte kontrolleras (fel state). Försök igen.');
  }
  const iss = params.get('iss');
  if (iss !== null && iss !== config.issuer) throw new Error('Svaret kom från fel inloggningstjänst.');
  const error = params.get('error');
  if (error) throw new Error(`Inloggningen avbröts: ${params.get('error_description') ?? error}`);
  if (!config.clientId) throw new Error('Inloggningen är inte konfigurerad (klient-id saknas).');

  const provider = await discover(config.issuer);
  const response = await fetch(provider.token_endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code: params.get('code') ?? '',
      redirect_uri: redirectUri(),
      client_id: config.clientId,
      code_verifier: pending.verifier,
    }),
  });
  const tokens = (await response.json().catch(() => ({}))) as {
    access_token?: string;
    expires_in?: number;
    error?: string;
  };
  if (!response.ok || !tokens.access_token) {
    throw new Error(`Inloggningstjänsten gav ingen token (${tokens.error ?? response.status}).`);
  }
  const me = await fetch('/api/auth/me', {
    headers: { accept: 'application/json', authorization: `Bearer ${tokens.access_token}` },
  });
  if (!me.ok) {
    // Signed in at the provider but not in Spårbar's person register: the API says so (403).
    const refusal = (await me.json().catch(() => ({}))) as { detail?: string };
    throw new Error(
      me.status === 403 && refusal.detail
        ? refusal.detail
        : 'Spårbar godtog inte inloggningen. Kontakta den som administrerar Spårbar.',
    );
  }
  return {
    token: tokens.access_token,
    expiresIn: tokens.expires_in ?? 3600,
    user: (await me.json()) as SessionUser,
  };
}

async function discover(issuer: string): Promise<ProviderMetadata> {
  const response = await fetch(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`, {
    headers: { accept: 'application/json' },
  });
  if (!response.ok) throw new Error('Kunde inte nå organisationens inloggning.');
  const metadata = (await response.json()) as ProviderMetadata;
  if (metadata.issuer !== issuer) throw new Error('Inloggningstjänsten uppger en annan issuer.');
  return metadata;
}

function randomToken(): string {
  return base64url(crypto.getRandomValues(new Uint8Array(32)));
}

async function s256(verifier: string): Promise<string> {
  return base64url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
}

function base64url(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
