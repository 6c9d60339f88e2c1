/**
 * `verify`: recompute the whole chain from the log, read through the event store port (so with any
 * store), and compare it with the stored chain, naming the first event that does not match; optionally
 * also check that the log still extends a head the auditor kept outside the system (see head.ts).
 * Read-only. The log and the chain are not read in one snapshot; log-reader.ts says why that is safe.
 */
import { compareChains, type HeadVerdict, type KeptHeadInput, type Mismatch } from './compare';
import {
  type ChainRow,
  chainCheckpoint,
  countEventsAfter,
  type LogReader,
  positionInChain,
  readChain,
  readEvents,
  type ReadOnlyDb,
} from './log-reader';

export { type LogReader, type ReadOnlyDb } from './log-reader';

export interface VerifyReport {
  /** The stored chain matches the log, and (when a kept head was given) the log still extends it. */
  ok: boolean;
  /** Events recomputed and found matching, from the start, before the first mismatch if any. */
  checked: number;
  /** The position the stored chain has reached (its projection checkpoint); 0 if never built. */
  chainedUpTo: number;
  /** Events after `chainedUpTo`: written, not yet chained by the projection, so not verified yet. */
  pending: number;
  firstMismatch?: Mismatch;
  /** The recomputed head at `chainedUpTo`, when everything up to it matched. */
  head?: { position: number; eventId: string; hash: string; eventCount: number };
  /** The verdict on the kept head, when one was given. */
  against?: HeadVerdict;
}

export async function verifyChain(
  db: ReadOnlyDb,
  log: LogReader,
  options: { against?: KeptHeadInput } = {},
): Promise<VerifyReport> {
  // The checkpoint first: the chain is compared up to it, and its rows up to it are fixed.
  const chainedUpTo = (await chainCheckpoint(db)) ?? 0;
  const kept = options.against;
  const readTo = Math.max(chainedUpTo, kept?.position ?? 0);
  const chain = chainedUpTo > 0 ? readChain(db, chainedUpTo) : empty<ChainRow>();
  const result = await compareChains(
    readTo > 0 ? readEvents(log, readTo) : empty(),
    chain,
    chainedUpTo,
    {
      positionInLog: (id) => log.positionOfEvent(id),
      positionInChain: (id) => (chainedUpTo > 0 ? positionInChain(db, id) : Promise.resolve(undefined)),
    },
    kept,
  );
  const pending = await countEventsAfter(log, chainedUpTo);
  const ok = !result.firstMismatch && (result.against?.ok ?? true);
  return {
    ok,
    checked: result.checked,
    chainedUpTo,
    pending,
    ...(result.firstMismatch ? { firstMismatch: result.firstMismatch } : {}),
    ...(!result.firstMismatch && result.last ? { head: result.last } : {}),
    ...(result.against ? { against: result.against } : {}),
  };
}

async function* empty<T>(): AsyncGenerator<T> {}
