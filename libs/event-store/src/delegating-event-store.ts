/**
 * A store that hands every call of the port to another: the base of a decorator that changes one or
 * two of them (metrics on appends, wake-ups for a tenant's worker). The port's optional methods
 * (`watchAppends`, `importEvents`) are left to the decorator: whether it has one is part of what it is.
 */
import {
  type AppendResult,
  type EventStore,
  type ExpectedRevision,
  type NewEvent,
  type ReadAllOptions,
  type ReadRangeOptions,
  type ReadStreamOptions,
  type StoredEvent,
  type SubscribeToAllOptions,
  type Subscription,
} from './event-store.port';

export class DelegatingEventStore implements EventStore {
  constructor(protected readonly inner: EventStore) {}

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

  subscribeToAll(options: SubscribeToAllOptions): Subscription {
    return this.inner.subscribeToAll(options);
  }

  ping(): Promise<void> {
    return this.inner.ping();
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
