/**
 * Stream names, one stream per aggregate instance, and the deliveries of reminders: every builder and
 * parser of a stream name is here, so no other code spells a prefix. Projections reading the global
 * log recognise an aggregate by the prefix, so a prefix is never changed once events are stored under it.
 */
import { type ReminderItemKind } from '../paminnelse/paminnelse.events';

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

/**
 * A nämnd's adoption (fastställande) of its report for one period, and regionstyrelsen's and
 * fullmäktige's handling of it: `faststallelse-hsn-2023-T1`. Not in STREAM_PREFIXES, so not a category
 * of parseStreamName: its events carry organ and period, and the audit trail files them under the organ.
 */
export const FASTSTALLELSE_STREAM_PREFIX = 'faststallelse-';

export const faststallelseStream = (organId: string, period: string): string =>
  `${FASTSTALLELSE_STREAM_PREFIX}${organId}-${period}`;

/**
 * The deliveries of reminders: not an aggregate's stream (a delivery is no change to its item), so not
 * in STREAM_PREFIXES and not a category of parseStreamName.
 */
export const PAMINNELSE_STREAM_PREFIX = 'paminnelse-';

/** The deliveries about one uppdrag. Its own stream: a reminder is no change to the uppdrag. */
export const paminnelseStream = (uppdragId: string): string => PAMINNELSE_STREAM_PREFIX + uppdragId;

/**
 * The deliveries about one item. An uppdrag's stream is as it always was (old logs still read); the
 * others name their kind after the prefix — `paminnelse-delmal.<id>`, `paminnelse-uppsikt.<id>`,
 * `paminnelse-internkontroll.<planId>` (a kontrollmoment's and an åtgärd's deliveries are in their plan's
 * stream, so pass the plan's id for those). An id never holds '.', so no uppdrag id (`delmal-x` is a valid
 * one) can name the same stream, and the prefix still tells readers of the log that it is a delivery.
 */
export function paminnelseStreamOf(itemKind: ReminderItemKind, itemId: string): string {
  const kind = STREAM_KIND_OF[itemKind];
  return kind === null ? paminnelseStream(itemId) : `${PAMINNELSE_STREAM_PREFIX}${kind}.${itemId}`;
}

/** The word after `paminnelse-` in a delivery stream's name; null for the uppdrag's (none). */
const STREAM_KIND_OF: Record<ReminderItemKind, string | null> = {
  uppdrag: null,
  delmal: 'delmal',
  uppsiktsarende: 'uppsikt',
  kontrollmoment: 'internkontroll',
  atgard: 'internkontroll',
};

/**
 * The item whose deliveries a stream holds, or null when it is no delivery stream. For
 * `kontrollmoment` the id is the plan's (`hsn-2023`): the stream holds all of the plan's, its
 * åtgärders' too.
 */
export function parsePaminnelseStream(stream: string): { itemKind: ReminderItemKind; itemId: string } | null {
  if (!stream.startsWith(PAMINNELSE_STREAM_PREFIX)) return null;
  const rest = stream.slice(PAMINNELSE_STREAM_PREFIX.length);
  const dot = rest.indexOf('.');
  const word = dot < 0 ? null : rest.slice(0, dot);
  const kind = (Object.keys(STREAM_KIND_OF) as ReminderItemKind[]).find((k) => STREAM_KIND_OF[k] === word);
  const [itemKind, id] = word !== null && kind ? [kind, rest.slice(dot + 1)] : ['uppdrag' as const, rest];
  return id === '' || id.includes('.') ? null : { itemKind, itemId: id };
}
