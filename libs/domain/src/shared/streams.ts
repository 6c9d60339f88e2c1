/**
 * Stream names, one stream per aggregate instance. Projections reading the global log recognise an
 * aggregate by the prefix, so a prefix is never changed once events are stored under it.
 */
export const STREAM_PREFIXES = {
  uppdrag: 'uppdrag-',
  delmal: 'delmal-',
  organ: 'organ-',
  person: 'person-',
  uppsiktsarende: 'uppsikt-',
  internkontrollplan: 'internkontroll-',
} as const;

export type StreamCategory = keyof typeof STREAM_PREFIXES;

export const uppdragStream = (uppdragId: string): string => STREAM_PREFIXES.uppdrag + uppdragId;
export const delmalStream = (delmalId: string): string => STREAM_PREFIXES.delmal + delmalId;
export const organStream = (organId: string): string => STREAM_PREFIXES.organ + organId;
export const personStream = (personId: string): string => STREAM_PREFIXES.person + personId;

// Worked out once: projections ask for the category of every event of the log.
const PREFIX_ENTRIES = Object.entries(STREAM_PREFIXES) as [StreamCategory, string][];

/** The category and id of a stream name, or null when it is not one of ours. */
export function parseStreamName(stream: string): { category: StreamCategory; id: string } | null {
  for (const [category, prefix] of PREFIX_ENTRIES) {
    if (stream.startsWith(prefix) && stream.length > prefix.length) {
      return { category, id: stream.slice(prefix.length) };
    }
  }
  return null;
}

/**
 * Uppsiktsärenden and internkontrollplaner: also in STREAM_PREFIXES now that the audit trail
 * describes them and files them by organ; kept under this name for the code that reads it.
 */
export const OVERSIGHT_STREAM_PREFIXES = {
  uppsiktsarende: STREAM_PREFIXES.uppsiktsarende,
  internkontrollplan: STREAM_PREFIXES.internkontrollplan,
} as const;

export const uppsiktsarendeStream = (arendeId: string): string =>
  OVERSIGHT_STREAM_PREFIXES.uppsiktsarende + arendeId;

/** One plan per nämnd and year: `internkontroll-hsn-2023`. */
export const internkontrollplanStream = (organId: string, year: number): string =>
  `${OVERSIGHT_STREAM_PREFIXES.internkontrollplan}${organId}-${year}`;
