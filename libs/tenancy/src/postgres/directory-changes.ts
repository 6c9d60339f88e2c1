/**
 * Word that the tenant directory changed, across processes: every change to the directory (a tenant
 * added, its state changed, removed) sends `pg_notify` on the platform schema's channel inside its own
 * transaction, so the word goes out exactly when the change commits; a process that caches lookups
 * LISTENs on a connection of its own. Modelled on the event store's append notifications
 * (libs/event-store/src/postgres/append-notifications.ts): one shared LISTEN connection, opened with
 * the first watch, opened again after a loss (waiting longer each time, up to 5 s), and while it is
 * down the watches are not `complete`: a cache must then not keep anything.
 */
import { createHash } from 'node:crypto';
import { type Client } from 'pg';
import { type DirectoryWatch } from '../tenant-directory.port';
import { quoteIdent } from './sql-names';

const MAX_CHANNEL = 63;
const RECONNECT_MIN_MS = 100;
const RECONNECT_MAX_MS = 5_000;

/** One channel per platform schema, so two installations (or test runs) on one server stay apart. */
export function directoryChannel(schema: string): string {
  const named = `sparbar_plattform_${schema}`;
  if (Buffer.byteLength(named) <= MAX_CHANNEL) return named;
  return `sparbar_plattform_${createHash('sha256').update(schema).digest('hex').slice(0, 40)}`;
}

/** Called after a change committed (any tenant), and whenever the connection was lost or came back. */
export type OnDirectoryChanged = () => void;

export class DirectoryListener {
  private readonly watchers = new Set<OnDirectoryChanged>();
  private client: Client | undefined;
  private listening = false;
  private retry: NodeJS.Timeout | undefined;
  private failures = 0;

  constructor(
    private readonly connect: () => Client,
    private readonly channel: string,
  ) {}

  watch(onChanged: OnDirectoryChanged): DirectoryWatch {
    this.watchers.add(onChanged);
    if (!this.client && !this.retry) void this.open();
    const complete = () => this.listening && this.watchers.has(onChanged);
    return {
      get complete() {
        return complete();
      },
      stop: async () => {
        this.watchers.delete(onChanged);
        if (this.watchers.size === 0) await this.close();
      },
    };
  }

  /** This process's own changes: told at once, without waiting for the notification to come round. */
  changedHere(): void {
    this.tell();
  }

  async close(): Promise<void> {
    this.watchers.clear();
    clearTimeout(this.retry);
    this.retry = undefined;
    const client = this.client;
    this.client = undefined;
    this.listening = false;
    await client?.end().catch(() => undefined);
  }

  private tell(): void {
    for (const watcher of [...this.watchers]) watcher();
  }

  private async open(): Promise<void> {
    this.retry = undefined;
    const client = this.connect();
    this.client = client;
    client.on('notification', (message) => {
      if (message.channel === this.channel) this.tell();
    });
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${quoteIdent(this.channel)}`);
    } catch {
      this.lost(client);
      return;
    }
    if (this.client !== client) return;
    this.listening = true;
    this.failures = 0;
    // Changes may have gone unheard before the LISTEN: whatever was kept is stale.
    this.tell();
  }

  private lost(client: Client): void {
    if (this.client !== client) return;
    this.client = undefined;
    this.listening = false;
    client.end().catch(() => undefined);
    this.tell();
    if (this.watchers.size === 0) return;
    const delay = Math.min(RECONNECT_MIN_MS * 2 ** this.failures++, RECONNECT_MAX_MS);
    this.retry = setTimeout(() => void this.open(), delay);
  }
}
