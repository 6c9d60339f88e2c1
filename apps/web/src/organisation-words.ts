/**
 * The organisation's own bodies by the names its users say: a kommun's pages speak of kommunstyrelsen
 * and kommunfullmäktige, a region's of regionstyrelsen and regionfullmäktige. Told from the organ
 * types the directory holds (a kommun has a kommun's), so the pages need no setting of their own.
 */
import {
  isFullmaktige,
  isOrganisationensStyrelse,
  ORGANISATION_ORD,
  organisationSlagOf,
  type OrganisationSlag,
} from '@sparbar/domain/shared-with-web';

export interface OrganisationWords {
  kind: OrganisationSlag;
  /** `Kommunfullmäktige`, `Regionfullmäktige`. */
  fullmaktige: string;
  /** `Kommunstyrelsen`, `Regionstyrelsen`. */
  styrelsen: string;
  /** `kommundirektören`, `regiondirektören`. */
  direktoren: string;
}

/** From the organs of the page's directory (directory.ts), or any list of them. */
export function organisationWords(directory: { organs: readonly { typ: string }[] }): OrganisationWords {
  const kind = organisationSlagOf(directory.organs.map((o) => o.typ));
  return { kind, ...ORGANISATION_ORD[kind] };
}

/** `Kommunstyrelsen` → `kommunstyrelsens`: the genitive, in running text. */
export function genitive(name: string): string {
  const lower = name.toLocaleLowerCase('sv-SE');
  return /s$/.test(lower) ? lower : `${lower}s`;
}

/**
 * The organ a page opens on for this user: their own organ, unless it is fullmäktige (which reports on
 * nothing itself) or not in the register; otherwise the organisation's styrelse (regionstyrelsen or
 * kommunstyrelsen, whatever its id), else the first active organ. Empty while the register is unread,
 * so a page asks for nothing until it knows which organs this organisation has.
 */
export function defaultOrgan(
  user: { organId: string | null } | null,
  organs: readonly { organId: string; typ: string; active: boolean }[],
): string {
  const active = organs.filter((o) => o.active);
  const own = active.find((o) => o.organId === user?.organId);
  if (own && !isFullmaktige(own.typ)) return own.organId;
  return (active.find((o) => isOrganisationensStyrelse(o.typ)) ?? active[0])?.organId ?? '';
}

/**
 * The organisation's fullmäktige (kommunfullmäktige or regionfullmäktige, whatever its id): who gives
 * uppdrag unless a nämnd does, and whose table the delårsrapport carries. Empty while the register is
 * unread.
 */
export function fullmaktigeOrgan(
  organs: readonly { organId: string; typ: string; active: boolean }[],
): string {
  return organs.find((o) => o.active && isFullmaktige(o.typ))?.organId ?? '';
}
