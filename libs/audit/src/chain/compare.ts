/**
 * The comparison behind `verify`: recompute the chain from the events as they are now and walk it
 * beside the stored chain, position by position, until the first disagreement. Recomputation never
 * trusts a stored hash: each link is computed from the previous *recomputed* hash. A kept head (an
 * export the auditor held outside the system) is checked on the same walk, from the recomputed chain
 * only, so it also catches a rewrite of both the events and the chain table.
 *
 * Pure apart from its inputs (two ordered streams and two look-ups), so every tampering case can be
 * stated in a unit test; log-reader.ts feeds it from the database.
 */
import { type StoredEvent } from '@sparbar/event-store';
import { canonicalEvent } from './canonical';
import { GENESIS_HASH, linkHash } from './hash';
import { type ChainRow } from './log-reader';
import { type Peekable, peekable } from './peekable';

export type MismatchReason =
  /** The event at this position no longer hashes to what was chained: its content was changed. */
  | 'changed'
  /** A chained event is gone from the log. */
  | 'missing'
  /** The chained event is still in the log, but at another position (rows moved or swapped). */
  | 'order'
  /** An event in the log that was never chained (inserted behind the application's back). */
  | 'unexpected'
  /** The event still matches its link; the chain table's own row was edited. */
  | 'chain-altered';

export interface Mismatch {
  position: number;
  /** The event the chain expects here (for `unexpected`: the event found). */
  eventId: string;
  reason: MismatchReason;
  /** For `order`: the event found at this position instead. */
  foundEventId?: string;
  message: string;
}

export interface KeptHeadInput {
  position: number;
  hash: string;
  eventCount?: number;
}

export type HeadVerdict =
  | { ok: true; position: number }
  | {
      ok: false;
      position: number;
      /** `signature-invalid`: only against a witness (libs/audit/src/witness), whose signature fails. */
      reason: 'hash-differs' | 'event-missing' | 'count-differs' | 'not-reached' | 'signature-invalid';
      recomputedHash: string | null;
      message: string;
    };

export interface Comparison {
  checked: number;
  firstMismatch?: Mismatch;
  /** The recomputed chain's last link (only meaningful without a mismatch). */
  last: { position: number; eventId: string; hash: string; eventCount: number } | null;
  against?: HeadVerdict;
}

export interface Lookups {
  positionInLog(eventId: string): Promise<number | undefined>;
  positionInChain(eventId: string): Promise<number | undefined>;
}

/**
 * `events` may run beyond `upTo` (only to reach a kept head further on); those are recomputed, never
 * compared. `chain` must hold only rows up to `upTo`.
 */
export async function compareChains(
  events: AsyncIterable<StoredEvent>,
  chain: AsyncIterable<ChainRow>,
  upTo: number,
  lookups: Lookups,
  kept?: KeptHeadInput,
): Promise<Comparison> {
  const ev = peekable(events);
  const ch = peekable(chain);
  let hash = GENESIS_HASH;
  let count = 0;
  let checked = 0;
  let firstMismatch: Mismatch | undefined;
  let last: Comparison['last'] = null;
  // A head exported from an empty log is the genesis itself.
  let against: HeadVerdict | undefined = kept?.position === 0 ? headAt(kept, GENESIS_HASH, 0) : undefined;

  for (;;) {
    const e = await ev.peek();
    const s = firstMismatch ? undefined : await ch.peek();
    if (!e && !s) break;
    if (s && (!e || s.position < e.position)) {
      firstMismatch = await goneFromPlace(s, lookups);
      continue;
    }
    if (!e) break;
    if (kept && !against && e.position > kept.position) against = headMissing(kept);
    const next = linkHash(hash, canonicalEvent(e));
    if (!firstMismatch && e.position <= upTo) {
      if (!s || e.position < s.position) firstMismatch = await unexpected(e, lookups);
      else if (s.eventId !== e.id) firstMismatch = await replaced(s, e, lookups);
      else if (s.hash !== next) firstMismatch = await hashDiffers(next, e, ev, ch);
      else {
        await ch.next();
        checked++;
        last = { position: e.position, eventId: e.id, hash: next, eventCount: count + 1 };
      }
    }
    hash = next;
    count++;
    await ev.next();
    if (kept && !against && e.position === kept.position) against = headAt(kept, hash, count);
    // Past the first mismatch the walk only goes on to reach a kept head further along.
    if (firstMismatch && (!kept || against)) break;
  }
  if (kept && !against) against = notReached(kept);
  return { checked, ...(firstMismatch ? { firstMismatch } : {}), last, ...(against ? { against } : {}) };
}

