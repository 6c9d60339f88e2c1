/**
 * Cross-process wake-ups for the PostgreSQL store: after an append commits, `pg_notify` on a channel
 * of the store's schema; a reader in another process LISTENs on a connection of its own.
 *
 * The notification is sent after the commit, as a statement of its own, not inside the append: a
 * transaction that notifies holds a database-wide lock from before its commit until after it, so
 * appends that notified would commit one at a time and lose the group commit concurrent writers
 * share. After the commit it costs one short statement, and at most one is under way per store:
 * appends that return meanwhile are told in the next one (the highest position). A crash between
 * the commit and the notification loses only the hint; the reader's poll finds the events.
 *
 * Under load, sending back to back made one notification for every few appends, and each is a
 * transaction of its own (PostgreSQL gives a notifying transaction an id and a commit record): a tenth
 * a noticeable share of the CPU the appends themselves use. So a notification follows the previous one by at least
 * `NOTIFY_INTERVAL_MS`: the first append after a quiet spell is told at once, the ones after it wait a
 * few milliseconds and are told together. The notifying connection does not wait for its commit to
 * reach the disk (`synchronous_commit` off): the events are durable already, the hint need not be.
 */
import { createHash } from 'node:crypto';
import { type Client } from 'pg';
import { type AppendWatch, type OnAppended } from '../event-store.port';
import { type ChannelHub } from './channel-hub';
import { ChannelListener } from './channel-listener';

/** PostgreSQL's longest identifier, in bytes (a longer channel name is refused by `pg_notify`). */
const MAX_CHANNEL = 63;
/** The least time from one notification to the next (see above). */
export const NOTIFY_INTERVAL_MS = 5;

/** One channel per schema, so tenants and test schemas on one server do not wake each other. */
export function appendChannel(schema: string | undefined): string {
  if (!schema) return 'sparbar_events';
  const named = `sparbar_events_${schema}`;
  if (Buffer.byteLength(named) <= MAX_CHANNEL) return named;
  return `sparbar_events_${createHash('sha256').update(schema).digest('hex').slice(0, 40)}`;
}

/** Sends the newest appended position, one notification at a time. */
export class AppendNotifier {
  private pending: number | undefined;
  private sending: Promise<void> | undefined;
  private lastSent = 0;

  constructor(
    private readonly send: (position: number) => Promise<void>,
    private readonly intervalMs = NOTIFY_INTERVAL_MS,
  ) {}

  appended(position: number): void {
    this.pending = Math.max(this.pending ?? 0, position);
    this.sending ??= this.flush();
  }

  /** Resolves once nothing is being sent (before the pool closes). */
  async idle(): Promise<void> {
    await this.sending;
  }

  private async flush(): Promise<void> {
    try {
      while (this.pending !== undefined) {
        const wait = this.lastSent + this.intervalMs - Date.now();
        // Appends that return meanwhile join this notification.
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        const position = this.pending;
        this.pending = undefined;
        this.lastSent = Date.now();
        // A failed hint is no failed append: the readers' poll covers it.
        await this.send(position).catch(() => undefined);
      }
    } finally {
      this.sending = undefined;
    }
  }
}

/**
 * The connection notifications go out on: one of its own, outside the pool, so a notification never
 * queues behind the appends and reads waiting for a pooled connection (under load, the whole of a
 * reader's delay). Opened on first use and again after a failure. Tenants sharing a server's pool share
 * one of these too (pg-server-pools.ts): each notification names its channel. One statement is under
 * way at a time (pg 8 warns of, and pg 9 refuses, a query sent while another is under way on the same
 * client); what is asked meanwhile, by any of the tenants, goes out together in the next one, a
 * transaction for all of them.
 */
export class NotifyConnection {
  private opening: Promise<Client> | undefined;
  private waiting: { channel: string; position: string; done: (error?: unknown) => void }[] = [];
  private sending = false;

  constructor(private readonly connect: () => Client) {}

  send(channel: string, position: number): Promise<void> {
    return new Promise((resolve, reject) => {
      this.waiting.push({
        channel,
        position: String(position),
        done: (error) => (error === undefined ? resolve() : reject(error as Error)),
      });
      if (!this.sending) void this.sendWaiting();
    });
  }

  private async sendWaiting(): Promise<void> {
    this.sending = true;
    while (this.waiting.length > 0) {
      const batch = this.waiting;
      this.waiting = [];
      const opening = (this.opening ??= this.open());
      try {
        await (
          await opening
        ).query(
          'SELECT pg_notify(n.channel, n.position) FROM unnest($1::text[], $2::text[]) AS n(channel, position)',
          [batch.map((n) => n.channel), batch.map((n) => n.position)],
        );
        for (const n of batch) n.done();
      } catch (error) {
        this.drop(opening);
        for (const n of batch) n.done(error ?? new Error('notification failed'));
      }
    }
    this.sending = false;
  }

  async close(): Promise<void> {
    const opening = this.opening;
    this.opening = undefined;
    await opening?.then((c) => c.end()).catch(() => undefined);
  }

  private async open(): Promise<Client> {
    const client = this.connect();
    const opened = client
      .connect()
      .then(() => client.query('SET synchronous_commit TO off'))
      .then(() => client);
    // A lost connection is noticed here and opened again for the next notification.
    client.on('error', () => this.drop(opened));
    return opened;
  }

  private drop(opening: Promise<Client>): void {
    if (this.opening === opening) this.opening = undefined;
    void opening.then((c) => c.end()).catch(() => undefined);
  }
}

/**
 * The store's watches of appends, on one LISTEN connection shared by every watcher (channel-listener.ts):
 * each notification names the newest appended position; after a reconnection every watcher is woken
 * without one, as appends may have gone unheard in between.
 */
export class AppendListener {
  private readonly listener: ChannelListener;

  /** `connect`: a LISTEN connection of its own; a hub: the one its server's tenants share. */
  constructor(connect: (() => Client) | ChannelHub, channel: string) {
    this.listener = new ChannelListener(connect, channel);
  }

  watch(onAppended: OnAppended): AppendWatch {
    return this.listener.watch((payload) => {
      const position = Number(payload);
      onAppended(payload !== undefined && Number.isSafeInteger(position) ? position : undefined);
    });
  }

  close(): Promise<void> {
    return this.listener.close();
  }
}
