/** How an adoption reads in tables and reports: "Fastställd av hälso- och sjukvårdsnämnden 2023-05-24 § 45". */
import {
  HANDLING_BODY_LABELS,
  HANDLING_KIND_LABELS,
  type HandlingBody,
  type HandlingKind,
} from './faststallelse.events';

/** An organ's name mid-sentence: "Hälso- och sjukvårdsnämnden" → "hälso- och sjukvårdsnämnden". */
function midSentence(namn: string): string {
  return namn.charAt(0).toLocaleLowerCase('sv-SE') + namn.slice(1);
}

export function adoptionLabel(organNamn: string, meetingDate: string, paragraf: string): string {
  const p = paragraf.trim().replace(/^§\s*/, '');
  return `Fastställd av ${midSentence(organNamn)} ${meetingDate} § ${p}`;
}

/**
 * An adoption named in the table of another period: "… § 45 (rapporten för Tertial 1 2023)" in April's
 * table, "… § 10 (årsrapporten, Tertial 3 2023)" in the year's. `adoptedLabel` is the adopted period's
 * label (periodLabel); the text is the table's own when the adopted period is the table's.
 */
export function coveringAdoptionLabel(text: string, adoptedLabel: string, isYearReport: boolean): string {
  return isYearReport ? `${text} (årsrapporten, ${adoptedLabel})` : `${text} (rapporten för ${adoptedLabel})`;
}

/** The mark on a row changed after its period was adopted. */
export const CHANGED_AFTER_ADOPTION_LABEL = 'ändrad efter fastställande';

/** "Anmäld i regionstyrelsen 2023-06-13 § 112", "Behandlad i regionfullmäktige 2023-06-20 § 80". */
export function handlingLabel(by: HandlingBody, kind: HandlingKind, date: string, paragraf: string): string {
  const p = paragraf.trim().replace(/^§\s*/, '');
  const verb = HANDLING_KIND_LABELS[kind];
  return `${verb.charAt(0).toLocaleUpperCase('sv-SE')}${verb.slice(1)} i ${midSentence(HANDLING_BODY_LABELS[by])} ${date} § ${p}`;
}

/** A changed row's mark with its reason: "ändrad efter fastställande (skäl: Leverantören …)". */
export function changedAfterAdoptionText(reason: string | null): string {
  return reason ? `${CHANGED_AFTER_ADOPTION_LABEL} (skäl: ${reason})` : CHANGED_AFTER_ADOPTION_LABEL;
}

/** What a report file made at the adoption says it is: "Som fastställd 2023-05-24 § 45". */
export function asAdoptedLabel(meetingDate: string, paragraf: string): string {
  return `Som fastställd ${meetingDate} § ${paragraf.trim().replace(/^§\s*/, '')}`;
}