async function goneFromPlace(s: ChainRow, lookups: Lookups): Promise<Mismatch> {
  const now = await lookups.positionInLog(s.eventId);
  return now === undefined
    ? mismatch(s.position, s.eventId, 'missing', 'Händelsen finns inte längre i loggen.')
    : mismatch(s.position, s.eventId, 'order', `Händelsen har flyttats till position ${now}.`);
}

async function unexpected(e: StoredEvent, lookups: Lookups): Promise<Mismatch> {
  const chained = await lookups.positionInChain(e.id);
  return chained === undefined
    ? mismatch(
        e.position,
        e.id,
        'unexpected',
        'Händelsen har aldrig kedjats: den har lagts in utanför systemet.',
      )
    : mismatch(e.position, e.id, 'order', `Händelsen kedjades på position ${chained}.`);
}

async function replaced(s: ChainRow, e: StoredEvent, lookups: Lookups): Promise<Mismatch> {
  const moved = (await lookups.positionInLog(s.eventId)) ?? (await lookups.positionInChain(e.id));
  return moved === undefined
    ? mismatch(s.position, s.eventId, 'changed', `Händelsens id har ändrats till ${e.id}.`, e.id)
    : mismatch(
        s.position,
        s.eventId,
        'order',
        `Här ligger nu händelsen ${e.id}: raderna har bytt plats.`,
        e.id,
      );
}

/**
 * A stored hash that differs is either a changed event or an edited chain row. If the *next* stored
 * link still follows from our recomputed hash, the event must be intact and the row was edited.
 */
async function hashDiffers(
  recomputed: string,
  e: StoredEvent,
  ev: Peekable<StoredEvent>,
  ch: Peekable<ChainRow>,
): Promise<Mismatch> {
  await ev.next();
  await ch.next();
  const [e2, s2] = [await ev.peek(), await ch.peek()];
  ev.pushBack(e);
  const rowEdited =
    e2 &&
    s2 &&
    e2.position === s2.position &&
    e2.id === s2.eventId &&
    linkHash(recomputed, canonicalEvent(e2)) === s2.hash;
  return rowEdited
    ? mismatch(
        e.position,
        e.id,
        'chain-altered',
        'Händelsen är oförändrad, men kedjans rad för den har ändrats.',
      )
    : mismatch(e.position, e.id, 'changed', 'Händelsens innehåll har ändrats sedan den kedjades.');
}

function headAt(kept: KeptHeadInput, recomputed: string, count: number): HeadVerdict {
  if (recomputed !== kept.hash)
    return {
      ok: false,
      position: kept.position,
      reason: 'hash-differs',
      recomputedHash: recomputed,
      message: 'Loggen fram till det sparade huvudet har skrivits om: hashen stämmer inte.',
    };
  if (kept.eventCount !== undefined && kept.eventCount !== count)
    return {
      ok: false,
      position: kept.position,
      reason: 'count-differs',
      recomputedHash: recomputed,
      message: `Det sparade huvudet räknade ${kept.eventCount} händelser, loggen har ${count}.`,
    };
  return { ok: true, position: kept.position };
}

const headMissing = (kept: KeptHeadInput): HeadVerdict => ({
  ok: false,
  position: kept.position,
  reason: 'event-missing',
  recomputedHash: null,
  message: 'Händelsen vid det sparade huvudet finns inte längre i loggen.',
});

const notReached = (kept: KeptHeadInput): HeadVerdict => ({
  ok: false,
  position: kept.position,
  reason: 'not-reached',
  recomputedHash: null,
  message: 'Loggen når inte fram till det sparade huvudets position.',
});

function mismatch(
  position: number,
  eventId: string,
  reason: MismatchReason,
  message: string,
  foundEventId?: string,
): Mismatch {
  return { position, eventId, reason, ...(foundEventId ? { foundEventId } : {}), message };
}
