/**
 * The package's input: events of the log as the store hands them over, and the same events typed as
 * the domain's once their stream says which aggregate wrote them.
 */

/** An event of the log, in the shape any store adapter can give it (data as stored). */
export interface PaketEvent {
  position: number;
  stream: string;
  type: string;
  data: unknown;
  actor: string;
  /** Business time: when it happened in the organisation (earlier than recordedAt for imported history). */
  occurredAt: string;
  /** ISO timestamp the server recorded the event at. */
  recordedAt: string;
}

/** A domain event with where, when and by whom it was logged. */
export type Logged<E extends { type: string; data: unknown }> = E & Omit<PaketEvent, 'type' | 'data'>;

/**
 * The event as one of the aggregate's: the log holds under an aggregate's stream only the events its
 * decider wrote, so the stream name (checked by the caller) is what types it.
 */
export const loggedAs = <E extends { type: string; data: unknown }>(event: PaketEvent): Logged<E> =>
  event as Logged<E>;

/** The events up to the cutoff, in log order. */
export const upTo = (events: readonly PaketEvent[], position: number): PaketEvent[] =>
  [...events].sort((a, b) => a.position - b.position).filter((e) => e.position <= position);

export const inYear = (dateOrPeriod: string, year: number): boolean => dateOrPeriod.startsWith(String(year));

/** Whole days between two dates (åååå-mm-dd). */
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
