/**
 * A tenant's store as its worker reads it: every call goes to the store, but appends are heard through
 * the server's one LISTEN connection shared by all its tenants (PgServerPools), and `subscribeToAll` (the
 * reminders' schedule) wakes on that watch instead of polling every 100 ms. While the watch hears
 * everything, a subscription looks on its own only every `quietPollMs`, a fallback for a lost hint;
 * while it does not (connecting, reconnecting), it polls as the store would.
 */
import {
  type AppendWatch,
  DelegatingEventStore,
  type EventStore,
  type OnAppended,
  PollingSubscription,
  type SubscribeToAllOptions,
  type Subscription,
} from '@sparbar/event-store';

const UNWATCHED_POLL_MS = 100;

export class WatchedStore extends DelegatingEventStore {
  constructor(
    inner: EventStore,
    private readonly watch: (onAppended: OnAppended) => AppendWatch,
    private readonly quietPollMs: number,
  ) {
    super(inner);
  }

  watchAppends(onAppended: OnAppended): AppendWatch {
    return this.watch(onAppended);
  }

  override subscribeToAll(options: SubscribeToAllOptions): Subscription {
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
}
