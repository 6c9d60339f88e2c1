/**
 * Reads a state map by a key that came from a command. Plain `record[key]` would find inherited
 * properties: an indikator with the id "constructor" would seem to exist already.
 */
export function lookup<V>(record: Record<string, V>, key: string): V | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
