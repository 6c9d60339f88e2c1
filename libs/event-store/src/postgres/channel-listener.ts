/**
 * One PostgreSQL channel's watches: on a LISTEN connection of its own (opened with the first watch,
 * closed with the last), or on a hub shared with other channels (one connection per server for all the
 * tenants a process serves, channel-hub.ts, which also has how a lost connection is opened again).
 * Used for the store's appends (append-notifications.ts) and the tenant directory's changes
 * (libs/tenancy).
 */
import { type Client } from 'pg';
import { ChannelHub, type ChannelWatch, type OnChannelMessage } from './channel-hub';

export { type ChannelWatch, type OnChannelMessage } from './channel-hub';

export class ChannelListener {
  private readonly hub: ChannelHub;
  private readonly owned: boolean;
  private readonly watches = new Set<ChannelWatch>();

  /**
   * `connect`: a connection of its own; or a shared hub, which this only watches on (closing this stops
   * its watches and leaves the hub open). `tellOnLoss` (own connection only; a hub has its own setting):
   * watchers are also told when the connection is lost (a cache must drop what it kept).
   */
  constructor(
    connect: (() => Client) | ChannelHub,
    private readonly channel: string,
    tellOnLoss = false,
  ) {
    this.owned = !(connect instanceof ChannelHub);
    this.hub = connect instanceof ChannelHub ? connect : new ChannelHub(connect, tellOnLoss);
  }

  watch(onMessage: OnChannelMessage): ChannelWatch {
    const watch = this.hub.watch(this.channel, onMessage);
    this.watches.add(watch);
    return {
      get complete() {
        return watch.complete;
      },
      stop: async () => {
        this.watches.delete(watch);
        await watch.stop();
      },
    };
  }

  /** Tells every watcher now, as a notification would. */
  tell(payload?: string): void {
    this.hub.tell(this.channel, payload);
  }

  async close(): Promise<void> {
    const watches = [...this.watches];
    this.watches.clear();
    if (this.owned) await this.hub.close();
    else await Promise.all(watches.map((w) => w.stop()));
  }
}
