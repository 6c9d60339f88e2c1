/**
 * What no page and no document may show: ids and stored keys where a name or a Swedish word belongs.
 * UUIDs, person ids (`person-sara`), organ ids as words of their own (`hsn`, `rs`,
 * `regionfullmaktige`), and keys in snake_case or camelCase (`higher_is_better`, `planYear`,
 * `organId`). Used by the browser walk (apps/web/test/id-scan.e2e.spec.ts) and the document scans in
 * apps/api/test (rapporter, granskning-paket, granskning-sok: every format a user downloads).
 */

export interface Organ {
  organId: string;
  namn: string;
}

const lowerName = (organs: readonly Organ[], id: string) =>
  organs.find((o) => o.organId === id)?.namn.toLowerCase();

/** One thing found: the pattern's name and the text around it, so a failure says where to look. */
export interface IdFinding {
  kind: string;
  match: string;
  context: string;
}

const PATTERNS: [kind: string, pattern: RegExp][] = [
  ['UUID', /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi],
  ['person id', /\bperson-[a-z0-9][a-z0-9_-]*/g],
  // What Spårbar did itself (reminders, the demo data) is named so, not by its actor id.
  ['system actor id', /\bsystem-[a-z0-9][a-z0-9_-]*/g],
  ['snake_case key', /(?<![\w@./-])[a-z]+(?:_[a-z]+)+(?![\w@./-])/g],
  ['camelCase key', /(?<![\w@./-])[a-z]+[A-Z][A-Za-z]*(?![\w@./-])/g],
  // An event's type (`RiskReassessed`, `UppdragRegistered`) where its meaning in words belongs.
  ['event type', /(?<![\w@./-])(?:[A-Z][a-z]+){2,}(?![\w@./-])/g],
];

/**
 * Shown on purpose, the whole allow-list, each for its reason:
 * - e-mail addresses, as the person wrote them (a test's people are `person-…@example.se`);
 * - an organ whose id is its name in lower case (`demokratiberedningen`): the report's sentence
 *   "Riktas till demokratiberedningen" names it, in the lower case Swedish prose uses.
 * A diarienummer ("RS 1234-2022") is shown too, and matches none of the patterns.
 *
 * Everything in `text` that looks like an id or a key. `organs`: the register (GET /api/organs);
 * `itemIds`: ids the test gave its own items (an uppdrag, an ärende), which must not show either.
 */
export function findIds(
  text: string,
  { organs, itemIds = [] }: { organs: readonly Organ[]; itemIds?: readonly string[] },
): IdFinding[] {
  // The allow-list above: organs named by their own id in lower case, and e-mail addresses.
  const organIds = organs.map((o) => o.organId).filter((id) => id !== lowerName(organs, id));
  text = text.replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, '<e-post>');
  const found: IdFinding[] = [];
  const at = (match: RegExpMatchArray) =>
    text.slice(Math.max(0, match.index! - 40), match.index! + match[0].length + 40).replace(/\s+/g, ' ');
  for (const [kind, pattern] of PATTERNS)
    for (const match of text.matchAll(pattern)) found.push({ kind, match: match[0], context: at(match) });
  // An organ id as a word of its own, in lower case as the register stores it (names are capitalised).
  for (const id of organIds) {
    const word = new RegExp(`(?<![\\wåäöÅÄÖ@./-])${id.replace(/[-]/g, '\\-')}(?![\\wåäöÅÄÖ@./-])`, 'g');
    for (const match of text.matchAll(word))
      found.push({ kind: 'organ id', match: match[0], context: at(match) });
  }
  for (const id of itemIds) {
    let index = text.indexOf(id);
    while (index >= 0) {
      found.push({
        kind: 'item id',
        match: id,
        context: text.slice(Math.max(0, index - 40), index + id.length + 40),
      });
      index = text.indexOf(id, index + id.length);
    }
  }
  return found;
}
