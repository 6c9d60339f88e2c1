/**
 * The one way a command becomes events: read the stream, fold it, decide, append with the revision that
 * was read. The domain stays pure; this is where the clock, the store and concurrency meet.
 */
import { randomUUID } from 'node:crypto';
import { type CommandMetadata, type Decider } from '@sparbar/domain';
import {
  type EventStore,
  type JsonValue,
  type NewEvent,
  type StoredEvent,
  WrongExpectedRevisionError,
} from '@sparbar/event-store';

/** What a write needs of the log: its streams, read and appended. A dry run gives a scratch copy. */
export type StreamStore = Pick<EventStore, 'readStream' | 'appendToStream'>;

type AnyEvent = { type: string; data: unknown };
type AnyCommand = { type: string; data: unknown; metadata: CommandMetadata };

/** What the edge knows when it sends a command: who, and (for an import) the business time. */
export type CommandInput<C extends AnyCommand> = Omit<C, 'metadata'> & {
  metadata: Omit<CommandMetadata, 'recordedAt' | 'now'> & { now?: string };
};

export interface HandleOptions {
  /** The revision the client last saw (HTTP `If-Match`). When given, any other revision is a conflict. */
  expectedRevision?: number;
  /** Ties the events to the request that caused them. */
  correlationId?: string;
}

export interface HandleResult<S> {
  state: S;
  /** The stream's revision afterwards (-1: the stream has no events). Sent back as the `ETag`. */
  revision: number;
  /** The events appended, as stored (with revisions, positions and `recordedAt`). */
  events: StoredEvent[];
  /** The stream's events up to `revision`: those read before deciding plus those appended. */
  stream: StoredEvent[];
}

/** How often a command without `If-Match` is decided again after losing a race. */
const MAX_ATTEMPTS = 3;

export class CommandHandler {
  constructor(
    private readonly store: StreamStore,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async handle<C extends AnyCommand, E extends AnyEvent, S>(
    decider: Decider<C, E, S>,
    stream: string,
    input: CommandInput<C>,
    options: HandleOptions = {},
  ): Promise<HandleResult<S>> {
    const commandId = randomUUID();

    for (let attempt = 1; ; attempt++) {
      const { state, revision, latestBusinessTime, stored } = await this.read(decider, stream);
      const command = commandAt(input, this.clock().toISOString(), latestBusinessTime);
      if (options.expectedRevision !== undefined && options.expectedRevision !== revision) {
        throw new WrongExpectedRevisionError(
          stream,
          options.expectedRevision,
          revision < 0 ? 'no_stream' : revision,
        );
      }
      const decided = decider.decide(command, state);
      if (decided.length === 0) return { state, revision, events: [], stream: stored };

      const events: NewEvent[] = decided.map((event) => ({
        id: randomUUID(),
        type: event.type,
        data: event.data as JsonValue,
        metadata: {
          actor: command.metadata.actor.personId,
          occurredAt: command.metadata.now,
          correlationId: options.correlationId ?? commandId,
          causationId: commandId,
          commandType: command.type,
        },
      }));
      try {
        const result = await this.store.appendToStream(stream, events, {
          expectedRevision: revision < 0 ? 'no_stream' : revision,
        });
        const occurredAt = command.metadata.now;
        return {
          state: decided.reduce((s, e) => decider.evolve(s, { ...e, metadata: { occurredAt } }), state),
          revision: result.nextExpectedRevision,
          events: result.events,
          stream: [...stored, ...result.events],
        };
      } catch (error) {
        // Someone else wrote in between. With If-Match the client must look again; without, the
        // command is simply decided again on the new state.
        const retry = error instanceof WrongExpectedRevisionError && options.expectedRevision === undefined;
        if (!retry || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }

  /** The current state of a stream and its revision (-1 when it has no events). */
  async load<E extends AnyEvent, S>(
    decider: Pick<Decider<never, E, S>, 'initialState' | 'evolve'>,
    stream: string,
  ): Promise<{ state: S; revision: number }> {
    const { state, revision } = await this.read(decider, stream);
    return { state, revision };
  }

  /**
   * Each stored event is folded with its business time beside type and data (a decider that keeps the
   * stream's times, shared/business-time.ts in the domain, reads it; the others ignore it).
   */
  private async read<E extends AnyEvent, S>(
    decider: Pick<Decider<never, E, S>, 'initialState' | 'evolve'>,
    stream: string,
  ): Promise<{ state: S; revision: number; latestBusinessTime: string | null; stored: StoredEvent[] }> {
    const stored = await this.store.readStream(stream);
    let latestBusinessTime: string | null = null;
    let state = decider.initialState();
    for (const e of stored) {
      const { occurredAt } = e.metadata;
      state = decider.evolve(state, { type: e.type, data: e.data, metadata: { occurredAt } } as unknown as E);
      if (latestBusinessTime === null || Date.parse(occurredAt) > Date.parse(latestBusinessTime))
        latestBusinessTime = occurredAt;
    }
    return {
      state,
      revision: stored.length ? stored[stored.length - 1].revision : -1,
      latestBusinessTime,
      stored,
    };
  }
}

/**
 * How far this server's clock may lag the stream's latest business time and still be taken for it:
 * servers' clocks disagree by milliseconds, a clock a minute behind is broken and the rule may say so.
 */
const CLOCK_SKEW_TOLERANCE_MS = 60_000;

/**
 * The command with its two times. A live command (no business time given) happens now — or, when this
 * server's clock is a little behind the stream's latest business time (another server's clock runs
 * ahead), at that time: the person did nothing backwards, so the rule that business time never runs
 * backwards must not refuse them for the servers' disagreement.
 */
function commandAt<C extends AnyCommand>(
  input: CommandInput<C>,
  serverTime: string,
  latestBusinessTime: string | null,
): C {
  const lag = latestBusinessTime === null ? 0 : Date.parse(latestBusinessTime) - Date.parse(serverTime);
  const skewed = input.metadata.now === undefined && lag > 0 && lag <= CLOCK_SKEW_TOLERANCE_MS;
  const recordedAt = skewed ? latestBusinessTime! : serverTime;
  return {
    ...input,
    metadata: { ...input.metadata, now: input.metadata.now ?? recordedAt, recordedAt },
  } as C;
}
