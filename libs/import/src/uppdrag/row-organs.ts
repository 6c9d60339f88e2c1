/**
 * The organs of one table row: whom it is directed to (the Riktas till column, the sentence inside the
 * Uppdrag cell, or the section heading), its samordnare, and who gave it (the Givet av column, the
 * section heading "Uppdrag från fullmäktige …", or the parameter givetAv) with the origin that follows.
 * Every name is resolved against the organ register; what does not resolve is refused by name.
 */
import { isFullmaktige } from '@sparbar/domain';
import { type OrganRegister, type RegisteredOrgan } from '../resolve/organ-register';
import { resolveRecipients } from '../resolve/recipients';
import { type OrganRef, type TableContext, type UppdragRecord } from './row-types';
import { type Column, normaliseHeading } from './uppdrag-columns';

export interface RowOrgans {
  /** The uppdrag's text, without a "Riktas till …" sentence the cell held too. */
  text: string;
  /** The kommentar: the column's, or what ran on after the sentence in a pasted copy. */
  kommentar: string;
  riktasTill: OrganRef[];
  samordnare: OrganRef | null;
  givenBy: OrganRef | null;
  kind: 'fullmaktige' | 'namnd' | null;
}

const RIKTAS = /(^|\s)((?:uppdraget\s+)?riktas\s+(?:endast\s+)?till\s)/i;
/** A heading's "till nämnd" / "från nämnd": no particular organ. */
const GENERIC = /^(nämnd|nämnden|nämnder|styrelse|styrelsen|styrelser|nämnder och styrelser)$/i;

export function resolveRowOrgans(
  record: UppdragRecord,
  context: TableContext,
  cell: (column: Column) => string,
  refuse: (column: Column, reason: string) => void,
): RowOrgans {
  const { register } = context;
  const organ = (name: string, column: Column): OrganRef | null => {
    if (!register) return { organId: name, namn: name };
    const found = register.resolve(name);
    if (found.ok) return ref(found.organ);
    refuse(column, found.reason);
    return null;
  };

  let text = cell('text');
  let kommentar = cell('kommentar');
  let riktasText = cell('riktasTill');
  const inText = RIKTAS.exec(text);
  if (inText && (riktasText === '' || !context.columns.has('riktasTill'))) {
    riktasText = text.slice(inText.index + inText[1].length);
    text = text.slice(0, inText.index + inText[1].length).trim();
  }
  if (riktasText === '' && record.section && !GENERIC.test(record.section.to.trim())) {
    riktasText = record.section.to;
  }
  let riktasTill: OrganRef[] = [];
  let samordnare: OrganRef | null = null;
  if (riktasText === '') {
    refuse('riktasTill', 'Ange vem uppdraget riktas till ("Riktas till …").');
  } else if (register) {
    let resolved = resolveRecipients(riktasText, register);
    const split = resolved.ok || kommentar !== '' ? null : splitSentence(riktasText, register);
    if (split) {
      resolved = split.resolved;
      kommentar = split.rest;
    }
    if (resolved.ok) {
      riktasTill = resolved.riktasTill.map(ref);
      samordnare = resolved.samordnare && ref(resolved.samordnare);
    } else refuse('riktasTill', resolved.reason);
  } else {
    riktasTill = riktasText
      .split(/\s*,\s*|\s+samt\s+/)
      .filter((id) => id !== '')
      .map((id) => ({ organId: id, namn: id }));
  }
  if (cell('samordnare') !== '') {
    const named = organ(cell('samordnare'), 'samordnare');
    if (named && samordnare && named.organId !== samordnare.organId) {
      refuse('samordnare', `"Riktas till" säger att ${samordnare.namn} samordnar.`);
    } else if (named) samordnare = named;
  }

  const section = record.section?.from.trim() ?? '';
  const giverName =
    cell('givenBy') ||
    (section !== '' && !GENERIC.test(section) ? section : '') ||
    (context.parameters?.givetAv ?? '');
  const givenBy = giverName === '' ? null : organ(giverName, 'givenBy');
  if (giverName === '') {
    refuse('givenBy', 'Ange vem som gav uppdraget (kolumnen Givet av eller parametern givetAv).');
  }

  // The origin follows from the giver: fullmäktige's uppdrag, or a nämnd's to its beredningar.
  const kindText = normaliseHeading(cell('kind'));
  const giverTyp = givenBy && register?.byId(givenBy.organId)?.typ;
  let kind: RowOrgans['kind'] = null;
  if (kindText === 'fullmaktige' || kindText === 'namnd') kind = kindText;
  else if (kindText === '' && giverTyp) kind = isFullmaktige(giverTyp) ? 'fullmaktige' : 'namnd';
  else if (givenBy) refuse('kind', 'Ursprunget ska vara "fullmäktige" eller "nämnd".');

  return { text, kommentar, riktasTill, samordnare, givenBy, kind };
}

/**
 * A copy that lost the blank line between the sentence and the kommentar ("Riktas till regionstyrelsen
 * Uppdraget är påbörjat …"): the longest start that resolves, ending before a capital letter, is the
 * sentence; the rest is the kommentar.
 */
function splitSentence(
  sentence: string,
  register: OrganRegister,
): { resolved: ReturnType<typeof resolveRecipients>; rest: string } | null {
  const words = sentence.trim().split(/\s+/);
  for (let i = words.length - 1; i > 0; i--) {
    if (!/^[A-ZÅÄÖ]/.test(words[i])) continue;
    const resolved = resolveRecipients(words.slice(0, i).join(' '), register);
    if (resolved.ok) return { resolved, rest: words.slice(i).join(' ') };
  }
  return null;
}

const ref = (organ: RegisteredOrgan): OrganRef => ({ organId: organ.organId, namn: organ.namn });
