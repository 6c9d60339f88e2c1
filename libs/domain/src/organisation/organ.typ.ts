/** The kinds of organ in a region's governance (domain.md, "Who governs whom"). */
export const ORGAN_TYPER = ['regionfullmaktige', 'regionstyrelse', 'namnd', 'styrelse', 'beredning'] as const;
export type OrganTyp = (typeof ORGAN_TYPER)[number];

export const ORGAN_TYP_LABELS: Record<OrganTyp, string> = {
  regionfullmaktige: 'Regionfullmäktige',
  regionstyrelse: 'Regionstyrelse',
  namnd: 'Nämnd',
  // E.g. Folkhögskolestyrelsen: a nämnd in law, called styrelse.
  styrelse: 'Styrelse',
  beredning: 'Beredning',
};
