/**
 * The little context the audit trail needs beyond the event itself: display names (persons, organs,
 * indikatorer) and the organs an item concerns, both as of that point in the log. The projection keeps
 * them in state tables; the describing functions only ever see this read interface, so they stay pure.
 */
export type NameKind = 'person' | 'organ' | 'indikator' | 'risk' | 'kontrollmoment' | 'atgard';

export interface Names {
  /** The display name, or `fallback` when the log has not named it (yet). */
  nameOr(kind: NameKind, id: string, fallback: string): string;
}

/** Names over a plain lookup: the name where it has one, else the fallback. */
export function namesOver(lookup: (key: string) => string | null | undefined): Names {
  return { nameOr: (kind, id, fallback) => lookup(`${kind}:${id}`) ?? fallback };
}

export const NO_NAMES: Names = namesOver(() => undefined);

export const indikatorKey = (delmalId: string, indikatorId: string) => `${delmalId}/${indikatorId}`;

/** A risk, kontrollmoment or åtgärd of one nämnd's plan for one year: its ids are unique only there. */
export const planPartKey = (organId: string, year: number, id: string) => `${organId}/${year}/${id}`;

/** Names from a map keyed `${kind}:${id}`: what tests build. */
export function namesFrom(map: ReadonlyMap<string, string | null> | Record<string, string>): Names {
  return namesOver(map instanceof Map ? (k) => map.get(k) : (k) => (map as Record<string, string>)[k]);
}

/**
 * The names of one pass over a batch, before the names the batch needs have been read: a name already
 * known (set by an earlier event of the batch, so newer than anything stored) is given at once; any
 * other is given as a placeholder and remembered. Once the projection has read the remembered keys,
 * `resolve` puts each stored name, or the describing function's own fallback, in its placeholder's
 * place. One pass describes each event once: asking first which names a batch needs meant describing
 * every event twice, a tenth of a rebuild.
 */
export class DeferredNames implements Names {
  private readonly pending: { key: string; fallback: string }[] = [];

  constructor(private readonly known: ReadonlyMap<string, string>) {}

  nameOr(kind: NameKind, id: string, fallback: string): string {
    const key = `${kind}:${id}`;
    const name = this.known.get(key);
    if (name !== undefined) return name;
    this.pending.push({ key, fallback });
    // NUL cannot be stored in PostgreSQL text: a placeholder left unresolved would fail the load.
    return `\u0000${this.pending.length - 1}\u0000`;
  }

  /** The keys behind the placeholders handed out so far. */
  asked(): string[] {
    return [...new Set(this.pending.map((p) => p.key))];
  }

  resolve(text: string, stored: ReadonlyMap<string, string>): string {
    if (!text.includes('\u0000')) return text;
    return text.replace(PLACEHOLDER, (_, index: string) => {
      const { key, fallback } = this.pending[Number(index)];
      return stored.get(key) ?? fallback;
    });
  }
}

// NUL on purpose: no stored text can contain it, so a name or a description never looks like one.
// eslint-disable-next-line no-control-regex
const PLACEHOLDER = /\u0000(\d+)\u0000/g;
