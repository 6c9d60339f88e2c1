/**
 * Cross-process wake-ups for the PostgreSQL store: after an append commits, `pg_notify` on a channel
 * of the store's schema; a reader in another process LISTENs on a connection of its own.
 *
 * The notification is sent after the commit, as a statement of its own, not inside the append: a
 * transaction that notifies holds a database-wide lock from before its commit until after it, so
 * appends that notified would commit one at a time and lose the group commit concurrent writers
 * share. After the commit it costs one short statement, and at most two are under way per store:
 * appends that return meanwhile are told in the next one (the highest position). A crash between
 * the commit and the notification loses only the hint; the reader's poll finds the events.
 */
import { createHash } from 'node:crypto';
import { type Client } from 'pg';
import { type AppendWatch, type OnAppended } from '../event-store.port';
import { quoteIdent } from '../sql/pg.driver';

/** PostgreSQL's longest identifier, in bytes (a longer channel name is refused by `pg_notify`). */
const MAX_CHANNEL = 63;
const RECONNECT_MIN_MS = 100;
const RECONNECT_MAX_MS = 5_000;

/** One channel per schema, so tenants and test schemas on one server do not wake each other. */
export function appendChannel(schema: string | undefined): string {
  if (!schema) return 'sparbar_events';
  const named = `sparbar_events_${schema}`;
  if (Buffer.byteLength(named) <= MAX_CHANNEL) return named;
  return `sparbar_events_${createHash('sha256').update(schema).digest('hex').slice(0, 40)}`;
}

/**
 * Notifications under way at once per store. With one, an append that returned while another's
 * notification was under way waited a round trip before its own went out (under load, a good part of
 * the time to the worker); two let it go at once on a second connection, while appends that return
 * meanwhile are still told together in the next one (the highest position).
 */
export const NOTIFICATIONS_IN_FLIGHT = 2;

/** Sends the newest appended position, at most `inFlight` notifications at a time. */
export class AppendNotifier {
  private pending: number | undefined;
  private readonly sending = new Set<Promise<void>>();

  constructor(
    private readonly send: (position: number) => Promise<void>,
    private readonly inFlight = NOTIFICATIONS_IN_FLIGHT,
  ) {}

  appended(position: number): void {
    this.pending = Math.max(this.pending ?? 0, position);
    if (this.sending.size >= this.inFlight) return;
    const sending: Promise<void> = this.flush().finally(() => this.sending.delete(sending));
    this.sending.add(sending);
  }

  /** Resolves once nothing is being sent (before the pool closes). */
  async idle(): Promise<void> {
    while (this.sending.size > 0) await Promise.all([...this.sending]);
  }

  private async flush(): Promise<void> {
    while (this.pending !== undefined) {
      const position = this.pending;
      this.pending = undefined;
      // A failed hint is no failed append: the readers' poll covers it.
      await this.send(position).catch(() => undefined);
    }
  }
}

/**
 * The connections notifications go out on: of their own, outside the pool, so a notification never
 * queues behind the appends and reads waiting for a pooled connection (under load, the whole of a
 * reader's delay). A send takes one not in use (as many as sends under way at once, see
 * NOTIFICATIONS_IN_FLIGHT), opened on first use and again after a failure.
 */
export class NotifyConnection {
  private readonly idleOnes: Promise<Client>[] = [];
  private readonly all = new Set<Promise<Client>>();

  constructor(
    private readonly connect: () => Client,
    private readonly channel: string,
  ) {}

  async send(position: number): Promise<void> {
    const opening = this.idleOnes.pop() ?? this.open();
    try {
      await (await opening).query('SELECT pg_notify($1, $2)', [this.channel, String(position)]);
    } catch (error) {
      this.drop(opening);
      throw error;
    }
    if (this.all.has(opening)) this.idleOnes.push(opening);
  }

  async close(): Promise<void> {
    const all = [...this.all];
    this.all.clear();
    this.idleOnes.length = 0;
    await Promise.all(all.map((opening) => opening.then((c) => c.end()).catch(() => undefined)));
  }

  private open(): Promise<Client> {
    const client = this.connect();
    const opened = client.connect().then(() => client);
    this.all.add(opened);
    // A lost connection is noticed here and opened again for the next notification.
    client.on('error', () => this.drop(opened));
    return opened;
  }

  private drop(opening: Promise<Client>): void {
    if (!this.all.delete(opening)) return;
    const at = this.idleOnes.indexOf(opening);
    if (at >= 0) this.idleOnes.splice(at, 1);
    void opening.then((c) => c.end()).catch(() => undefined);
  }
}

/**
 * One LISTEN connection shared by every watcher of a store, opened with the first watch and closed
 * with the last. A lost connection is opened again (waiting longer each time, up to 5 s); meanwhile
 * the watches are not `complete`, and once it is back every watcher is woken, as appends may have
 * gone unheard in between.
 */
export class AppendListener {
  private readonly watchers = new Set<OnAppended>();
  private client: Client | undefined;
  private listening = false;
  private retry: NodeJS.Timeout | undefined;
  private failures = 0;

  constructor(
    private readonly connect: () => Client,
    private readonly channel: string,
  ) {}

  watch(onAppended: OnAppended): AppendWatch {
    this.watchers.add(onAppended);
    if (!this.client && !this.retry) void this.open();
    const complete = () => this.listening && this.watchers.has(onAppended);
    return {
      get complete() {
        return complete();
      },
      stop: async () => {
        this.watchers.delete(onAppended);
        if (this.watchers.size === 0) await this.close();
      },
    };
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
      if (message.channel !== this.channel) return;
      const position = Number(message.payload);
      for (const wake of [...this.watchers]) wake(Number.isSafeInteger(position) ? position : undefined);
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
    for (const wake of [...this.watchers]) wake();
  }

  private lost(client: Client): void {
    if (this.client !== client) return;
    this.client = undefined;
    this.listening = false;
    client.end().catch(() => undefined);
    if (this.watchers.size === 0) return;
    const delay = Math.min(RECONNECT_MIN_MS * 2 ** this.failures++, RECONNECT_MAX_MS);
    this.retry = setTimeout(() => void this.open(), delay);
  }
}
