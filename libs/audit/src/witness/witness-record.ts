/**
 * A witnessed head: the chain head the worker signed and wrote outside the database. Whoever can
 * rewrite the database can truncate the log and its chain together (verification alone then passes),
 * but cannot unwrite a file elsewhere, nor sign a new one without the key. So the last witness is what
 * the default verification compares against (witness-check.ts).
 *
 * Signed with Ed25519 over the record's canonical JSON without its signature; the public key is
 * published (GET /api/granskning/kedja/vittne) so an auditor can check a witness on their own.
 */
import { createPublicKey, type KeyObject, sign, verify } from 'node:crypto';
import { canonicalJson } from '../chain/canonical';
import { type ChainHead } from '../chain/head';

export interface Witness {
  /** Which chain definition the hash follows. */
  chain: string;
  position: number;
  /** Events chained up to and including `position`. */
  eventCount: number;
  hash: string;
  eventId: string | null;
  /** When the worker witnessed it (the process clock). */
  recordedAt: string;
  /** Ed25519 over the canonical JSON of the other fields, base64. */
  signature: string;
}

export type UnsignedWitness = Omit<Witness, 'signature'>;

export function witnessOf(head: ChainHead, recordedAt: Date): UnsignedWitness {
  return {
    chain: head.chain,
    position: head.position,
    eventCount: head.eventCount,
    hash: head.hash,
    eventId: head.eventId,
    recordedAt: recordedAt.toISOString(),
  };
}

function payload(w: UnsignedWitness): Buffer {
  const { chain, position, eventCount, hash, eventId, recordedAt } = w;
  return Buffer.from(canonicalJson({ chain, position, eventCount, hash, eventId, recordedAt }), 'utf8');
}

export function signWitness(w: UnsignedWitness, privateKey: KeyObject): Witness {
  return { ...w, signature: sign(null, payload(w), privateKey).toString('base64') };
}

/** Whether `w` was signed by the holder of `publicKey` and not changed since. */
export function witnessSignatureHolds(w: Witness, publicKey: KeyObject | string): boolean {
  const key = typeof publicKey === 'string' ? createPublicKey(publicKey) : publicKey;
  try {
    return verify(null, payload(w), key, Buffer.from(w.signature, 'base64'));
  } catch {
    return false;
  }
}

/** Reads a witness file's JSON; undefined for anything that is not one. */
export function parseWitness(text: string): Witness | undefined {
  let v: Partial<Witness>;
  try {
    v = JSON.parse(text) as Partial<Witness>;
  } catch {
    return undefined;
  }
  const ok =
    v &&
    typeof v.chain === 'string' &&
    Number.isSafeInteger(v.position) &&
    Number.isSafeInteger(v.eventCount) &&
    typeof v.hash === 'string' &&
    /^[0-9a-f]{64}$/.test(v.hash) &&
    (v.eventId === null || typeof v.eventId === 'string') &&
    typeof v.recordedAt === 'string' &&
    typeof v.signature === 'string';
  return ok ? (v as Witness) : undefined;
}

/** The witness as a reader says it: position and time in Swedish. */
export function witnessInWords(w: Pick<Witness, 'position' | 'recordedAt'>): string {
  return `det bevittnade huvudet (händelse nr ${w.position}, bevittnat ${w.recordedAt.slice(0, 16).replace('T', ' ')} UTC)`;
}
