/**
 * A worker process serving every active tenant of the directory (docs/tenancy.md): it looks at the
 * directory at start, at each change notification and every `lookMs` (to notice a worker that came or
 * died), holds the tenant leases of its share (tenant-leases.ts), and runs each held tenant's
 * projections, reminders and witness (tenant-runners.ts). A tenant no longer active (removing, removed)
 * is let go; one over this worker's share is let go for another worker to take.
 *
 * Tenants start one at a time: a start catches the tenant up and briefly uses its pools, and 300 at
 * once would ask a server for more connections than it has.
 */
import { type AppConfig, configForTenant } from '@sparbar/config';
import { type DirectoryWatch, type Tenant, type TenantDirectory } from '@sparbar/tenancy';
import { errorMessage } from '../startup/startup-error';
import { openTenantConnections, ServerConnections, type TenantConnections } from './tenant-connections';
import { TenantLeases } from './tenant-leases';
import { type TenantLog, type TenantRunnerOptions, TenantRunners } from './tenant-runners';

/**
 * A lost hint is the only thing the runners' own looks find while the notifications are heard (a lost
 * connection is heard of, and each watcher told when it listens again): an idle tenant's projections
 * then read its log once in this long, not once a minute (issue 22: 300 idle tenants cost almost nothing).
 */
const QUIET_POLL_MS = 5 * 60_000;

export interface TenantWorkersOptions {
  /** The installation's configuration; `tenancy` names the platform database. */
  config: AppConfig;
  directory: TenantDirectory;
  /** How often the directory and the number of workers are looked at without a notification (5 s). */
  lookMs?: number;
  /**
   * While a tenant's notifications are heard, how long its runners wait before looking on their own
   * (5 min): only a fallback for a hint lost when a writer died between its commit and its notification.
   */
  quietPollMs?: number;
  /** When idle tenants' reminders fall asleep and wake (tests, benchmarks; TenantRunnerOptions.sleep). */
  reminderSleep?: TenantRunnerOptions['sleep'];
  log: (level: 'info' | 'warn', message: string) => void;
}

interface Served {
  connections: TenantConnections;
  runners: TenantRunners;
}

export class TenantWorkers {
  private readonly served = new Map<string, Served>();
  private readonly shared: ServerConnections;
  private readonly leases: TenantLeases;
  private watch: DirectoryWatch | undefined;
  private timer: NodeJS.Timeout | undefined;
  private looking: Promise<void> | undefined;
  private again = false;
  private stopped = false;

  constructor(private readonly options: TenantWorkersOptions) {
    const tenancy = options.config.tenancy;
    if (!tenancy) throw new Error('TenantWorkers needs PLATFORM_DATABASE_URL');
    this.shared = new ServerConnections(options.quietPollMs ?? QUIET_POLL_MS, tenancy.poolMax);
    this.leases = new TenantLeases(tenancy.directoryUrl, tenancy.schema, () => this.lostLeases());
  }

  /** The tenants this worker serves now, by id. */
  get tenants(): string[] {
    return [...this.served.keys()].sort();
  }

  /** The projections this worker applies for a tenant it serves. */
  applying(tenantId: string): string[] {
    return this.served.get(tenantId)?.runners.applying ?? [];
  }

  async start(): Promise<this> {
    await this.leases.connect();
    this.watch = this.options.directory.watchChanges?.(() => this.lookSoon());
    this.timer = setInterval(() => this.lookSoon(), this.options.lookMs ?? 5_000);
    await this.lookNow();
    return this;
  }

  /** Resolves once a look that started after this call has finished (tests). */
  async lookNow(): Promise<void> {
    this.lookSoon();
    while (this.looking) await this.looking;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.watch?.stop();
    while (this.looking) await this.looking;
    for (const tenantId of [...this.served.keys()]) await this.letGo(tenantId);
    await this.leases.close();
    await this.shared.close();
  }

  private lookSoon(): void {
    if (this.stopped) return;
    if (this.looking) {
      this.again = true;
      return;
    }
    this.looking = this.look()
      .catch((error: unknown) => this.options.log('warn', `organisationerna: ${errorMessage(error)}`))
      .finally(() => {
        this.looking = undefined;
        if (this.again) {
          this.again = false;
          this.lookSoon();
        }
      });
  }

  private async look(): Promise<void> {
    await this.leases.connect();
    // An embedded tenant's folder is opened by the front's process alone, which runs its worker.
    const active = (await this.options.directory.list()).filter(
      (t) => t.state === 'active' && t.logStore !== 'embedded',
    );
    const activeIds = new Set(active.map((t) => t.tenantId));
    for (const tenantId of [...this.served.keys()]) {
      if (!activeIds.has(tenantId) || !this.leases.tenants.has(tenantId)) await this.letGo(tenantId);
    }
    const share = Math.ceil(active.length / (await this.leases.workers()));
    // Over the share (another worker came): the last ones by id go, for the newcomer to take.
    for (const tenantId of [...this.served.keys()].sort().slice(share)) await this.letGo(tenantId);
    for (const tenant of active) {
      if (this.stopped || this.served.size >= share) break;
      if (this.served.has(tenant.tenantId)) continue;
      if (await this.leases.tryAcquire(tenant.tenantId)) await this.serve(tenant);
    }
  }

  private async serve(tenant: Tenant): Promise<void> {
    const log: TenantLog = (level, message) => this.options.log(level, `${tenant.tenantId}: ${message}`);
    let connections: TenantConnections | undefined;
    try {
      const eventStoreDbUrl = this.options.config.tenancy?.eventStoreDbUrl;
      connections = await openTenantConnections(this.shared, tenant, eventStoreDbUrl);
      const config = configForTenant(this.options.config, tenant);
      const quietPollMs = this.shared.quietPollMs;
      const sharedRedis = config.redisUrl ? this.shared.redisOf(config.redisUrl) : undefined;
      const sleep = this.options.reminderSleep;
      const runners = await TenantRunners.start({
        config,
        connections,
        quietPollMs,
        sharedRedis,
        sleep,
        log,
      });
      this.served.set(tenant.tenantId, { connections, runners });
      log('info', 'betjänas av den här arbetaren');
    } catch (error) {
      await connections?.close().catch(() => undefined);
      await this.leases.release(tenant.tenantId);
      log('warn', `kunde inte starta: ${errorMessage(error)}`);
    }
  }

  private async letGo(tenantId: string): Promise<void> {
    const served = this.served.get(tenantId);
    this.served.delete(tenantId);
    if (served) {
      await served.runners.stop().catch(() => undefined);
      await served.connections.close();
    }
    // Only after its runners stopped: the next worker must not start while this one still writes.
    await this.leases.release(tenantId);
    if (served) this.options.log('info', `${tenantId}: släppt av den här arbetaren`);
  }

  /** The platform connection died with every tenant lease: stop all now, take them again later. */
  private lostLeases(): void {
    this.options.log('warn', 'förbindelsen med plattformsdatabasen bröts: alla organisationer släpps');
    for (const tenantId of [...this.served.keys()]) void this.letGo(tenantId);
  }
}
