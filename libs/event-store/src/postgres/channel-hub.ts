/**
 * One LISTEN connection for many PostgreSQL channels, fanning each notification out to the watchers of
 * its channel: a process serving many tenants on one server listens on one connection, not one each.
 * The connection opens with the first watch and closes with the last; a channel is LISTENed with its
 * first watcher and UNLISTENed with its last. A lost connection is opened again (waiting longer each
 * time, up to 5 s) and every channel listened to again; meanwhile the watches are not `complete`, and
 * once a channel is listened to (again) its watchers are told (without a payload), as notifications
 * may have gone unheard in between. Statements go to the connection one at a time (pg 8 warns of, and
 * pg 9 refuses, a query sent while another is under way on the same client): a reconnect listens to
 * every channel in one statement, and later LISTENs and UNLISTENs queue behind it in order.
 */
import { type Client } from 'pg';
import { quoteIdent } from '../sql/pg-source';

const RECONNECT_MIN_MS = 100;
const RECONNECT_MAX_MS = 5_000;

/** A notification's payload; undefined when the watcher is told for another cause (reconnected, lost). */
export type OnChannelMessage = (payload: string | undefined) => void;

export interface ChannelWatch {
  /** True while the connection listens: nothing sent on the channel goes unheard. */
  readonly complete: boolean;
  stop(): Promise<void>;
}

interface Channel {
  readonly watchers: Set<OnChannelMessage>;
  /** LISTEN has succeeded on the current connection. */
  listening: boolean;
}

export class ChannelHub {
  private readonly channels = new Map<string, Channel>();
  private client: Client | undefined;
  private connected = false;
  private retry: NodeJS.Timeout | undefined;
  private failures = 0;
  /** The last statement sent on the current connection; the next one is sent once it has ended. */
  private queued: Promise<unknown> = Promise.resolve();

  /** `tellOnLoss`: watchers are also told when the connection is lost (a cache must drop what it kept). */
  constructor(
    private readonly connect: () => Client,
    private readonly tellOnLoss = false,
  ) {}

  /** The channels listened to (or about to be). */
  get channelNames(): string[] {
    return [...this.channels.keys()];
  }

  watch(name: string, onMessage: OnChannelMessage): ChannelWatch {
    let channel = this.channels.get(name);
    if (!channel) {
      channel = { watchers: new Set(), listening: false };
      this.channels.set(name, channel);
      if (this.client && this.connected) void this.listen(this.client, [[name, channel]]);
    }
    const entry = channel;
    // A function of its own per watch: the same callback watched twice is two watches.
    const watcher: OnChannelMessage = (payload) => onMessage(payload);
    entry.watchers.add(watcher);
    if (!this.client && !this.retry) void this.open();
    const complete = () => this.connected && entry.listening && entry.watchers.has(watcher);
    return {
      get complete() {
        return complete();
      },
      stop: () => this.unwatch(name, entry, watcher),
    };
  }

  /** Tells every watcher of the channel now, as a notification would. */
  tell(name: string, payload?: string): void {
    const channel = this.channels.get(name);
    if (channel) for (const watcher of [...channel.watchers]) watcher(payload);
  }

  async close(): Promise<void> {
    this.channels.clear();
    clearTimeout(this.retry);
    this.retry = undefined;
    const client = this.client;
    this.client = undefined;
    this.connected = false;
    await client?.end().catch(() => undefined);
  }

  private async unwatch(name: string, entry: Channel, watcher: OnChannelMessage): Promise<void> {
    if (!entry.watchers.delete(watcher) || entry.watchers.size > 0) return;
    if (this.channels.get(name) !== entry) return;
    this.channels.delete(name);
    if (this.channels.size === 0) return this.close();
    // Queued behind a LISTEN still under way on the same connection, so it always comes after it.
    if (this.client && this.connected) {
      const client = this.client;
      await this.send(client, `UNLISTEN ${quoteIdent(name)}`).catch(() => this.lost(client));
    }
  }

  private async open(): Promise<void> {
    this.retry = undefined;
    const client = this.connect();
    this.client = client;
    this.queued = Promise.resolve();
    client.on('notification', (message) => this.tell(message.channel, message.payload));
    // Both may come for one loss; `lost` acts on the first.
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
    } catch {
      this.lost(client);
      return;
    }
    if (this.client !== client) return;
    this.connected = true;
    await this.listen(client, [...this.channels]);
    if (this.client === client) this.failures = 0;
  }

  /** LISTENs to these channels in one statement; then their watchers are told. */
  private async listen(client: Client, channels: readonly (readonly [string, Channel])[]): Promise<void> {
    if (channels.length === 0) return;
    try {
      await this.send(client, channels.map(([name]) => `LISTEN ${quoteIdent(name)};`).join(' '));
    } catch {
      this.lost(client);
      return;
    }
    for (const [name, channel] of channels) {
      // Stopped meanwhile (its UNLISTEN follows), or watched anew (its own LISTEN follows).
      if (this.client !== client || this.channels.get(name) !== channel) continue;
      channel.listening = true;
      this.tell(name);
    }
  }

  /** Sends a statement once the ones before it on this connection have ended. */
  private send(client: Client, sql: string): Promise<unknown> {
    const sent = this.queued.then(() => client.query(sql));
    this.queued = sent.catch(() => undefined);
    return sent;
  }

  private lost(client: Client): void {
    if (this.client !== client) return;
    this.client = undefined;
    this.connected = false;
    for (const channel of this.channels.values()) channel.listening = false;
    client.end().catch(() => undefined);
    if (this.tellOnLoss) for (const name of this.channels.keys()) this.tell(name);
    if (this.channels.size === 0) return;
    const delay = Math.min(RECONNECT_MIN_MS * 2 ** this.failures++, RECONNECT_MAX_MS);
    this.retry = setTimeout(() => void this.open(), delay);
  }
}
