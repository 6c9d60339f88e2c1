/**
 * A changed field in words, for the history and the audit trail: the field's Swedish name, and its
 * value with organs and people by name and every stored key (`higher_is_better`, `fullmaktige`,
 * `utan_anmarkning`) as the word a user says. Nothing here shows an id or an English key.
 */
import {
  ATGARD_STATUS_LABELS,
  fieldLabel,
  fieldPathLabel,
  FREKVENS_LABELS,
  KONTROLLRESULTAT_LABELS,
  ORGAN_TYP_LABELS,
  RIKTNING_LABELS,
  UPPDRAG_LIFECYCLE_LABELS,
  UPPDRAG_ORIGIN_LABELS,
  UPPSIKTSARENDE_KIND_LABELS,
} from '@sparbar/domain/shared-with-web';
import { type Directory } from './directory';
import {
  BEDOMNING_LABELS,
  dateLabel,
  PERIODICITET_LABELS,
  periodLabel,
  ROLE_LABELS,
  statusLabel,
} from './format';

export { fieldLabel, fieldPathLabel };

const ORGAN_FIELDS = new Set([
  'organId',
  'avslutadDel',
  'riktasTill',
  'samordnare',
  'parentOrganId',
  'givenBy',
]);
const PERSON_FIELDS = new Set(['ansvarigPersonId']);
const DATE_FIELDS = new Set(['slutdatum', 'dueDate', 'adoptedOn', 'beslutsdatum']);

const KEYS: Record<string, Record<string, string>> = {
  periodicitet: PERIODICITET_LABELS,
  bedomning: BEDOMNING_LABELS,
  prognos: BEDOMNING_LABELS,
  riktning: RIKTNING_LABELS,
  lifecycle: UPPDRAG_LIFECYCLE_LABELS,
  frekvens: FREKVENS_LABELS,
  resultat: KONTROLLRESULTAT_LABELS,
  roles: ROLE_LABELS,
  kind: { ...UPPDRAG_ORIGIN_LABELS, ...UPPSIKTSARENDE_KIND_LABELS },
  deliveryState: { started: 'påbörjat', sent: 'skickat', failed: 'misslyckades', uncertain: 'osäkert' },
  typ: ORGAN_TYP_LABELS,
};

const ITEM_KINDS: Record<string, string> = {
  uppdrag: 'ett uppdrag',
  delmal: 'ett delmål',
  organ: 'ett organ',
  person: 'en person',
};

/** A changed value in words: names for organs and people, Swedish for keys, yes/no for flags. */
export function changeValue(field: string, value: unknown, directory: Directory): string {
  if (value === null || value === undefined || value === '') return '–';
  if (Array.isArray(value)) return value.map((v) => changeValue(field, v, directory)).join(', ');
  if (typeof value === 'boolean') return value ? 'ja' : 'nej';
  if (typeof value === 'object') return objectValue(field, value as Record<string, unknown>, directory);
  if (typeof value === 'number') return numberLabel(field, value);
  const text = String(value);
  if (ORGAN_FIELDS.has(field)) return directory.organName(text);
  if (PERSON_FIELDS.has(field)) return directory.personName(text);
  if (DATE_FIELDS.has(field)) return dateLabel(text);
  if (field === 'status')
    return ATGARD_STATUS_LABELS[text as keyof typeof ATGARD_STATUS_LABELS] ?? statusLabel(text);
  if (field === 'period') return periodLabel(text);
  return KEYS[field]?.[text] ?? text;
}

const PERCENT = new Intl.NumberFormat('sv-SE', { style: 'percent', maximumFractionDigits: 1 });
const DECIMAL = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 4 });

/** "4,2", "12 000"; the kvot (utfall as a share of målvärdet) as "85,7 %". Years stay as they are. */
function numberLabel(field: string, value: number): string {
  if (field === 'kvot') return PERCENT.format(value);
  if (field === 'year' || field === 'planYear' || field === 'planar') return String(value);
  return DECIMAL.format(value);
}

function objectValue(field: string, value: Record<string, unknown>, directory: Directory): string {
  // The decision an uppdrag came from: "Uppdrag från fullmäktige, Regionfullmäktige, planår 2026".
  if (field === 'origin') {
    const parts = [
      KEYS.kind[String(value.kind)] ?? 'Beslut',
      value.givenBy ? directory.organName(String(value.givenBy)) : null,
      value.planYear ? `planår ${String(value.planYear)}` : null,
      value.beslutsdatum ? `beslutat ${dateLabel(String(value.beslutsdatum))}` : null,
      value.paragraf ? String(value.paragraf) : null,
      value.diarienummer ? `dnr ${String(value.diarienummer)}` : null,
    ];
    return parts.filter(Boolean).join(', ');
  }
  if (field === 'regionmal' && typeof value.namn === 'string') return value.namn;
  if (field === 'item') return ITEM_KINDS[String(value.kind)] ?? 'en post';
  return Object.entries(value)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => `${fieldLabel(k).toLowerCase()} ${changeValue(k, v, directory)}`)
    .join(', ');
}
