/**
 * Runs a command through the CommandHandler (read, fold, decide, append with the revision read) and
 * answers with the item as it stands at the new revision. Checks that need other streams (does the
 * named organ exist?) run inside `decide`, after the decider's own checks: someone who may not act
 * learns nothing about other items from the order of refusals.
 */
import { Inject, Injectable } from '@nestjs/common';
import { CommandHandler, type HandleResult } from '@sparbar/application/command-handler';
import { type Clock } from '@sparbar/config';
import { type CommandMetadata, type Decider } from '@sparbar/domain';
import { type EventStore, type StoredEvent } from '@sparbar/event-store';
import { CLOCK, EVENT_STORE } from '@sparbar/runtime';
import { type WriteContext } from './write-context';

type AnyCommand = { type: string; data: unknown; metadata: CommandMetadata };

export interface ExecuteOptions<E> {
  /** Business time (ISO 8601 with zone); only an importer may set it earlier than now. */
  occurredAt?: string;
  /** A create: the stream must be new, so `If-Match` has nothing to say. */
  create?: boolean;
  /** Cross-stream checks on the events the decider chose; throws a DomainError to refuse. */
  check?: (events: E[]) => void;
}

export interface Written<S> extends HandleResult<S> {
  /** The stream's events up to the new revision, for the answer's view. */
  stream: StoredEvent[];
}

/** Told of each stream this process wrote, with its events up to the new revision. */
export type WrittenListener = (stream: string, events: readonly StoredEvent[]) => void;

@Injectable()
export class Commands {
  private readonly handler: CommandHandler;
  private readonly listeners: WrittenListener[] = [];

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) clock: Clock,
  ) {
    this.handler = new CommandHandler(store, clock);
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
    const metadata = { actor: write.actor, ...(options.occurredAt ? { now: options.occurredAt } : {}) };
    const result = await this.handler.handle(checked, stream, { ...command, metadata } as never, {
      expectedRevision: options.create ? undefined : write.expectedRevision,
      correlationId: write.requestId,
    });
    const written = await this.readUpTo(stream, result.revision);
    for (const listener of this.listeners) listener(stream, written);
    return { ...result, stream: written };
  }

  /**
   * Read-your-writes for in-memory copies of the log: the store's global order may hold back a
   * write while an unrelated transaction is open, the stream itself never does.
   */
  onWritten(listener: WrittenListener): void {
    this.listeners.push(listener);
  }

  /** The stream's events up to a revision (a later writer's events are not this answer's). */
  async readUpTo(stream: string, revision: number): Promise<StoredEvent[]> {
    if (revision < 0) return [];
    return (await this.store.readStream(stream)).filter((e) => e.revision <= revision);
  }

  read(stream: string): Promise<StoredEvent[]> {
    return this.store.readStream(stream);
  }
}
