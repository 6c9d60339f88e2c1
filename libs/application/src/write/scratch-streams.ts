/**
 * A dry run's log: the real store's streams as they stand, with what the dry run appended folded on
 * top, in memory. The use cases run on it exactly as they run on the store (read, decide, append with
 * the revision read), so an import is judged by the same code that will write it, and nothing reaches
 * the store. Each stream is read from the store once; later reads see the scratch appends.
 */
import { randomUUID } from 'node:crypto';
import {
  type AppendResult,
  type ExpectedRevision,
  type NewEvent,
  type ReadStreamOptions,
  type StoredEvent,
  WrongExpectedRevisionError,
} from '@sparbar/event-store';
import { type StreamStore } from './command-handler';

export class ScratchStreams implements StreamStore {
  private readonly streams = new Map<string, StoredEvent[]>();
  private nextPosition = Number.MAX_SAFE_INTEGER / 2;

  constructor(
    private readonly store: Pick<StreamStore, 'readStream'>,
    private readonly clock: () => Date,
  ) {}

  async readStream(stream: string, options?: ReadStreamOptions): Promise<StoredEvent[]> {
    if (options && (options.direction === 'backwards' || options.fromRevision || options.maxCount)) {
      throw new Error('ScratchStreams reads whole streams forwards only');
    }
    return [...(await this.events(stream))];
  }

  async appendToStream(
    stream: string,
    events: readonly NewEvent[],
    options: { expectedRevision?: ExpectedRevision } = {},
  ): Promise<AppendResult> {
    const current = await this.events(stream);
    const revision = current.length - 1;
    const expected = options.expectedRevision ?? 'any';
    const holds =
      expected === 'any' ||
      (expected === 'no_stream' && revision === -1) ||
      (expected === 'stream_exists' && revision >= 0) ||
      expected === revision;
    if (!holds) {
      throw new WrongExpectedRevisionError(stream, expected, revision < 0 ? 'no_stream' : revision);
    }
    const recordedAt = this.clock().toISOString();
    const stored = events.map((e, i): StoredEvent => ({
      id: e.id ?? randomUUID(),
      stream,
      revision: revision + 1 + i,
      position: this.nextPosition++,
      type: e.type,
      data: e.data,
      metadata: e.metadata,
      recordedAt,
    }));
    current.push(...stored);
    const last = stored[stored.length - 1];
    return { nextExpectedRevision: last.revision, position: last.position, events: stored };
  }

  private async events(stream: string): Promise<StoredEvent[]> {
    let events = this.streams.get(stream);
    if (!events) {
      events = [...(await this.store.readStream(stream))];
      this.streams.set(stream, events);
    }
    return events;
  }
}
