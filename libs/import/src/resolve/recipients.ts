/**
 * The "Riktas till" sentence as the plans print it, resolved to the organs it names:
 *
 * - "Riktas till hälso- och sjukvårdsnämnden samt regionstyrelsen" → [hsn, rs]
 * - "Uppdraget riktas till alla nämnder med särskilt uppdrag till regionstyrelsen att samordna"
 *   → every active nämnd and styrelse, samordnare rs
 * - "Riktas till beredningen för kompetensförsörjning" → [beredning-kompetensforsorjning]
 * - the sheet's ids or short names: "hsn, rs", "HSN samt RS"
 *
 * Names are separated by a comma, "samt" or "och" — but "och" is also inside names ("Hälso- och
 * sjukvårdsnämnden"), so the parts between the "och"s are joined back wherever that makes a name.
 */
import { normaliseName, type OrganRegister, type RegisteredOrgan } from './organ-register';

export type RecipientsResolution =
  | { ok: true; riktasTill: RegisteredOrgan[]; samordnare: RegisteredOrgan | null }
  | { ok: false; reason: string };

const PREFIX = /^(uppdraget\s+)?riktas\s+(endast\s+)?till\s+/;
const ALLA = /^(alla|samtliga)\s+(nämnder|styrelser)(\s*(och|samt|,|\/)\s*(nämnder|styrelser))?$/;
// To the end: words after "att samordna" are not part of the sentence (a kommentar run on, say).
const SAMORDNING = [
  /^(.*?)[\s,]+med\s+(ett\s+)?särskilt\s+uppdrag\s+till\s+(?<organ>.+?)\s+att\s+samordna(\s+(arbetet|uppdraget))?$/,
  /^(.*?)[\s,]+(där|med)\s+(?<organ>.+?)\s+som\s+samordna(re|nde)$/,
];

export function resolveRecipients(sentence: string, register: OrganRegister): RecipientsResolution {
  let text = normaliseName(sentence).replace(PREFIX, '');
  let samordnare: RegisteredOrgan | null = null;
  for (const pattern of SAMORDNING) {
    const match = pattern.exec(text);
    if (!match) continue;
    const organ = register.resolve(match.groups!.organ);
    if (!organ.ok) return { ok: false, reason: `Samordnare: ${organ.reason}` };
    samordnare = organ.organ;
    text = match[1];
    break;
  }
  if (text === '') return { ok: false, reason: 'Ingen mottagare angiven.' };

  let riktasTill: RegisteredOrgan[];
  if (ALLA.test(text)) {
    riktasTill = register.allaNamnder();
    if (riktasTill.length === 0) return { ok: false, reason: 'Organregistret har inga nämnder.' };
  } else {
    const resolved: RegisteredOrgan[] = [];
    for (const part of text.split(/\s*,\s*|\s+samt\s+/).filter((p) => p !== '')) {
      const organs = resolveJoinedByOch(part, register);
      if (!organs.ok) return organs;
      resolved.push(...organs.organs);
    }
    riktasTill = [...new Map(resolved.map((o) => [o.organId, o])).values()];
  }
  if (samordnare && !riktasTill.some((o) => o.organId === samordnare.organId)) {
    riktasTill = [...riktasTill, samordnare];
  }
  return { ok: true, riktasTill, samordnare };
}

/**
 * "hälso- och sjukvårdsnämnden och regionstyrelsen": the fewest names the "och"-separated pieces can
 * be grouped into, every group a registered organ.
 */
function resolveJoinedByOch(
  part: string,
  register: OrganRegister,
): { ok: true; organs: RegisteredOrgan[] } | { ok: false; reason: string } {
  const whole = register.resolve(part);
  if (whole.ok) return { ok: true, organs: [whole.organ] };
  const pieces = part.split(/\s+och\s+/);
  if (pieces.length === 1) return whole;
  // best[i]: the fewest organs that pieces[0..i) can be read as (null: cannot).
  const best: (RegisteredOrgan[] | null)[] = [[], ...pieces.map(() => null)];
  for (let end = 1; end <= pieces.length; end++) {
    for (let start = 0; start < end; start++) {
      const before = best[start];
      if (!before) continue;
      const organ = register.resolve(pieces.slice(start, end).join(' och '));
      if (organ.ok && (!best[end] || best[end]!.length > before.length + 1)) {
        best[end] = [...before, organ.organ];
      }
    }
  }
  const found = best[pieces.length];
  if (found) return { ok: true, organs: found };
  // Name the piece no reading could use; a piece like "hälso-" is only half a name, so then the whole.
  const unknown = pieces.find((piece) => !piece.endsWith('-') && !register.resolve(piece).ok);
  return unknown === undefined ? whole : (register.resolve(unknown) as { ok: false; reason: string });
}
