/**
 * Where a new tenant goes when its provisioning names no server: among the installation's servers
 * (PLATFORM_SERVERS), the one with room — the fewest tenants, and under `perServer` when a limit is set —
 * that answers. Two servers with as many tenants: the one listed first. None with room: refused, and
 * nothing is made.
 */
import { serverIdentity } from './postgres/tenant-servers';
import { TenancyError, type Tenant } from './tenant';

export interface Placement {
  /** The PostgreSQL servers new tenants may be placed on, in order of preference. */
  servers: readonly string[];
  /** At most this many tenants a server (PLATFORM_TENANTS_PER_SERVER); unset: no limit. */
  perServer?: number;
}

/** The servers with room, the emptiest first (pure: the directory's tenants are given). */
export function serversWithRoom(
  placement: Placement,
  tenants: readonly Pick<Tenant, 'serverUrl'>[],
): string[] {
  const counts = new Map<string, number>(placement.servers.map((url) => [url, 0]));
  for (const tenant of tenants) {
    const count = tenant.serverUrl === null ? undefined : counts.get(tenant.serverUrl);
    if (count !== undefined && tenant.serverUrl !== null) counts.set(tenant.serverUrl, count + 1);
  }
  const limit = placement.perServer ?? Number.POSITIVE_INFINITY;
  return placement.servers
    .map((url, order) => ({ url, order, count: counts.get(url) ?? 0 }))
    .filter(({ count }) => count < limit)
    .sort((a, b) => a.count - b.count || a.order - b.order)
    .map(({ url }) => url);
}

export async function placeTenant(placement: Placement, tenants: readonly Tenant[]): Promise<string> {
  const candidates = serversWithRoom(placement, tenants);
  if (candidates.length === 0) {
    throw new TenancyError(
      'NO_ROOM',
      `Ingen av installationens ${placement.servers.length} servrar har plats för fler organisationer (högst ${placement.perServer} per server): lägg till en server i PLATFORM_SERVERS eller ange serverUrl`,
      'serverUrl',
    );
  }
  for (const url of candidates) {
    if (
      await serverIdentity(url).then(
        () => true,
        () => false,
      )
    )
      return url;
  }
  throw new TenancyError(
    'SERVER_UNREACHABLE',
    'Ingen av servrarna med plats svarar; organisationen har inte lagts upp',
    'serverUrl',
  );
}
