/** Field changes, old → new, as the audit trail stores them (JSON) and shows them. */
export type FieldChange = { field: string; from: unknown; to: unknown };

export const set = (field: string, to: unknown): FieldChange => ({ field, from: null, to });
export const change = (field: string, from: unknown, to: unknown): FieldChange => ({ field, from, to });

/** Only the fields that differ, for events that replace a group of values (corrections). */
export function differing(from: Record<string, unknown>, to: Record<string, unknown>): FieldChange[] {
  return Object.keys(to)
    .filter((k) => JSON.stringify(from[k]) !== JSON.stringify(to[k]))
    .map((k) => change(k, from[k] ?? null, to[k]));
}

/** What one event means to a human: a sentence, and each field it changed. */
export interface Described {
  description: string;
  changes: FieldChange[];
}
