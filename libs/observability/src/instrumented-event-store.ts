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
} from '@sparbar/event-store';
import { type Metrics } from './metrics';

/**
 * The event store with metrics: the same port, so whoever appends neither knows nor cares. Counting
 * here rather than inside each adapter keeps every adapter (and the one being written) measured.
 *
 * A retried append that the store recognises as already done is counted again: the port does not
 * say whether an append wrote anything.
 */
export class InstrumentedEventStore implements EventStore {
  /** The inner store's, when it has one (the port makes it optional). */
  readonly watchAppends?: EventStore['watchAppends'];

  constructor(
    private readonly inner: EventStore,
    private readonly metrics: Metrics,
  ) {
    if (inner.watchAppends) this.watchAppends = (onAppended) => inner.watchAppends!(onAppended);
  }

  async appendToStream(
    stream: string,
    events: readonly NewEvent[],
    options?: { expectedRevision?: ExpectedRevision },
  ): Promise<AppendResult> {
    const result = await this.inner.appendToStream(stream, events, options);
    this.metrics.countAppended(events);
    return result;
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
