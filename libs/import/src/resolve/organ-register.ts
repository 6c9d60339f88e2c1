/**
 * Organ names as a plan prints them, resolved against the organ register: the id (`hsn`), the kortnamn
 * (`HSN`) or the name in any of the forms the documents use — "hälso- och sjukvårdsnämnden",
 * "Regionstyrelsen", "beredningen för kompetensförsörjning", "beredning folkhälsa" (the heading's
 * wording of "Beredningen för folkhälsa"), "demokratiberedning".
 *
 * Two names are the same when their words are, after dropping "för" and the Swedish definite ending
 * (nämnden → nämnd, styrelsen → styrelse, beredningen → beredning). That is all the latitude there is:
 * a name that matches no organ, or several, is not guessed but named back to the person importing.
 */

import { isFullmaktige, isOrganisationensStyrelse } from '@sparbar/domain';

export interface RegisteredOrgan {
  organId: string;
  namn: string;
  kortnamn: string;
  typ: string;
  active: boolean;
}

export type OrganMatch = { ok: true; organ: RegisteredOrgan } | { ok: false; reason: string };

const FILLER = new Set(['för']);

export function normaliseName(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u00a0\s]+/g, ' ')
    .replace(/^[\s"'”“(]+|[\s"'”“).,:;]+$/g, '');
}

/** "nämnden" → "nämnd", "styrelsen"/"styrelse" → "styrels": one key for the forms of a word. */
function stem(word: string): string {
  return word.length > 4 ? word.replace(/(en|n|e)$/, '') : word;
}

export function nameKey(text: string): string {
  return normaliseName(text)
    .split(' ')
    .filter((word) => word !== '' && !FILLER.has(word))
    .map(stem)
    .join(' ');
}

export class OrganRegister {
  private readonly byKey = new Map<string, RegisteredOrgan[]>();

  constructor(readonly organs: readonly RegisteredOrgan[]) {
    for (const organ of organs) {
      const keys = new Set([
        normaliseName(organ.organId),
        normaliseName(organ.kortnamn),
        normaliseName(organ.namn),
        nameKey(organ.namn),
      ]);
      for (const key of keys) this.byKey.set(key, [...(this.byKey.get(key) ?? []), organ]);
    }
  }

  byId(organId: string): RegisteredOrgan | undefined {
    return this.organs.find((o) => o.organId === organId);
  }

  /** The organ the name means; an active organ wins over a deactivated one of the same name. */
  resolve(name: string): OrganMatch {
    const text = normaliseName(name);
    if (text === '') return { ok: false, reason: 'Inget organ angivet.' };
    // "Fullmäktige", "regionfullmäktige", "kommunfullmäktige": the organisation's one fullmäktige.
    if (/^(region|kommun)?fullmäktige$/.test(text)) {
      const rf = this.organs.filter((o) => isFullmaktige(o.typ));
      if (rf.length === 1) return { ok: true, organ: rf[0] };
    }
    const found = this.byKey.get(text) ?? this.byKey.get(nameKey(text)) ?? [];
    const candidates = found.some((o) => o.active) ? found.filter((o) => o.active) : found;
    const distinct = [...new Map(candidates.map((o) => [o.organId, o])).values()];
    if (distinct.length === 1) return { ok: true, organ: distinct[0] };
    if (distinct.length > 1) {
      return {
        ok: false,
        reason: `"${name.trim()}" kan vara flera organ (${distinct.map((o) => o.organId).join(', ')}); skriv organets id.`,
      };
    }
    return { ok: false, reason: `"${name.trim()}" finns inte i organregistret.` };
  }

  /** "Alla nämnder": region- or kommunstyrelsen, the nämnder and the styrelser that are active. */
  allaNamnder(): RegisteredOrgan[] {
    return this.organs.filter(
      (o) => o.active && (isOrganisationensStyrelse(o.typ) || o.typ === 'namnd' || o.typ === 'styrelse'),
    );
  }
}
