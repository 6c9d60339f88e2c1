import {
  type AllStreamResolvedEvent,
  type AllStreamSubscription,
  type EventStoreDBClient,
  type Filter,
  START,
} from '@eventstore/db-client';
import { EventStoreUnavailableError } from '../errors';
import { type StoredEvent, type SubscribeToAllOptions, type Subscription } from '../event-store.port';
import { validateReadAllOptions } from '../validation';

export interface SubscriptionHooks {
  /** What the server sends: everything but system events, or a tenant's streams only. */
  filter: Filter;
  /** The event as the port shows it; undefined for what is not ours to deliver (system events, other tenants'). */
  toStoredEvent(resolved: AllStreamResolvedEvent): StoredEvent | undefined;
  translate(error: unknown): unknown;
  onStopped(subscription: EventStoreDbSubscription): void;
}

type Item = { kind: 'event'; resolved: AllStreamResolvedEvent } | { kind: 'caughtUp' };

/** Pause the server stream when this many events wait for the handler; resume below the low mark. */
const HIGH_WATER = 256;
const LOW_WATER = 64;

/**
 * A native catch-up subscription to `$all`, filtered by the server (no system events; with a stream
 * prefix, the tenant's streams only) and checked again by `toStoredEvent`. Events are queued
 * in arrival order and handed to `onEvent` one at a time, each awaited; the server stream is paused
 * while the queue is full. The server's "caught up" notice is queued at its place among the events,
 * so `onCaughtUp` runs only after every event before it was handled.
 */
export class EventStoreDbSubscription implements Subscription {
  private position: number | undefined;
  private stopped = false;
  private failure: unknown;
  private source: AllStreamSubscription | undefined;
  private readonly queue: Item[] = [];
  private wake: (() => void) | undefined;
  /** Events received from the server so far, including ones later skipped. */
  private received = 0;
  private caughtUpNoticed = false;
  /** When the notice came while events were still buffered: the count after which it falls. */
  private caughtUpAfter: number | undefined;
  private readonly done: Promise<void>;

  constructor(
    private readonly client: EventStoreDBClient,
    private readonly options: SubscribeToAllOptions,
    private readonly hooks: SubscriptionHooks,
  ) {
    this.position = options.after;
    this.done = this.run();
  }

  get lastPosition(): number | undefined {
    return this.position;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.done;
    if (this.failure !== undefined && !this.options.onError) throw this.failure;
  }

  private async run(): Promise<void> {
    let caughtUpCalled = false;
    try {
      // Checked here, not in the constructor, so bad input reaches onError as with the SQL stores.
      const { after } = validateReadAllOptions({ after: this.options.after });
      const source = this.client.subscribeToAll({
        // A subscription starts after the given position (exclusive).
        fromPosition: after === 0 ? START : { commit: BigInt(after), prepare: BigInt(after) },
        filter: this.hooks.filter,
      });
      this.source = source;
      source.on('data', (resolved: AllStreamResolvedEvent) => this.onData(resolved));
      source.on('caughtUp', () => this.onCaughtUpNotice());
      source.on('error', (error) => this.fail(this.hooks.translate(error)));
      source.on('end', () =>
        this.fail(new EventStoreUnavailableError('EventStoreDB ended the subscription')),
      );

      while (!this.stopped) {
        const item = this.queue.shift();
        if (!item) {
          await new Promise<void>((resolve) => (this.wake = resolve));
          this.wake = undefined;
          continue;
        }
        if (source.isPaused() && this.queue.length <= LOW_WATER) source.resume();
        if (item.kind === 'caughtUp') {
          if (!caughtUpCalled) {
            caughtUpCalled = true;
            this.options.onCaughtUp?.();
          }
          continue;
        }
        const event = this.hooks.toStoredEvent(item.resolved);
        // Filtered server side already; positions at or before the checkpoint are skipped as a guard.
        if (!event || event.position <= after) continue;
        await this.options.onEvent(event);
        this.position = event.position;
      }
    } catch (error) {
      this.fail(error);
    } finally {
      this.stopped = true;
      this.queue.length = 0;
      // The 'error' listener stays, so a late error of the cancelled call cannot crash the process.
      await this.source?.unsubscribe().catch(() => undefined);
      this.hooks.onStopped(this);
    }
  }

  private onData(resolved: AllStreamResolvedEvent): void {
    if (this.stopped) return;
    this.queue.push({ kind: 'event', resolved });
    this.received++;
    if (this.caughtUpAfter === this.received) {
      this.caughtUpAfter = undefined;
      this.queue.push({ kind: 'caughtUp' });
    }
    if (this.queue.length >= HIGH_WATER) this.source?.pause();
    this.wake?.();
  }

  private onCaughtUpNotice(): void {
    if (this.caughtUpNoticed || this.stopped) return;
    this.caughtUpNoticed = true;
    // Events transformed before the notice may still sit in the stream's buffer, not yet emitted.
    const buffered = this.source?.readableLength ?? 0;
    if (buffered === 0) {
      this.queue.push({ kind: 'caughtUp' });
      this.wake?.();
    } else {
      this.caughtUpAfter = this.received + buffered;
    }
  }

  private fail(error: unknown): void {
    if (this.stopped) return;
    this.stopped = true;
    this.failure = error;
    this.wake?.();
    this.options.onError?.(error);
  }
}
