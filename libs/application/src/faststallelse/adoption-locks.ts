/**
 * The lock of an adopted period, for the use cases that write a period's report or assessment: read the
 * adoption streams of the organs the report belongs to, then let the item's decider decide and the
 * domain's lock (faststallelse.lock.ts) mark or refuse what it chose.
 *
 * The adoption is read before the item's stream is appended to, not in the same transaction: a report
 * written in the very moment the secretary records the meeting may go unmarked. The meeting is days
 * before it is recorded, so this is accepted rather than taking a lock across streams.
 */
import {
  type AdoptionLock,
  applyAdoptionLock,
  type Decider,
  delmalDecider,
  faststallelseDecider,
  faststallelseStream,
  lockOf,
  parsePeriod,
  periodsCovering,
} from '@sparbar/domain';
import { type Application } from '../write/application';

// Ids as the API accepts them; anything else is left to the deciders to refuse.
const ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;

/**
 * The locks of those organs on the period and on the periods it lies in (a month's tertial and year, a
 * tertial's year: adopting a tertial locks its months); none when the period or an id is malformed.
 */
export async function adoptionLocks(
  app: Application,
  organIds: readonly string[],
  period: unknown,
): Promise<AdoptionLock[]> {
  // A year is not adopted as such (the decider takes months and tertials; the årsrapport is the year's
  // last tertial), so only the period's own stream and its tertial's are read.
  const keys = periodsCovering(period).filter((key) => parsePeriod(key) !== null);
  const ids = [...new Set(organIds.filter((id) => ID.test(id)))];
  const loaded = await Promise.all(
    ids.flatMap((id) => keys.map((key) => app.load(faststallelseDecider, faststallelseStream(id, key)))),
  );
  return loaded.map(({ state }) => lockOf(state)).filter((lock): lock is AdoptionLock => lock !== null);
}

/** The decider, with what it decides passed through the lock (unchanged when nothing is locked). */
export function underAdoptionLock<C, E extends { type: string; data: object }, S>(
  decider: Decider<C, E, S>,
  locks: readonly AdoptionLock[],
  reason: unknown,
): Decider<C, E, S> {
  if (locks.length === 0) return decider;
  return {
    ...decider,
    decide: (command, state) => applyAdoptionLock(decider.decide(command, state), locks, reason),
  };
}

/** The delmål's nämnd's adoption of the period (none while the delmål does not exist). */
export async function delmalPeriodLocks(
  app: Application,
  stream: string,
  period: unknown,
): Promise<AdoptionLock[]> {
  const { state } = await app.load(delmalDecider, stream);
  return state.exists ? adoptionLocks(app, [state.organId], period) : [];
}
