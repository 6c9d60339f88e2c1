/**
 * Where a tenant is reached and who signs its people in, as the directory holds them: its own OIDC
 * provider (an Entra ID tenant, a Keycloak realm) and the public base of its open data's URIs. Both
 * optional: without a provider of its own the installation's sign-in serves it (tokens then carry its
 * `tenant` claim), and its open data is on `https://<the first host given>`.
 */

/** The tenant's own OIDC provider: a token counts in this tenant only if that issuer signed it. */
export interface TenantOidc {
  /** The `iss` its tokens carry, exactly. */
  issuer: string;
  /** The `aud` its tokens are issued for (the API as registered at the provider). */
  audience: string;
  /** Where the provider's signing keys are published (JWKS). */
  jwksUrl: string;
  /** The web application's public client at the provider (authorization code with PKCE), if any. */
  clientId: string | null;
}

export interface TenantOidcInput {
  issuer: string;
  audience: string;
  jwksUrl: string;
  clientId?: string | null;
}

type Invalid = (field: string, message: string) => Error;

export function checkOidc(input: TenantOidcInput | null | undefined, invalid: Invalid): TenantOidc | null {
  if (input === null || input === undefined) return null;
  const text = (value: unknown, field: string, max: number) => {
    const trimmed = typeof value === 'string' ? value.trim() : '';
    if (trimmed === '' || trimmed.length > max)
      throw invalid(`oidc.${field}`, `Ange ${field} (1–${max} tecken)`);
    return trimmed;
  };
  const issuer = text(input.issuer, 'issuer', 500);
  const audience = text(input.audience, 'audience', 200);
  const jwksUrl = text(input.jwksUrl, 'jwksUrl', 2000);
  if (!isHttpUrl(jwksUrl)) throw invalid('oidc.jwksUrl', 'Nycklarnas adress anges som https://…');
  const clientId =
    input.clientId === null || input.clientId === undefined ? null : text(input.clientId, 'clientId', 200);
  return { issuer, audience, jwksUrl, clientId };
}

/** An absolute http(s) base, perhaps with a path, without trailing slash, credentials, query or fragment. */
export function checkPublicBaseUrl(raw: string | null | undefined, invalid: Invalid): string | null {
  if (raw === null || raw === undefined) return null;
  const refuse = () =>
    invalid(
      'publicBaseUrl',
      'Den publika adressen anges som https://värd[/sökväg], utan frågedel eller lösenord',
    );
  if (!isHttpUrl(raw) || raw.includes('?') || raw.includes('#')) throw refuse();
  const url = new URL(raw);
  if (url.username || url.password) throw refuse();
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

function isHttpUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
