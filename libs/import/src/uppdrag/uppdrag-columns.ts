/**
 * The columns of an uppdrag table, whether it came as a sheet (CSV, XLSX, a tab-separated paste) or as
 * text copied out of a printed plan, and the request parameters that stand in for the columns a
 * printed table does not have (who is ansvarig, the plan year, the reporting period, …).
 */
import { type UppdragStatus } from '@sparbar/domain';

export type Column =
  | 'uppdragId'
  | 'status'
  | 'text'
  | 'beskrivning'
  | 'riktasTill'
  | 'samordnare'
  | 'kommentar'
  | 'periodicitet'
  | 'slutdatum'
  | 'periodicitetOchSlutdatum'
  | 'ansvarig'
  | 'givenBy'
  | 'kind'
  | 'planYear'
  | 'beslutsdatum'
  | 'diarienummer'
  | 'paragraf'
  | 'registrerad';

/** The heading each column is written with, as errors name it. */
export const SHEET_HEADINGS: Record<Column, string> = {
  uppdragId: 'Uppdrags-id',
  status: 'Status',
  text: 'Uppdrag',
  beskrivning: 'Beskrivning',
  riktasTill: 'Riktas till',
  samordnare: 'Samordnare',
  kommentar: 'Kommentar',
  periodicitet: 'Periodicitet',
  slutdatum: 'Slutdatum',
  periodicitetOchSlutdatum: 'Periodicitet och slutdatum',
  ansvarig: 'Ansvarig',
  givenBy: 'Givet av',
  kind: 'Ursprung',
  planYear: 'Planår',
  beslutsdatum: 'Beslutsdatum',
  diarienummer: 'Diarienummer',
  paragraf: 'Paragraf',
  registrerad: 'Registrerad',
};

/** What the whole table is about, given once (query parameters of the import); a column wins over it. */
export interface TableParameters {
  /** Organ id or name: who gave the uppdrag ("Uppdrag från nämnd …": the nämnd whose plan it is). */
  givetAv?: string;
  /** Person id of the ansvarig for every uppdrag of the table. */
  ansvarig?: string;
  planar?: string;
  /** Business time of the registrations (ISO 8601 with zone); absent: when written. */
  registrerad?: string;
  /** The period the table's statuses and kommentarer report on: `2023-T1`, `2023-04`. */
  period?: string;
  /** Business time of those reports; absent: when written. */
  rapporterad?: string;
  /**
   * Whose table it is (organ id or name): on an uppdrag directed to several organs, the statuses and
   * kommentarer are that organ's own part, and "Avslutad" closes its part only. Absent: the joint report.
   */
  organ?: string;
  /** The ordning of the table's first row (default 1), for a table that continues another. */
  ordningFran?: string;
}

/** The parameter that stands in for a column, as errors name it. */
export const PARAMETER_OF: Partial<Record<Column, keyof TableParameters>> = {
  givenBy: 'givetAv',
  ansvarig: 'ansvarig',
  planYear: 'planar',
  registrerad: 'registrerad',
};

export const normaliseHeading = (heading: string) =>
  heading
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/:\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();

/** `Månad`, `Tertial`, `Tertial: apr, aug, dec` (the plan's wording) or the API's `manad`/`tertial`. */
export function parsePeriodicitet(text: string): 'manad' | 'tertial' | null {
  const value = normaliseHeading(text);
  if (value === 'manad' || value === 'manadsvis') return 'manad';
  if (value === 'tertial' || /^tertial:? ?apr,? ?aug,? (och )?dec$/.test(value)) return 'tertial';
  return null;
}

/** What a printed status means: a report with a status, or the end of the uppdrag's life. */
export type PrintedStatus =
  { kind: 'rapport'; status: UppdragStatus } | { kind: 'avslutad' } | { kind: 'aterkallad' };

/** The statuses as the tables print them (domain.md; the monthly report's short forms too). */
export function parseStatus(text: string): PrintedStatus | null {
  const value = normaliseHeading(text)
    .replace(/[,.]/g, '')
    .replace(/\s*\/\s*/g, '/');
  if (value === '' || value === 'ej paborjad') return { kind: 'rapport', status: 'ej_paborjad' };
  if (value === 'pagaende enligt plan' || value === 'enligt plan') {
    return { kind: 'rapport', status: 'pagaende_enligt_plan' };
  }
  if (/^(pagaende )?delvis( enligt plan)?$/.test(value)) {
    return { kind: 'rapport', status: 'pagaende_delvis_enligt_plan' };
  }
  if (/^(pagaende )?(ej enligt plan(\/behover stod)?|ej enligt\/behover stod|behover stod)$/.test(value)) {
    return { kind: 'rapport', status: 'pagaende_ej_enligt_plan' };
  }
  if (value === 'avslutad' || value === 'avslutat') return { kind: 'avslutad' };
  if (value === 'inte langre aktuellt' || value === 'aterkallat') return { kind: 'aterkallad' };
  return null;
}
