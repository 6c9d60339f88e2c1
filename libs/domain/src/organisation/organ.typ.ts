/**
 * The kinds of organ in a region's or a kommun's governance (domain.md, "Who governs whom"). A region
 * has regionfullmäktige and regionstyrelse, a kommun kommunfullmäktige and kommunstyrelse (kommunallagen
 * 5 kap. and 6 kap.); both have nämnder (some called styrelse) and fullmäktigeberedningar, and a kommun
 * its bolag, which get ägardirektiv (uppdrag) from fullmäktige.
 */
export const ORGAN_TYPER = [
  'regionfullmaktige',
  'regionstyrelse',
  'namnd',
  'styrelse',
  'beredning',
  'kommunfullmaktige',
  'kommunstyrelse',
  'bolag',
] as const;
export type OrganTyp = (typeof ORGAN_TYPER)[number];

export const ORGAN_TYP_LABELS: Record<OrganTyp, string> = {
  regionfullmaktige: 'Regionfullmäktige',
  regionstyrelse: 'Regionstyrelse',
  namnd: 'Nämnd',
  // E.g. Folkhögskolestyrelsen: a nämnd in law, called styrelse.
  styrelse: 'Styrelse',
  beredning: 'Beredning',
  kommunfullmaktige: 'Kommunfullmäktige',
  kommunstyrelse: 'Kommunstyrelse',
  // A kommunalt bolag (aktiebolag the kommun owns), steered by fullmäktige's ägardirektiv.
  bolag: 'Bolag',
};

/** What kind of organisation an installation (or a tenant of a shared one) is. */
export const ORGANISATION_SLAG = ['region', 'kommun'] as const;
export type OrganisationSlag = (typeof ORGANISATION_SLAG)[number];

export const ORGANISATION_SLAG_LABELS: Record<OrganisationSlag, string> = {
  region: 'Region',
  kommun: 'Kommun',
};

/** The organ types each kind of organisation has. */
export const ORGAN_TYPER_FOR: Record<OrganisationSlag, readonly OrganTyp[]> = {
  region: ['regionfullmaktige', 'regionstyrelse', 'namnd', 'styrelse', 'beredning'],
  kommun: ['kommunfullmaktige', 'kommunstyrelse', 'namnd', 'styrelse', 'beredning', 'bolag'],
};

/** Fullmäktige, of a region or a kommun: the organisation's highest decision-making body. */
export function isFullmaktige(typ: string): boolean {
  return typ === 'regionfullmaktige' || typ === 'kommunfullmaktige';
}

/** Region- or kommunstyrelsen: the organisation's styrelse, with uppsikt over the other organs. */
export function isOrganisationensStyrelse(typ: string): boolean {
  return typ === 'regionstyrelse' || typ === 'kommunstyrelse';
}

/** What users call the organisation's own bodies and its top official, by kind of organisation. */
export const ORGANISATION_ORD: Record<
  OrganisationSlag,
  { fullmaktige: string; styrelsen: string; direktoren: string }
> = {
  region: { fullmaktige: 'Regionfullmäktige', styrelsen: 'Regionstyrelsen', direktoren: 'regiondirektören' },
  kommun: { fullmaktige: 'Kommunfullmäktige', styrelsen: 'Kommunstyrelsen', direktoren: 'kommundirektören' },
};

/**
 * The kind of organisation its organs show: a kommun's types (kommunfullmäktige, kommunstyrelse, bolag)
 * make it a kommun; anything else, or nothing yet, a region (what an installation was before kinds).
 */
export function organisationSlagOf(typer: Iterable<string>): OrganisationSlag {
  const kommunens = new Set<string>(['kommunfullmaktige', 'kommunstyrelse', 'bolag']);
  for (const typ of typer) if (kommunens.has(typ)) return 'kommun';
  return 'region';
}

/** The organ types that have plans of their own (delmål, internkontrollplan): styrelser and nämnder. */
export const TYPER_MED_PLAN: readonly OrganTyp[] = ['regionstyrelse', 'kommunstyrelse', 'namnd', 'styrelse'];
