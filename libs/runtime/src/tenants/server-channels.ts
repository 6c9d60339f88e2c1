/**
 * One LISTEN connection per PostgreSQL server for all the tenants a worker serves there, instead of
 * one per tenant (ChannelListener's): 300 tenants must not hold 300 connections while idle. Each tenant
 * listens on its store's channel (`appendChannel(schema)`); a notification goes to that channel's
 * watchers only. A lost connection is opened again (waiting longer each time, up to 5 s) and every
 * watcher is then told, as appends may have gone unheard; meanwhile no watch is `complete`.
 *
 * Interim: libs/event-store is getting a registry of one LISTEN per server (s11-pool22); this class is
 * what `openTenantConnections` uses until then.
 */
import { type AppendWatch, type OnAppended } from '@sparbar/event-store';
import { Client } from 'pg';

const RECONNECT_MIN_MS = 100;
const RECONNECT_MAX_MS = 5_000;

export class ServerChannels {
  private readonly watchers = new Map<string, Set<OnAppended>>();
  private client: Client | undefined;
  private listening = false;
  private retry: NodeJS.Timeout | undefined;
  private failures = 0;
  private closed = false;
  /** LISTEN/UNLISTEN one after another on the one connection. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly url: string) {}

  watch(channel: string, onAppended: OnAppended): AppendWatch {
    let set = this.watchers.get(channel);
    if (!set) {
      set = new Set();
      this.watchers.set(channel, set);
      if (this.listening) this.command(`LISTEN ${quoteIdent(channel)}`);
    }
    set.add(onAppended);
    if (!this.client && !this.retry && !this.closed) void this.open();
    const isComplete = () => this.listening && (this.watchers.get(channel)?.has(onAppended) ?? false);
    return {
      get complete() {
        return isComplete();
      },
      stop: async () => {
        const watching = this.watchers.get(channel);
        watching?.delete(onAppended);
        if (watching?.size !== 0) return;
        this.watchers.delete(channel);
        if (this.listening) await this.command(`UNLISTEN ${quoteIdent(channel)}`);
      },
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    this.watchers.clear();
    clearTimeout(this.retry);
    const client = this.client;
    this.client = undefined;
    this.listening = false;
    await client?.end().catch(() => undefined);
  }

  private command(sql: string): Promise<unknown> {
    const client = this.client;
    this.queue = this.queue.then(() => client?.query(sql)).catch(() => undefined);
    return this.queue;
  }

  private async open(): Promise<void> {
    this.retry = undefined;
    const client = new Client({ connectionString: this.url, application_name: 'sparbar-listen-tenants' });
    this.client = client;
    client.on('notification', (message) => {
      const position = Number(message.payload);
      const known = message.payload !== undefined && Number.isSafeInteger(position) ? position : undefined;
      for (const watcher of [...(this.watchers.get(message.channel) ?? [])]) watcher(known);
    });
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      for (const channel of this.watchers.keys()) await client.query(`LISTEN ${quoteIdent(channel)}`);
    } catch {
      this.lost(client);
      return;
    }
    if (this.client !== client) return;
    this.listening = true;
    this.failures = 0;
    for (const set of this.watchers.values()) for (const watcher of [...set]) watcher(undefined);
  }

  private lost(client: Client): void {
    if (this.client !== client) return;
    this.client = undefined;
    this.listening = false;
    client.end().catch(() => undefined);
    if (this.closed || this.watchers.size === 0) return;
    const delay = Math.min(RECONNECT_MIN_MS * 2 ** this.failures++, RECONNECT_MAX_MS);
    this.retry = setTimeout(() => void this.open(), delay);
  }
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
