/**
 * A lease: the right to apply one projection. Two workers may run at once; each projection is applied
 * by whichever holds its lease, and the other takes over when the holder dies.
 */
export interface Lease {
  readonly name: string;
  /** True once the lease can no longer be trusted (its connection died, or it was released). */
  readonly lost: boolean;
  release(): Promise<void>;
}

export interface LeaseProvider {
  /** The lease if nobody else holds it, else null. Never waits. */
  tryAcquire(name: string): Promise<Lease | null>;
  close(): Promise<void>;
}

/**
 * The embedded store is opened by one process only, so there is nobody to share with: the lease is
 * granted unless this process already holds it (two runners in one process must not both apply).
 */
export class LocalLeaseProvider implements LeaseProvider {
  private readonly held = new Set<string>();

  async tryAcquire(name: string): Promise<Lease | null> {
    if (this.held.has(name)) return null;
    this.held.add(name);
    const held = this.held;
    let released = false;
    return {
      name,
      get lost() {
        return released;
      },
      release: async () => {
        released = true;
        held.delete(name);
      },
    };
  }

  async close(): Promise<void> {
    this.held.clear();
  }
}
