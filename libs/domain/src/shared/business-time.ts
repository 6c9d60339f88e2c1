/**
 * Business time never runs backwards — the rule for every aggregate's stream, in one place.
 *
 * Each event is stored with its business time (`metadata.occurredAt`, the command's `metadata.now`):
 * when it happened in the world. An importer may give an earlier time than the server's (migrating
 * history, access/command-guard.ts), and the as-of reads ("the uppdrag as it stood on 30 April") count
 * the events whose business time had come. For those reads to tell the truth, a stream must read the
 * same in business time as in its own order:
 *
 * 1. No event has a business time before the stream's first event, its registration
 *    (BUSINESS_TIME_BEFORE_REGISTRATION): nothing can be changed, reported or closed before it existed.
 * 2. Within a stream business time does not go backwards (BUSINESS_TIME_BACKWARDS): an import replays
 *    history in the order it happened, so the state as of any instant never depends on a later event.
 * 3. The one exception is a correction (it always carries a reason): it may be dated back to when the
 *    mistake was corrected in the world, after later events of the stream — but never before what it
 *    corrects (the report or earlier correction of the same period). Its event then says so:
 *    `backdatedBefore` holds the stream's latest business time when it was recorded, for history and audit.
 *
 * A decider opts in with `withBusinessTime(decider, policy)`: the aggregate's own rules are decided
 * first (permission before content, as everywhere), then this rule on the events they chose. The fold
 * learns each event's business time from the store (`metadata.occurredAt` beside type and data); events
 * folded without one, as in most specs, leave the stream's times unknown and the rule silent.
 */
import { type CommandMetadata } from './command-metadata';
import { BUSINESS_TIME_ZONE, compareInstants } from './dates';
import { type Decider } from './decider';
import { DomainError } from './domain-error';
import { lookup } from './records';

/** What the fold knows of a stream's business times. */
export type StreamBusinessTime = {
  /** Business time of the stream's first event: its registration. null: not known. */
  startedAt: string | null;
  /** The latest business time of any event in the stream. */
  latestAt: string | null;
  /** The latest business time per subject (a report's period), which a correction may not precede. */
  latestBySubject: Record<string, string>;
};

/** An event as folded: the stored event's business time travels beside its type and data. */
export type TimedEvent<E> = E & { metadata?: { occurredAt?: string } };

export type WithBusinessTime<S> = S & { businessTime: StreamBusinessTime };

/** Stamped on a correction's data when it was dated before the stream's latest event. */
export type Backdated = { backdatedBefore?: string };

/** What the rule must know of an aggregate's events. */
export interface BusinessTimePolicy<E extends { type: string }> {
  /** What an event reports on, e.g. `2023-04` for an uppdrag's April report; null for the rest. */
  subjectOf(event: E): string | null;
  /** The events that may be dated back: corrections, each with a reason and a subject. */
  corrections: readonly E['type'][];
}

/** For aggregates without corrections: nothing may be dated back. */
export const NO_CORRECTIONS = { subjectOf: (): null => null, corrections: [] as readonly never[] };

const UNKNOWN: StreamBusinessTime = { startedAt: null, latestAt: null, latestBySubject: {} };

export function withBusinessTime<
  C extends { metadata: CommandMetadata },
  E extends { type: string; data: object },
  S extends object,
>(decider: Decider<C, E, S>, policy: BusinessTimePolicy<E>): Decider<C, TimedEvent<E>, WithBusinessTime<S>> {
  return {
    initialState: () => ({ ...decider.initialState(), businessTime: UNKNOWN }),
    evolve(state, event) {
      const at = event.metadata?.occurredAt;
      const known = state.businessTime ?? UNKNOWN;
      const businessTime = at === undefined ? known : advance(known, at, policy.subjectOf(event));
      return { ...decider.evolve(state, event), businessTime };
    },
    decide(command, state) {
      const events = decider.decide(command, state);
      return requireBusinessTimeInOrder(events, command.metadata.now, state.businessTime ?? UNKNOWN, policy);
    },
  };
}

/** The stream's times after one more event at `at`. */
export function advance(time: StreamBusinessTime, at: string, subject: string | null): StreamBusinessTime {
  const later = (known: string | null | undefined) =>
    known == null || compareInstants(at, known) > 0 ? at : known;
  return {
    startedAt: time.startedAt ?? at,
    latestAt: later(time.latestAt),
    latestBySubject:
      subject === null
        ? time.latestBySubject
        : { ...time.latestBySubject, [subject]: later(lookup(time.latestBySubject, subject)) },
  };
}

/**
 * The events a command chose, if they may carry business time `now` in a stream with these times;
 * a correction dated back is returned stamped `backdatedBefore`. Throws the rule's DomainError otherwise.
 */
export function requireBusinessTimeInOrder<E extends { type: string; data: object }>(
  events: E[],
  now: string,
  time: StreamBusinessTime,
  policy: BusinessTimePolicy<E>,
): E[] {
  const { startedAt, latestAt } = time;
  if (events.length === 0 || startedAt === null || latestAt === null) return events;
  if (compareInstants(now, startedAt) < 0) throw businessTimeErrors.beforeRegistration(now, startedAt);
  if (compareInstants(now, latestAt) >= 0) return events;
  return events.map((event) => {
    if (!policy.corrections.includes(event.type)) throw businessTimeErrors.backwards(now, latestAt);
    const subject = policy.subjectOf(event);
    const corrected = subject === null ? undefined : lookup(time.latestBySubject, subject);
    if (corrected !== undefined && compareInstants(now, corrected) < 0) {
      throw businessTimeErrors.beforeCorrected(now, corrected);
    }
    return { ...event, data: { ...event.data, backdatedBefore: latestAt } };
  });
}

/** Swedish time for messages: 2023-05-03 09:30. */
function shown(instant: string): string {
  return new Date(instant)
    .toLocaleString('sv-SE', { timeZone: BUSINESS_TIME_ZONE, dateStyle: 'short', timeStyle: 'short' })
    .replace(',', '');
}

export const businessTimeErrors = {
  beforeRegistration: (now: string, startedAt: string) =>
    new DomainError(
      'BUSINESS_TIME_BEFORE_REGISTRATION',
      `Händelsetiden ${shown(now)} ligger före registreringen (${shown(startedAt)}): ` +
        'inget kan hända med det som ännu inte fanns.',
      'metadata.now',
    ),
  backwards: (now: string, latestAt: string) =>
    new DomainError(
      'BUSINESS_TIME_BACKWARDS',
      `Händelsetiden ${shown(now)} ligger före den senaste händelsen (${shown(latestAt)}): ` +
        'affärstiden går inte bakåt. Importera historiken i tidsordning; bara en rättelse med skäl får bakåtdateras.',
      'metadata.now',
    ),
  beforeCorrected: (now: string, corrected: string) =>
    new DomainError(
      'BUSINESS_TIME_BACKWARDS',
      `Händelsetiden ${shown(now)} ligger före det som rättas (${shown(corrected)}): ` +
        'en rättelse kan inte dateras före rapporten den rättar.',
      'metadata.now',
    ),
};
