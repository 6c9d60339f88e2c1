/** How an adoption reads in tables and reports: "Fastställd av hälso- och sjukvårdsnämnden 2023-05-24 § 45". */

/** An organ's name mid-sentence: "Hälso- och sjukvårdsnämnden" → "hälso- och sjukvårdsnämnden". */
function midSentence(namn: string): string {
  return namn.charAt(0).toLocaleLowerCase('sv-SE') + namn.slice(1);
}

export function adoptionLabel(organNamn: string, meetingDate: string, paragraf: string): string {
  const p = paragraf.trim().replace(/^§\s*/, '');
  return `Fastställd av ${midSentence(organNamn)} ${meetingDate} § ${p}`;
}

/** The mark on a row changed after its period was adopted. */
export const CHANGED_AFTER_ADOPTION_LABEL = 'ändrad efter fastställande';
