/**
 * A tenant is one organisation (a region or a kommun) in a shared installation: its own log, read
 * models, people and organs, in a schema of its own on one of the installation's PostgreSQL servers.
 * The platform's tenant directory holds where each one lives and which host names reach it.
 */
import { ORGANISATION_SLAG, type OrganisationSlag } from '@sparbar/domain';
import { checkOidc, checkPublicBaseUrl, type TenantOidc, type TenantOidcInput } from './tenant-addresses';

/** `moving`: being moved to another server; reads are served, writes refused until it is `active` again. */
export const TENANT_STATES = ['provisioning', 'active', 'moving', 'removing'] as const;
export type TenantState = (typeof TENANT_STATES)[number];

export interface Tenant {
  /** Short and stable: `umea`, `region-vasterbotten`. Named in URLs, schema names and queue prefixes. */
  tenantId: string;
  namn: string;
  /** A region or a kommun: which organ types it has (ORGAN_TYPER_FOR in the domain). */
  kind: OrganisationSlag;
  /** The host names its users reach it on (lower case, no port); each belongs to one tenant only. */
  hosts: readonly string[];
  /** The PostgreSQL server its schema lives on. */
  serverUrl: string;
  /** Its schema there: `tenant_<id>`, derived, never chosen. */
  schema: string;
  state: TenantState;
  createdAt: string;
  /**
   * Its first administrators (a verified e-mail address or a token subject): admin in this tenant
   * only, while its register does not know them (the tenant's ADMIN_BOOTSTRAP).
   */
  administrators: readonly string[];
  /** Its own OIDC provider, whose issuer alone its tokens may come from; null: the installation's sign-in. */
  oidc: TenantOidc | null;
  /**
   * The public base of its open data's URIs: as provisioned, or `https://<the first host given>`.
   * Null only for tenants entered before it existed (then its first host in the directory's order).
   */
  publicBaseUrl: string | null;
}

export type TenancyErrorCode =
  | 'INVALID_TENANT'
  | 'TENANT_EXISTS'
  | 'HOST_TAKEN'
  | 'SCHEMA_TAKEN'
  | 'TENANT_NOT_FOUND'
  | 'TENANT_NOT_ACTIVE'
  | 'SERVER_UNREACHABLE'
  | 'MOVE_FAILED'
  | 'NO_ROOM';

/** A refusal of the tenant directory, mapped to an HTTP status only at the edge. */
export class TenancyError extends Error {
  constructor(
    readonly code: TenancyErrorCode,
    message: string,
    /** The input field it concerns, when one does. */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'TenancyError';
  }
}

export function isTenancyError(error: unknown): error is TenancyError {
  return error instanceof TenancyError;
}

export interface TenantInput {
  tenantId: string;
  namn: string;
  kind: OrganisationSlag;
  hosts: readonly string[];
  serverUrl: string;
  administrators?: readonly string[];
  oidc?: TenantOidcInput | null;
  publicBaseUrl?: string | null;
}

const TENANT_ID = /^[a-z][a-z0-9-]{1,38}[a-z0-9]$/;
const HOST_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** The tenant to provision, checked and normalised; its schema follows from its id. */
export function defineTenant(input: TenantInput, now: Date): Tenant {
  const tenantId = input.tenantId.trim();
  if (!TENANT_ID.test(tenantId)) {
    throw invalid(
      'tenantId',
      `"${tenantId}" duger inte som id (3–40 tecken: a–z, siffror och -, börjar med en bokstav)`,
    );
  }
  const namn = input.namn.trim();
  if (namn.length === 0 || namn.length > 200) throw invalid('namn', 'Namnet måste ha 1–200 tecken');
  if (!(ORGANISATION_SLAG as readonly unknown[]).includes(input.kind)) {
    throw invalid('kind', 'Organisationen är en region eller en kommun (kind: "region" eller "kommun")');
  }
  if (input.hosts.length === 0) throw invalid('hosts', 'Minst ett värdnamn krävs');
  const hosts = [...new Set(input.hosts.map(normaliseHost))];
  for (const host of hosts) {
    if (!isHostName(host)) throw invalid('hosts', `"${host}" är inget värdnamn (t.ex. umea.example.se)`);
  }
  if (!/^postgres(ql)?:\/\/[^/]/.test(input.serverUrl)) {
    throw invalid('serverUrl', 'Servern anges som postgres://…');
  }
  const administrators = [...new Set((input.administrators ?? []).map((who) => who.trim()))];
  if (administrators.some((who) => who === '' || who.length > 254 || /[\s,]/.test(who))) {
    throw invalid(
      'administrators',
      'En administratör anges som e-postadress eller token-subjekt, utan mellanslag',
    );
  }
  return {
    tenantId,
    namn,
    kind: input.kind,
    hosts,
    serverUrl: input.serverUrl,
    schema: schemaOf(tenantId),
    state: 'provisioning',
    createdAt: now.toISOString(),
    administrators,
    oidc: checkOidc(input.oidc, invalid),
    // Kept, so the list shows it: the hosts themselves are kept unordered.
    publicBaseUrl: checkPublicBaseUrl(input.publicBaseUrl, invalid) ?? `https://${hosts[0]}`,
  };
}

/** `umea-kommun` → `tenant_umea_kommun`: within PostgreSQL's 63 characters, no quoting surprises. */
export function schemaOf(tenantId: string): string {
  return `tenant_${tenantId.replace(/-/g, '_')}`;
}

/** A Host header's name as the directory keeps it: lower case, without port or trailing dot. */
export function normaliseHost(host: string): string {
  const name = host.trim().toLowerCase();
  const withoutPort = name.startsWith('[') ? name : name.replace(/:\d+$/, '');
  return withoutPort.replace(/\.$/, '');
}

function isHostName(host: string): boolean {
  return host.length <= 253 && host.split('.').every((label) => HOST_LABEL.test(label));
}

function invalid(field: string, message: string): TenancyError {
  return new TenancyError('INVALID_TENANT', message, field);
}
