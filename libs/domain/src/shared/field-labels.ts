/**
 * Field names as a user says them: the history, the audit trail and a refused request name a field
 * in Swedish, never by its key (`ansvarigPersonId`, `planYear`). A request path such as
 * `origin.givenBy` or `riktasTill[1]` reads "Beslut, beslutat av" and "Riktas till (nr 2)".
 */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  text: 'Text',
  beskrivning: 'Beskrivning',
  riktasTill: 'Riktas till',
  samordnare: 'Samordnare',
  periodicitet: 'Periodicitet',
  slutdatum: 'Slutdatum',
  ansvarig: 'Ansvarig',
  ansvarigPersonId: 'Ansvarig',
  organ: 'Organ',
  organId: 'Organ',
  avslutadDel: 'Avslutad del',
  origin: 'Beslut',
  givenBy: 'Beslutat av',
  givetAv: 'Givet av',
  kind: 'Slag',
  beslutsdatum: 'Beslutsdatum',
  diarienummer: 'Diarienummer',
  paragraf: 'Paragraf',
  planYear: 'Planår',
  planar: 'Planår',
  ordning: 'Ordning',
  status: 'Status',
  kommentar: 'Kommentar',
  reason: 'Skäl',
  period: 'Period',
  occurredAt: 'Gällande från',
  recordedAt: 'Sparat',
  asOf: 'Per datum',
  bedomning: 'Bedömning',
  prognos: 'Prognos',
  malvarde: 'Målvärde',
  utfall: 'Utfall',
  kvot: 'Andel av målvärdet',
  baseline: 'Utgångsvärde',
  riktning: 'Riktning',
  namn: 'Namn',
  enhet: 'Enhet',
  regionmal: 'Regionmål',
  lifecycle: 'Läge',
  closed: 'Avslutat',
  active: 'Aktiv',
  kortnamn: 'Kortnamn',
  typ: 'Typ',
  parentOrganId: 'Hör till',
  epost: 'E-post',
  roles: 'Roller',
  person: 'Person',
  personId: 'Person',
  uppdragId: 'Uppdrag',
  delmalId: 'Delmål',
  indikatorId: 'Indikator',
  arendeId: 'Ärende',
  atgardId: 'Åtgärd',
  riskId: 'Risk',
  kontrollmomentId: 'Kontrollmoment',
  item: 'Gäller',
  dueDate: 'Senast',
  svar: 'Svar',
  conclusion: 'Slutsats',
  riskvarde: 'Riskvärde',
  riskbedomning: 'Riskbedömning',
  sannolikhet: 'Sannolikhet',
  konsekvens: 'Konsekvens',
  vad: 'Vad',
  hur: 'Hur',
  vem: 'Vem',
  frekvens: 'Frekvens',
  adoptedOn: 'Fastställd',
  resultat: 'Resultat',
  deliveryState: 'Utskick',
  value: 'Värde',
  year: 'År',
  from: 'Från',
  to: 'Till',
  q: 'Sökord',
  format: 'Format',
  limit: 'Antal',
  cursor: 'Fortsättning',
  time: 'Tid',
  cutoffDate: 'Underlag till och med',
  auditorMandate: 'Revisorns uppdrag',
  validFrom: 'Gäller från',
  validTo: 'Gäller till och med',
  body: 'Innehållet',
};

/** A field's Swedish name; an unknown key as lower-case words without "id", never camelCase. */
export function fieldLabel(field: string): string {
  const known = FIELD_LABELS[field];
  if (known) return known;
  const words = field
    .replace(/Id$/, '')
    .replace(/([a-zåäö])([A-ZÅÄÖ])/g, '$1 $2')
    .replace(/_/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A request field's path in words: `origin.givenBy` → "Beslut, beslutat av"; `riktasTill[1]` → "Riktas till (nr 2)". */
export function fieldPathLabel(path: string): string {
  return path
    .split('.')
    .map((segment, i) => {
      const [, name, index] = /^([^[]*)((?:\[\d+\])*)$/.exec(segment) ?? [segment, segment, ''];
      const label = fieldLabel(name);
      const numbers = [...index.matchAll(/\[(\d+)\]/g)].map((m) => ` (nr ${Number(m[1]) + 1})`).join('');
      return `${i === 0 ? label : label.toLowerCase()}${numbers}`;
    })
    .join(', ');
}

/**
 * The work Spårbar does itself (reminders, the demo data, the development register) is recorded under
 * actor ids of its own (`system-paminnelser`): shown as what did it, never as the id.
 */
const SYSTEM_ACTORS: Readonly<Record<string, string>> = {
  'system-paminnelser': 'Spårbar (påminnelser)',
  'system-demo': 'Spårbar (demodata)',
  'system-dev-seed': 'Spårbar (demoregistret)',
};

/** A system actor's name in words, or null for a person. */
export function systemActorName(personId: string): string | null {
  return SYSTEM_ACTORS[personId] ?? (personId.startsWith('system-') ? 'Spårbar' : null);
}
