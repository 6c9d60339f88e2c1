/**
 * The statuses an uppdrag is reported with, as the report tables print them. The texts and colours are
 * those of domain.md and the seeds; "Avslutad" and "inte längre aktuellt" are not reported statuses but
 * the end of the uppdrag's life (UppdragClosed, UppdragWithdrawn), so they live in UPPDRAG_LIFECYCLES.
 */
import { type StatusColour } from '../shared/status-colour';

export const UPPDRAG_STATUSES = [
  'ej_paborjad',
  'pagaende_enligt_plan',
  'pagaende_delvis_enligt_plan',
  'pagaende_ej_enligt_plan',
] as const;
export type UppdragStatus = (typeof UPPDRAG_STATUSES)[number];

export type StatusPresentation = {
  label: string;
  /** The monthly report's column header wording ("Enligt plan / Delvis / Ej enligt/behöver stöd"). */
  shortLabel: string;
  /** domain.md gives no colour to Ej påbörjad, so none is invented here. */
  colour: StatusColour | null;
};

export const UPPDRAG_STATUS_PRESENTATION: Record<UppdragStatus, StatusPresentation> = {
  ej_paborjad: { label: 'Ej påbörjad', shortLabel: 'Ej påbörjad', colour: null },
  pagaende_enligt_plan: { label: 'Pågående enligt plan', shortLabel: 'Enligt plan', colour: 'green' },
  pagaende_delvis_enligt_plan: {
    label: 'Pågående, delvis enligt plan',
    shortLabel: 'Delvis',
    colour: 'yellow',
  },
  pagaende_ej_enligt_plan: {
    label: 'Pågående, ej enligt plan / behöver stöd',
    shortLabel: 'Ej enligt/behöver stöd',
    colour: 'red',
  },
};

/** Where an uppdrag is in its life. Only an active uppdrag can be reported on or changed. */
export const UPPDRAG_LIFECYCLES = ['aktivt', 'avslutat', 'aterkallat'] as const;
export type UppdragLifecycle = (typeof UPPDRAG_LIFECYCLES)[number];

export const UPPDRAG_LIFECYCLE_LABELS: Record<UppdragLifecycle, string> = {
  aktivt: 'Aktivt',
  avslutat: 'Avslutad',
  aterkallat: 'Återkallat, inte längre aktuellt',
};

/** Who gave the uppdrag: fullmäktige in its regionplan, or a nämnd to its own beredningar. */
export const UPPDRAG_ORIGIN_KINDS = ['fullmaktige', 'namnd'] as const;
export type UppdragOriginKind = (typeof UPPDRAG_ORIGIN_KINDS)[number];

export const UPPDRAG_ORIGIN_LABELS: Record<UppdragOriginKind, string> = {
  fullmaktige: 'Uppdrag från fullmäktige',
  namnd: 'Uppdrag från nämnd',
};
