/**
 * What every page of a report file says at its foot, and what the file is called: the organ, the
 * period and the date of the cutoff, never today's date, so the same cutoff gives the same bytes and
 * the same name. The log position and checksum go to a footnote or an appendix (cutoffInWords).
 */
import { type Granskningspaket } from '../granskningspaket/model';
import { type ReportDocument } from '../maluppfyllelse-summary';
import { cutoffDateText, type ReportCutoff } from '../uppdrag-table';

export interface PageFooter {
  title: string;
  organ: string | null;
  period: string;
  cutoff: ReportCutoff;
}

export { cutoffDateText };

/** "Uppföljning av fullmäktiges uppdrag · Regionstyrelsen · Tertial 1 2023 · Underlag till och med 2023-05-12" */
export function footerText(footer: PageFooter): string {
  return [footer.title, footer.organ, footer.period, `Underlag ${cutoffDateText(footer.cutoff)}`]
    .filter(Boolean)
    .join(' · ');
}

/** The line under the title: the footer without the title it repeats. */
export const subtitleText = (footer: PageFooter) => footerText({ ...footer, title: '' });

export const uppdragTableFooter = (report: ReportDocument): PageFooter => ({
  title: report.title,
  organ: report.organNamn,
  period: report.periodLabel,
  cutoff: report.cutoff,
});

export const granskningspaketFooter = (paket: Granskningspaket): PageFooter => ({
  title: 'Granskningspaket',
  organ: paket.organNamn,
  period: String(paket.year),
  cutoff: paket.cutoff,
});

function fileName(footer: PageFooter, prefix: string, extension: string, suffix?: string): string {
  const date = footer.cutoff.date ?? `händelse ${footer.cutoff.position}`;
  return `${[prefix, footer.organ, footer.period, date, suffix].filter(Boolean).join(' ')}.${extension}`;
}

/**
 * "Uppföljning av uppdrag Regionfullmäktige Tertial 1 2023 2023-05-12.docx"; made at an adoption,
 * "… 2023-05-25 som fastställd.docx", so the two versions never share a name.
 */
export const uppdragTableFileName = (report: ReportDocument, extension: string) =>
  fileName(
    uppdragTableFooter(report),
    'Uppföljning av uppdrag',
    extension,
    report.asAdopted ? 'som fastställd' : undefined,
  );

/** "Granskningspaket Hälso- och sjukvårdsnämnden 2023 2023-12-31.pdf" */
export const granskningspaketFileName = (paket: Granskningspaket, extension: string) =>
  fileName(granskningspaketFooter(paket), 'Granskningspaket', extension);
