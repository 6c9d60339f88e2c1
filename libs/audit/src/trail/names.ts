/**
 * The little context the audit trail needs beyond the event itself: display names (persons, organs,
 * indikatorer) and the organs an item concerns, both as of that point in the log. The projection keeps
 * them in state tables; the describing functions only ever see this read interface, so they stay pure.
 */
export type NameKind = 'person' | 'organ' | 'indikator' | 'risk' | 'kontrollmoment' | 'atgard';

export interface Names {
  /** The display name, or undefined when the log has not named it (yet). */
  name(kind: NameKind, id: string): string | undefined;
}

export const NO_NAMES: Names = { name: () => undefined };

export const indikatorKey = (delmalId: string, indikatorId: string) => `${delmalId}/${indikatorId}`;

/** A risk, kontrollmoment or åtgärd of one nämnd's plan for one year: its ids are unique only there. */
export const planPartKey = (organId: string, year: number, id: string) => `${organId}/${year}/${id}`;

/** Names from a map keyed `${kind}:${id}`: what the projection loads per batch, and what tests build. */
export function namesFrom(map: ReadonlyMap<string, string | null> | Record<string, string>): Names {
  const get =
    map instanceof Map
      ? (k: string) => map.get(k) ?? undefined
      : (k: string) => (map as Record<string, string>)[k];
  return { name: (kind, id) => get(`${kind}:${id}`) };
}

/** Records every name a describing function asks for: the projection prefetches exactly those. */
export function recordingNames(asked: Set<string>): Names {
  return {
    name: (kind, id) => {
      asked.add(`${kind}:${id}`);
      return undefined;
    },
  };
}
