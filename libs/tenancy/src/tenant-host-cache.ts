/**
 * The front's lookup of a request's host, kept in memory instead of one query per request. It is
 * dropped whole whenever the directory changes (rare: a tenant added, activated, being removed), as
 * the directory tells (`watchChanges`: at once for this process's changes, by PostgreSQL NOTIFY for
 * another's). While the directory cannot promise to tell (its LISTEN connection is down, or it has no
 * `watchChanges`), nothing is kept and every lookup asks the directory, as before.
 */
import { type Tenant } from './tenant';
import { type DirectoryWatch, type TenantDirectory } from './tenant-directory.port';

/** Hosts kept at most (unknown hosts included): a flood of made-up host names cannot grow it further. */
const MAX_HOSTS = 10_000;

export class TenantHostCache {
  private readonly kept = new Map<string, Tenant | null>();
  /** Bumped by every change: a lookup that began before one does not keep its answer. */
  private generation = 0;
  private readonly watch: DirectoryWatch | undefined;

  constructor(private readonly directory: Pick<TenantDirectory, 'byHost' | 'watchChanges'>) {
    this.watch = directory.watchChanges?.(() => this.drop());
  }

  async byHost(host: string): Promise<Tenant | null> {
    if (!this.watch?.complete) return this.directory.byHost(host);
    const kept = this.kept.get(host);
    if (kept !== undefined) return kept;
    const generation = this.generation;
    const tenant = await this.directory.byHost(host);
    if (generation === this.generation && this.watch.complete) {
      if (this.kept.size >= MAX_HOSTS) this.kept.clear();
      this.kept.set(host, tenant);
    }
    return tenant;
  }

  async stop(): Promise<void> {
    this.drop();
    await this.watch?.stop();
  }

  private drop(): void {
    this.generation++;
    this.kept.clear();
  }
}
