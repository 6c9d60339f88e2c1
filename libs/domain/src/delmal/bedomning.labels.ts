/** How bedömningar read in the reports ("Målvärdet uppfylls delvis", "Mål kommer delvis uppfyllas"). */
import { type StatusColour } from '../shared/status-colour';
import { type Bedomning, type Riktning } from './bedomning';

export type BedomningPresentation = { label: string; colour: StatusColour | null };

/** Seed 002, "Bedömning av indikator": green, yellow, red; an indikator without bedömning has no colour. */
export const INDIKATOR_BEDOMNING_PRESENTATION: Record<Bedomning, BedomningPresentation> = {
  helt: { label: 'Målvärdet uppfylls helt', colour: 'green' },
  delvis: { label: 'Målvärdet uppfylls delvis', colour: 'yellow' },
  inte: { label: 'Målvärdet uppfylls inte', colour: 'red' },
  saknas: { label: 'Saknar bedömning', colour: null },
};

/** Seed 002, "Bedömning av mål": the same colours, for a judgement rather than a formula. */
export const DELMAL_BEDOMNING_PRESENTATION: Record<Bedomning, BedomningPresentation> = {
  helt: { label: 'Målet uppfylls helt', colour: 'green' },
  delvis: { label: 'Målet uppfylls delvis', colour: 'yellow' },
  inte: { label: 'Målet uppfylls inte', colour: 'red' },
  saknas: { label: 'Saknar bedömning', colour: null },
};

/** The forecast for year end, worded as the reports do ("Mål kommer delvis uppfyllas"). */
export const PROGNOS_LABELS: Record<Bedomning, string> = {
  helt: 'Mål kommer uppfyllas',
  delvis: 'Mål kommer delvis uppfyllas',
  inte: 'Mål kommer inte uppfyllas',
  saknas: 'Prognos saknas',
};

export const RIKTNING_LABELS: Record<Riktning, string> = {
  higher_is_better: 'Högre är bättre',
  lower_is_better: 'Lägre är bättre',
};

/** "Svar saknas" is how the plans print an indikator without målvärde or utfall. */
export const SVAR_SAKNAS = 'Svar saknas';
