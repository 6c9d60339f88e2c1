/**
 * One LISTEN connection on a PostgreSQL channel, shared by every watcher, opened with the first watch and
 * closed with the last. A lost connection is opened again (waiting longer each time, up to 5 s);
 * meanwhile the watches are not `complete`, and once it is back every watcher is told (without a
 * payload), as notifications may have gone unheard in between. Used for the store's appends
 * (append-notifications.ts) and the tenant directory's changes (libs/tenancy).
 */
import { type Client } from 'pg';
import { quoteIdent } from '../sql/pg.driver';

const RECONNECT_MIN_MS = 100;
const RECONNECT_MAX_MS = 5_000;

/** A notification's payload; undefined when the watcher is told for another cause (reconnected, lost). */
export type OnChannelMessage = (payload: string | undefined) => void;

export interface ChannelWatch {
  /** True while the connection listens: nothing sent on the channel goes unheard. */
  readonly complete: boolean;
  stop(): Promise<void>;
}

export class ChannelListener {
  private readonly watchers = new Set<OnChannelMessage>();
  private client: Client | undefined;
  private listening = false;
  private retry: NodeJS.Timeout | undefined;
  private failures = 0;

  /** `tellOnLoss`: watchers are also told when the connection is lost (a cache must drop what it kept). */
  constructor(
    private readonly connect: () => Client,
    private readonly channel: string,
    private readonly tellOnLoss = false,
  ) {}

  watch(onMessage: OnChannelMessage): ChannelWatch {
    this.watchers.add(onMessage);
    if (!this.client && !this.retry) void this.open();
    const complete = () => this.listening && this.watchers.has(onMessage);
    return {
      get complete() {
        return complete();
      },
      stop: async () => {
        this.watchers.delete(onMessage);
        if (this.watchers.size === 0) await this.close();
      },
    };
  }

  /** Tells every watcher now, as a notification would. */
  tell(payload?: string): void {
    for (const watcher of [...this.watchers]) watcher(payload);
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

  private async open(): Promise<void> {
    this.retry = undefined;
    const client = this.connect();
    this.client = client;
    client.on('notification', (message) => {
      if (message.channel === this.channel) this.tell(message.payload);
    });
    // Both may come for one loss; `lost` acts on the first.
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
    this.tell();
  }

  private lost(client: Client): void {
    if (this.client !== client) return;
    this.client = undefined;
    this.listening = false;
    client.end().catch(() => undefined);
    if (this.tellOnLoss) this.tell();
    if (this.watchers.size === 0) return;
    const delay = Math.min(RECONNECT_MIN_MS * 2 ** this.failures++, RECONNECT_MAX_MS);
    this.retry = setTimeout(() => void this.open(), delay);
  }
}
