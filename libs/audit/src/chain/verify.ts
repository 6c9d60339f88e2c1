/**
 * `verify`: recompute the whole chain from the `events` table and compare it with the stored chain,
 * naming the first event that does not match; optionally also check that the log still extends a head
 * the auditor kept outside the system (see head.ts). Read-only, on one snapshot of the database.
 */
import { type ProjectionDb } from '@sparbar/projections/db/projection-db';
import { compareChains, type HeadVerdict, type KeptHeadInput, type Mismatch } from './compare';
import {
  type ChainRow,
  chainCheckpoint,
  countEventsAfter,
  positionInChain,
  positionInLog,
  readChain,
  readEvents,
} from './log-reader';

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

export type ReadOnlyDb = Pick<ProjectionDb, 'transaction'>;

export async function verifyChain(
  db: ReadOnlyDb,
  options: { against?: KeptHeadInput } = {},
): Promise<VerifyReport> {
  return db.transaction(async (tx) => {
    await tx.exec('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    const chainedUpTo = (await chainCheckpoint(tx)) ?? 0;
    const kept = options.against;
    const readTo = Math.max(chainedUpTo, kept?.position ?? 0);
    const chain = chainedUpTo > 0 ? readChain(tx, chainedUpTo) : empty<ChainRow>();
    const result = await compareChains(
      readEvents(tx, readTo),
      chain,
      chainedUpTo,
      {
        positionInLog: (id) => positionInLog(tx, id),
        positionInChain: (id) => (chainedUpTo > 0 ? positionInChain(tx, id) : Promise.resolve(undefined)),
      },
      kept,
    );
    const pending = await countEventsAfter(tx, chainedUpTo);
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
  });
}

async function* empty<T>(): AsyncGenerator<T> {}
