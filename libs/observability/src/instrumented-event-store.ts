import {
  type AppendResult,
  DelegatingEventStore,
  type EventStore,
  type ExpectedRevision,
  type NewEvent,
} from '@sparbar/event-store';
import { type Metrics } from './metrics';

/**
 * The event store with metrics: the same port, so whoever appends neither knows nor cares. Counting
 * here rather than inside each adapter keeps every adapter (and the one being written) measured.
 *
 * A retried append that the store recognises as already done is counted again: the port does not
 * say whether an append wrote anything.
 */
export class InstrumentedEventStore extends DelegatingEventStore {
  /** The inner store's, when it has one (the port makes it optional). */
  readonly watchAppends?: EventStore['watchAppends'];

  constructor(
    inner: EventStore,
    private readonly metrics: Metrics,
  ) {
    super(inner);
    if (inner.watchAppends) this.watchAppends = (onAppended) => inner.watchAppends!(onAppended);
  }

  override async appendToStream(
    stream: string,
    events: readonly NewEvent[],
    options?: { expectedRevision?: ExpectedRevision },
  ): Promise<AppendResult> {
    const result = await this.inner.appendToStream(stream, events, options);
    this.metrics.countAppended(events);
    return result;
  }
}
