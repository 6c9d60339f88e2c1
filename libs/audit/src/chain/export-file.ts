/**
 * A log exported as a file (NDJSON) that verifies on its own, with nothing but the file: one line per
 * event in global order, then one last line with the chain head over those events.
 *
 *   event line: the event's hashed fields (canonical.ts: position, id, stream, revision, type, data,
 *               metadata, recordedAt) and `hash`, the chain hash through this event (hash.ts)
 *   last line:  { "chainHead": { "chain", "hash", "position", "eventCount" } }
 *
 * Each line is written in canonical JSON, so an auditor can recompute a link with a shell: the line
 * without its `hash` member is the canonical text the chain hashes. `verifyExportLines` recomputes the
 * chain from the lines alone, names the first line whose recomputed hash differs from the one written
 * (a changed byte in an event), and compares the recomputed head with the last line. Whoever rewrites
 * the whole file consistently also rewrites its head: keep the head (or compare it with the witness) to
 * catch that, as for the database's own chain (head.ts).
 *
 * Uses the chain's code as it is (canonical.ts, hash.ts); nothing here changes how the chain is made.
 */
import { type StoredEvent } from '@sparbar/event-store';
import { canonicalEvent, canonicalJson, hashedFieldsOf } from './canonical';
import { GENESIS_HASH, GENESIS_TEXT, linkHash } from './hash';

export interface ExportedChainHead {
  chain: string;
  /** The chain hash through the last exported event (the genesis hash for an empty log). */
  hash: string;
  /** The last exported event's position (0 for an empty log). */
  position: number;
  eventCount: number;
}

/** Writes the lines of an export, each ending in `\n`, the chain head last. */
export async function* exportLines(events: AsyncIterable<StoredEvent>): AsyncGenerator<string> {
  let hash = GENESIS_HASH;
  let position = 0;
  let eventCount = 0;
  for await (const event of events) {
    const canonical = canonicalEvent(event);
    hash = linkHash(hash, canonical);
    position = event.position;
    eventCount++;
    yield `${canonicalJson({ ...hashedFieldsOf(event), hash })}\n`;
  }
  const head: ExportedChainHead = { chain: GENESIS_TEXT, hash, position, eventCount };
  yield `${canonicalJson({ chainHead: head })}\n`;
}

export interface ExportVerification {
  ok: boolean;
  /** Event lines recomputed and found matching before the first failure. */
  checked: number;
  /** The head recomputed from the event lines, when they all matched. */
  head?: ExportedChainHead;
  /** The first failure: its line (1-based) and what is wrong, in Swedish. */
  failure?: { line: number; message: string };
}

const HASHED = ['position', 'id', 'stream', 'revision', 'type', 'data', 'metadata', 'recordedAt'] as const;

/** Recomputes the chain over an export's lines (as read from the file, with or without `\n`). */
export async function verifyExportLines(
  lines: AsyncIterable<string> | Iterable<string>,
): Promise<ExportVerification> {
  let hash = GENESIS_HASH;
  let position = 0;
  let checked = 0;
  let lineNo = 0;
  let head: ExportedChainHead | undefined;
  const fail = (message: string): ExportVerification => ({
    ok: false,
    checked,
    failure: { line: lineNo, message },
  });
  for await (const raw of lines) {
    lineNo++;
    const text = raw.replace(/\r?\n$/, '');
    if (text === '') continue;
    if (head) return fail('Rader efter kedjans huvud');
    let value: Record<string, unknown>;
    try {
      value = JSON.parse(text) as Record<string, unknown>;
    } catch {
      return fail('Raden är inte giltig JSON');
    }
    if (!value || typeof value !== 'object' || Array.isArray(value))
      return fail('Raden är inget JSON-objekt');
    if ('chainHead' in value) {
      const kept = value.chainHead as Partial<ExportedChainHead> | undefined;
      if (kept?.chain !== GENESIS_TEXT) return fail(`Huvudet gäller en annan kedja (${String(kept?.chain)})`);
      if (kept.eventCount !== checked)
        return fail(`Huvudet anger ${String(kept.eventCount)} händelser, filen har ${checked}`);
      if (kept.position !== position)
        return fail(`Huvudet anger position ${String(kept.position)}, sista händelsen har ${position}`);
      if (kept.hash !== hash) return fail(`Huvudets hash ${String(kept.hash)} är inte den beräknade ${hash}`);
      head = { chain: GENESIS_TEXT, hash, position, eventCount: checked };
      continue;
    }
    const unknown = Object.keys(value).filter(
      (k) => k !== 'hash' && !(HASHED as readonly string[]).includes(k),
    );
    if (unknown.length > 0) return fail(`Okända fält: ${unknown.join(', ')}`);
    const missing = HASHED.filter((k) => !(k in value));
    if (missing.length > 0) return fail(`Fält saknas: ${missing.join(', ')}`);
    if (!Number.isSafeInteger(value.position) || (value.position as number) <= position)
      return fail(`Positionen ${String(value.position)} följer inte på ${position}`);
    const fields: Record<string, unknown> = {};
    for (const k of HASHED) fields[k] = value[k];
    const recomputed = linkHash(hash, canonicalJson(fields));
    if (value.hash !== recomputed)
      return fail(
        `Händelsen på position ${String(value.position)} stämmer inte med sin hash (ändrad, flyttad eller en tidigare rad saknas)`,
      );
    hash = recomputed;
    position = value.position as number;
    checked++;
  }
  if (!head)
    return { ok: false, checked, failure: { line: lineNo, message: 'Kedjans huvud saknas sist i filen' } };
  return { ok: true, checked, head };
}
