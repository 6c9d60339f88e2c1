/**
 * A tenant is one organisation (a region or a kommun) in a shared installation: its own log, read
 * models, people and organs — in a schema of its own on one of the installation's PostgreSQL servers,
 * or its log under a stream prefix of its own in the installation's EventStoreDB cluster (read models
 * in its schema), or all of it in a data folder of its own (embedded). The platform's tenant directory
 * holds where each one lives and which host names reach it.
 */
import { ORGANISATION_SLAG, type OrganisationSlag } from '@sparbar/domain';
import { tenantStreamPrefix } from '@sparbar/event-store';
import { checkOidc, checkPublicBaseUrl, type TenantOidc, type TenantOidcInput } from './tenant-addresses';

/** `moving`: being moved to another server; reads are served, writes refused until it is `active` again. */
export const TENANT_STATES = ['provisioning', 'active', 'moving', 'removing'] as const;
export type TenantState = (typeof TENANT_STATES)[number];

/**
 * Where a tenant's log lives: its schema on a PostgreSQL server; the installation's EventStoreDB
 * cluster under its stream prefix (read models in its schema on a PostgreSQL server); or a data folder
 * of its own, opened by the front's process alone (embedded, PGlite).
 */
export const TENANT_LOG_STORES = ['postgres', 'eventstoredb', 'embedded'] as const;
export type TenantLogStore = (typeof TENANT_LOG_STORES)[number];

export interface Tenant {
  /** Short and stable: `umea`, `region-vasterbotten`. Named in URLs, schema names and queue prefixes. */
  tenantId: string;
  namn: string;
  /** A region or a kommun: which organ types it has (ORGAN_TYPER_FOR in the domain). */
  kind: OrganisationSlag;
  /** The host names its users reach it on (lower case, no port); each belongs to one tenant only. */
  hosts: readonly string[];
  /** Where its log lives (postgres for every tenant entered before the others existed). */
  logStore: TenantLogStore;
  /**
   * The PostgreSQL server its schema lives on (beside EventStoreDB: its read models' schema); null for
   * an embedded tenant.
   */
  serverUrl: string | null;
  /** Its schema there: `tenant_<id>`, derived, never chosen (unused by an embedded tenant). */
  schema: string;
  /** Its streams' prefix in the EventStoreDB cluster, `<tenantId>:`, derived; null for the others. */
  streamPrefix: string | null;
  /** Its data folder (absolute, `<PLATFORM_DATA_DIR>/tenants/<id>`) when embedded; null otherwise. */
  dataDir: string | null;
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
  | 'NO_ROOM'
  /** An EventStoreDB prefix with events already, or a data folder already there. */
  | 'LOG_TAKEN'
  /** A move of a tenant whose log is not on PostgreSQL. */
  | 'NOT_MOVABLE'
  /** An embedded tenant's folder is open in another process. */
  | 'TENANT_BUSY';

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
  /** Default postgres. */
  logStore?: TenantLogStore;
  /** Its PostgreSQL server (postgres and eventstoredb); none for an embedded tenant. */
  serverUrl?: string | null;
  /** Its data folder, for an embedded tenant (the platform's, not the administrator's, choice). */
  dataDir?: string | null;
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
  const logStore = input.logStore ?? 'postgres';
  if (!(TENANT_LOG_STORES as readonly unknown[]).includes(logStore)) {
    throw invalid('logStore', 'Loggen lagras i "postgres", "eventstoredb" eller "embedded"');
  }
  const place = placeOf(tenantId, logStore, input);
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
    logStore,
    ...place,
    schema: schemaOf(tenantId),
    state: 'provisioning',
    createdAt: now.toISOString(),
    administrators,
    oidc: checkOidc(input.oidc, invalid),
    // Kept, so the list shows it: the hosts themselves are kept unordered.
    publicBaseUrl: checkPublicBaseUrl(input.publicBaseUrl, invalid) ?? `https://${hosts[0]}`,
  };
}

function placeOf(
  tenantId: string,
  logStore: TenantLogStore,
  input: TenantInput,
): Pick<Tenant, 'serverUrl' | 'streamPrefix' | 'dataDir'> {
  if (logStore === 'embedded') {
    if (input.serverUrl) {
      throw invalid('serverUrl', 'En inbäddad organisation har ingen server: utelämna serverUrl');
    }
    if (!input.dataDir) throw invalid('logStore', 'Installationen har ingen datamapp (PLATFORM_DATA_DIR)');
    return { serverUrl: null, streamPrefix: null, dataDir: input.dataDir };
  }
  if (typeof input.serverUrl !== 'string' || !/^postgres(ql)?:\/\/[^/]/.test(input.serverUrl)) {
    throw invalid('serverUrl', 'Servern anges som postgres://…');
  }
  const streamPrefix = logStore === 'eventstoredb' ? streamPrefixOf(tenantId) : null;
  return { serverUrl: input.serverUrl, streamPrefix, dataDir: null };
}

/**
 * `umea` → `umea:`: the tenant's streams in the shared EventStoreDB cluster. `:` cannot occur in an id
 * (a–z, digits, `-`), so no tenant's prefix is the start of another's (`umea-` would be `umea-kommun`'s),
 * and it keeps the streams' own category (`uppdrag-…`) after it.
 */
export function streamPrefixOf(tenantId: string): string {
  return tenantStreamPrefix(tenantId);
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
