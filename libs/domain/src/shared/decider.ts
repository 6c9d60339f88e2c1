import { type CommandMetadata } from './command-metadata';

/** A fact that happened, in the past tense. Plain data: what changed, never a whole entity. */
export type DomainEvent<Type extends string, Data> = { type: Type; data: Data };

/** A request to change something, in the imperative. Who asks and when travels with it. */
export type DomainCommand<Type extends string, Data> = { type: Type; data: Data; metadata: CommandMetadata };

/**
 * An aggregate as three pure functions (Emmett's Decider). `decide` either returns the events the
 * command causes (possibly none, when nothing would change) or throws a `DomainError`; it never reads
 * a clock, a database or anything else than its arguments.
 */
export interface Decider<Command, Event, State> {
  initialState(): State;
  evolve(state: State, event: Event): State;
  decide(command: Command, state: State): Event[];
}

/** The state after the given events: how a stream is read back into an aggregate. */
export function fold<Command, Event, State>(
  decider: Decider<Command, Event, State>,
  events: readonly Event[],
): State {
  return events.reduce((state, event) => decider.evolve(state, event), decider.initialState());
}
