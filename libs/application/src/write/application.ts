/**
 * Where every use case runs: the CommandHandler (read, fold, decide, append with the revision read) on
 * a log, with the cross-stream references read from the same log. `live` writes to the store; `dryRun`
 * writes to a scratch copy of it (ScratchStreams), so an import is validated by the very use cases that
 * will write it. Use cases are plain functions of an Application (one file each, beside this folder).
 */
import { type Actor, type CommandMetadata, type Decider } from '@sparbar/domain';
import { type EventStore, type StoredEvent } from '@sparbar/event-store';
import { CommandHandler, type HandleResult, type StreamStore } from './command-handler';
import { References } from './references';
import { ScratchStreams } from './scratch-streams';

type AnyCommand = { type: string; data: unknown; metadata: CommandMetadata };

/** Who writes, on which revision, and when it happened: what every write carries besides its data. */
export interface WriteContext {
  actor: Actor;
  /** The revision the client last saw (HTTP `If-Match`); undefined: whatever it is now. */
  expectedRevision?: number;
  /** Stored on every event as its correlation id. */
  requestId: string;
  /** Business time (ISO 8601 with zone); only an importer may set it earlier than now. */
  occurredAt?: string | null;
}

export interface ExecuteOptions<E> {
  /**
   * A create: the stream must be new, so an HTTP `If-Match` has nothing to say (the decider refuses an
   * existing item with its own code). A writer that predicted the stream to be new (`expectedRevision`
   * -1: the import, after its dry run) is told of a stream made in between as a conflict.
   */
  create?: boolean;
  /** Cross-stream checks on the events the decider chose; throws a DomainError to refuse. */
  check?: (events: E[]) => void;
}

/** A use case's result: the state, the revision (the ETag), the appended events and the whole stream. */
export type Written<S> = HandleResult<S>;

/** Told of each stream this process wrote, with its events up to the new revision. */
export type WrittenListener = (stream: string, events: readonly StoredEvent[]) => void;

export class Application {
  readonly references: References;
  private readonly handler: CommandHandler;
  private readonly listeners: WrittenListener[] = [];

  private constructor(
    readonly streams: StreamStore,
    /** True when nothing reaches the store (an import's validation). */
    readonly dryRun: boolean,
    clock: () => Date,
  ) {
    this.handler = new CommandHandler(streams, clock);
    this.references = new References(streams);
  }

  static live(store: StreamStore, clock: () => Date = () => new Date()): Application {
    return new Application(store, false, clock);
  }

  /** A run on a scratch copy of the store: reads see the store and the run's own writes, nothing is stored. */
  static dryRun(store: Pick<EventStore, 'readStream'>, clock: () => Date = () => new Date()): Application {
    return new Application(new ScratchStreams(store, clock), true, clock);
  }

  async execute<C extends AnyCommand, E extends { type: string; data: unknown }, S>(
    decider: Decider<C, E, S>,
    stream: string,
    command: Omit<C, 'metadata'>,
    write: WriteContext,
    options: ExecuteOptions<E> = {},
  ): Promise<Written<S>> {
    const { check } = options;
    const checked: Decider<C, E, S> = check
      ? {
          ...decider,
          decide: (c, s) => {
            const events = decider.decide(c, s);
            check(events);
            return events;
          },
        }
      : decider;
    const metadata = { actor: write.actor, ...(write.occurredAt ? { now: write.occurredAt } : {}) };
    const result = await this.handler.handle(checked, stream, { ...command, metadata } as never, {
      expectedRevision: options.create ? createExpectation(write) : write.expectedRevision,
      correlationId: write.requestId,
    });
    if (result.events.length > 0) for (const listener of this.listeners) listener(stream, result.stream);
    return result;
  }

  /** The current state of a stream and its revision, as a use case's own reads need it. */
  load<E extends { type: string; data: unknown }, S>(
    decider: Pick<Decider<never, E, S>, 'initialState' | 'evolve'>,
    stream: string,
  ): Promise<{ state: S; revision: number }> {
    return this.handler.load(decider, stream);
  }

  /**
   * Read-your-writes for in-memory copies of the log: the store's global order may hold back a
   * write while an unrelated transaction is open, the stream itself never does.
   */
  onWritten(listener: WrittenListener): void {
    this.listeners.push(listener);
  }
}

/** See `ExecuteOptions.create`. */
function createExpectation(write: WriteContext): number | undefined {
  return write.expectedRevision === -1 ? -1 : undefined;
}
