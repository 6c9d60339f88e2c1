/**
 * npm run plattform -- <kommando>: the platform administrator's tasks from a shell, on the tenant
 * directory PLATFORM_DATABASE_URL names (the same use cases as /api/plattform/organisationer).
 *
 *   token <namn>             a platform token for the API (PLATFORM_SECRET), valid one hour
 *   lista                    every organisation with its size and health, as JSON lines
 *   lagg-upp <fil.json>      provisions the organisation the file describes (tenantId, namn, kind,
 *                            hosts, serverUrl, organs; logStore: postgres (default), eventstoredb
 *                            or embedded; "demo": true instead of organs: the demo of its kind)
 *   ta-bort <id>             removes an organisation and all its data
 *   exportera <id> <fil>     writes the organisation's whole log to the file (NDJSON, the chain head
 *                            last; docs/tenancy.md)
 *   verifiera <fil>          recomputes the chain of an export from the file alone; exit 1 naming
 *                            the first line that does not match
 *   flytta <id> <server-url> moves the organisation to another PostgreSQL server (move-tenant.ts);
 *                            writes are refused only while it switches
 */
import { createReadStream, createWriteStream, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createInterface } from 'node:readline';
import { verifyExportLines } from '@sparbar/audit/chain/export-file';
import { userInfo } from 'node:os';
import { loadConfig, withoutPassword } from '@sparbar/config';
import { exportTenant } from './export-tenant';
import { moveTenant, type MoveTenantDeps } from './move-tenant';
import { listTenants } from './list-tenants';
import { issuePlatformToken, platformKey } from './platform-tokens';
import { PostgresTenantDirectory } from './postgres/postgres-tenant-directory';
import { provisionTenant, type ProvisionTenantInput } from './provision-tenant';
import { removedStreams, removeTenant, type RemovedTenant } from './remove-tenant';
import { type Tenant } from './tenant';

const USAGE =
  'Användning: npm run plattform -- token <namn> | lista | lagg-upp <fil.json> | ta-bort <id> | exportera <id> <fil> | verifiera <fil> | flytta <id> <server-url>';

/** A failed verification: the CLI exits 1 with its message. */
export class ExportNotVerifiedError extends Error {}

/**
 * `edges`: what the process that runs the CLI adds from outside this lib — `flytta` builds the moved
 * tenant's read models with it, `lagg-upp` turns the file into a provisioning with it (the demo data
 * of `"demo": true`) (libs/runtime's `plattform-cli.ts`, the entry of `npm run plattform`).
 */
export async function runPlatformCli(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  edges: Pick<MoveTenantDeps, 'buildReadModels'> & {
    provisionInput?: (
      file: ProvisionTenantInput & { demo?: boolean },
      clock: () => Date,
    ) => ProvisionTenantInput;
  } = {},
): Promise<string[]> {
  const [command, argument, file] = args;
  if (command === 'verifiera') {
    if (!argument) throw new Error(USAGE);
    const lines = createInterface({ input: createReadStream(argument, 'utf8'), crlfDelay: Infinity });
    const report = await verifyExportLines(lines);
    if (!report.ok) {
      throw new ExportNotVerifiedError(`${argument} rad ${report.failure?.line}: ${report.failure?.message}`);
    }
    return [
      `${argument}: kedjan stämmer, ${report.head?.eventCount} händelser, huvud ${report.head?.hash} på position ${report.head?.position}`,
    ];
  }
  if (command === 'token') {
    if (!argument) throw new Error(USAGE);
    return [await issuePlatformToken(platformKey(env.PLATFORM_SECRET ?? ''), argument)];
  }
  const config = loadConfig(env);
  if (!config.tenancy)
    throw new Error('PLATFORM_DATABASE_URL saknas: installationen har ingen organisationskatalog');
  const directory = await PostgresTenantDirectory.open(config.tenancy.directoryUrl, config.tenancy.schema);
  const administrator = env.PLATFORM_ADMINISTRATOR ?? userInfo().username;
  const stores = { eventStoreDbUrl: config.tenancy.eventStoreDbUrl, dataDir: config.tenancy.dataDir };
  try {
    switch (command) {
      case 'lista':
        return (await listTenants({ directory, stores })).map(({ serverUrl: _server, ...tenant }) =>
          JSON.stringify(tenant),
        );
      case 'lagg-upp': {
        if (!argument) throw new Error(USAGE);
        const described = JSON.parse(readFileSync(argument, 'utf8')) as ProvisionTenantInput & {
          demo?: boolean;
        };
        if (described.demo === true && !edges.provisionInput) {
          throw new Error('Demodata kan inte läggas upp härifrån');
        }
        const input = edges.provisionInput ? edges.provisionInput(described, config.clock) : described;
        const { servers, tenantsPerServer } = config.tenancy;
        const placement = { servers, perServer: tenantsPerServer };
        const tenant = await provisionTenant(
          { directory, clock: config.clock, placement, stores },
          input,
          administrator,
        );
        return [`${tenant.tenantId} upplagd ${whereItLives(tenant)} (${tenant.hosts.join(', ')})`];
      }
      case 'ta-bort': {
        if (!argument) throw new Error(USAGE);
        const tenant = await removeTenant({ directory, stores }, argument);
        return [`${tenant.tenantId} borttagen (${whatWentOf(tenant)})`];
      }
      case 'exportera': {
        if (!argument || !file) throw new Error(USAGE);
        // Refused (unknown, inactive, unreachable) before the file is made.
        const lines = await exportTenant({ directory, stores }, argument);
        let count = 0;
        const counted = async function* () {
          for await (const line of lines) {
            count++;
            yield line;
          }
        };
        // `wx`: an existing file is never overwritten.
        await pipeline(Readable.from(counted()), createWriteStream(file, { flags: 'wx' }));
        return [`${argument} exporterad till ${file}: ${count - 1} händelser och kedjans huvud`];
      }
      case 'flytta': {
        if (!argument || !file) throw new Error(USAGE);
        const moved = await moveTenant({ directory, buildReadModels: edges.buildReadModels }, argument, file);
        return [
          `${argument} flyttad till ${withoutPassword(file)}: ${moved.head.eventCount} händelser, kedjans huvud ${moved.head.hash} på position ${moved.head.position} på båda servrarna; skrivningar nekades i ${moved.writesRefusedMs} ms. Schemat ${moved.tenant.schema} finns kvar på ${withoutPassword(moved.from)}, låst för skrivning.`,
        ];
      }
      default:
        throw new Error(USAGE);
    }
  } finally {
    await directory.close();
  }
}

function whatWentOf(tenant: RemovedTenant): string {
  if (tenant.dataDir) return `mappen ${tenant.dataDir} är raderad`;
  const schema = `schemat ${tenant.schema} är raderat`;
  return tenant.streams ? `${removedStreams(tenant.streamPrefix, tenant.streams)}; ${schema}` : schema;
}

function whereItLives(tenant: Tenant): string {
  const server = tenant.serverUrl ? withoutPassword(tenant.serverUrl) : '';
  switch (tenant.logStore) {
    case 'embedded':
      return `i mappen ${tenant.dataDir}`;
    case 'eventstoredb':
      return `i EventStoreDB med prefixet ${tenant.streamPrefix}, läsmodellerna i ${tenant.schema} på ${server}`;
    case 'postgres':
      return `i ${tenant.schema} på ${server}`;
  }
}
