/**
 * A tenant's store as its worker reads it: every call goes to the store, but appends are heard through
 * the server's one LISTEN connection shared by all its tenants (PgServerPools), and `subscribeToAll` (the
 * reminders' schedule) wakes on that watch instead of polling every 100 ms. While the watch hears
 * everything, a subscription looks on its own only every `quietPollMs`, a fallback for a lost hint;
 * while it does not (connecting, reconnecting), it polls as the store would.
 */
import {
  type AppendResult,
  type AppendWatch,
  type EventStore,
  type ExpectedRevision,
  type NewEvent,
  type OnAppended,
  PollingSubscription,
  type ReadAllOptions,
  type ReadRangeOptions,
  type ReadStreamOptions,
  type StoredEvent,
  type SubscribeToAllOptions,
  type Subscription,
} from '@sparbar/event-store';

const UNWATCHED_POLL_MS = 100;

export class WatchedStore implements EventStore {
  constructor(
    private readonly inner: EventStore,
    private readonly watch: (onAppended: OnAppended) => AppendWatch,
    private readonly quietPollMs: number,
  ) {}

  appendToStream(
    stream: string,
    events: readonly NewEvent[],
    options?: { expectedRevision?: ExpectedRevision },
  ): Promise<AppendResult> {
    return this.inner.appendToStream(stream, events, options);
  }

  readStream(stream: string, options?: ReadStreamOptions): Promise<StoredEvent[]> {
    return this.inner.readStream(stream, options);
  }

  readAll(options?: ReadAllOptions): Promise<StoredEvent[]> {
    return this.inner.readAll(options);
  }

  readRange(options: ReadRangeOptions): AsyncIterable<StoredEvent> {
    return this.inner.readRange(options);
  }

  headPosition(): Promise<number> {
    return this.inner.headPosition();
  }

  settledPosition(): Promise<number> {
    return this.inner.settledPosition();
  }

  positionOfEvent(eventId: string): Promise<number | undefined> {
    return this.inner.positionOfEvent(eventId);
  }

  watchAppends(onAppended: OnAppended): AppendWatch {
    return this.watch(onAppended);
  }

  subscribeToAll(options: SubscribeToAllOptions): Subscription {
    let watch: AppendWatch | undefined;
    return new PollingSubscription(
      {
        readAll: (o) => this.inner.readAll(o),
        onAppended: (wake) => {
          watch = this.watch(() => wake());
          return () => void watch?.stop();
        },
      },
      options,
      { idleIntervalMs: () => (watch?.complete ? this.quietPollMs : UNWATCHED_POLL_MS) },
    );
  }

  ping(): Promise<void> {
    return this.inner.ping();
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
