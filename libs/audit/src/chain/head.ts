/**
 * The chain head an auditor keeps outside the system: the position and hash of the last chained event
 * at export time. Whoever can rewrite the database can rewrite both the events and the chain table
 * consistently, and `verify` alone would then pass; but they cannot make the recomputed hash at the
 * kept position equal the kept hash again. So `verify --against head.json` detects any change to
 * anything at or before the kept head.
 */
import { type KeptHeadInput } from './compare';
import { GENESIS_HASH, GENESIS_TEXT } from './hash';
import { type LogReader, type ReadOnlyDb, verifyChain, type VerifyReport } from './verify';

export interface ChainHead {
  position: number;
  hash: string;
  /** Events chained up to and including `position`. */
  eventCount: number;
  exportedAt: string;
  /** The event at `position`: lets a reader name it without the database. */
  eventId: string | null;
  /** Which chain definition the hash follows (its genesis text; see hash.ts). */
  chain: string;
}

export class ChainBrokenError extends Error {
  readonly code = 'AUDIT_CHAIN_BROKEN';
  constructor(readonly report: VerifyReport) {
    super(
      `Kedjan stämmer inte från position ${report.firstMismatch?.position}: ${report.firstMismatch?.message ?? ''}`,
    );
  }
}

/**
 * Exports the head only after verifying the whole chain: a head taken from a chain that is already
 * broken would vouch for the tampering.
 */
export async function exportHead(db: ReadOnlyDb, log: LogReader, now: Date = new Date()): Promise<ChainHead> {
  const report = await verifyChain(db, log);
  if (!report.ok) throw new ChainBrokenError(report);
  const head = report.head;
  return {
    position: head?.position ?? 0,
    hash: head?.hash ?? GENESIS_HASH,
    eventCount: head?.eventCount ?? 0,
    exportedAt: now.toISOString(),
    eventId: head?.eventId ?? null,
    chain: GENESIS_TEXT,
  };
}

export class InvalidHeadError extends Error {
  readonly code = 'AUDIT_INVALID_HEAD';
}

/** Reads a kept head (the JSON `exportHead` gave), refusing anything that is not one. */
export function parseKeptHead(value: unknown): KeptHeadInput {
  const v = (typeof value === 'string' ? safeParse(value) : value) as Partial<ChainHead> | undefined;
  if (!v || typeof v !== 'object') throw new InvalidHeadError('Huvudet är inte ett JSON-objekt.');
  if (!Number.isSafeInteger(v.position) || (v.position as number) < 0)
    throw new InvalidHeadError('Huvudet saknar en giltig position.');
  if (typeof v.hash !== 'string' || !/^[0-9a-f]{64}$/.test(v.hash))
    throw new InvalidHeadError('Huvudet saknar en giltig sha256-hash (64 hexadecimala tecken).');
  if (v.chain !== undefined && v.chain !== GENESIS_TEXT)
    throw new InvalidHeadError(`Huvudet gäller en annan kedja (${String(v.chain)}).`);
  if (v.eventCount !== undefined && (!Number.isSafeInteger(v.eventCount) || v.eventCount < 0))
    throw new InvalidHeadError('Huvudets eventCount är inte ett heltal.');
  return {
    position: v.position as number,
    hash: v.hash,
    ...(v.eventCount !== undefined ? { eventCount: v.eventCount } : {}),
  };
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
