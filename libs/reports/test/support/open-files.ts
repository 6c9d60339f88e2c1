/**
 * Opening produced files as their readers do: the PDF's text per page through poppler's pdftotext
 * (apt-get install poppler-utils), and a DOCX's or XLSX's parts through jszip.
 */
import { execFileSync } from 'node:child_process';
import JSZip from 'jszip';

/** The text of each page, in order (pdftotext ends each page with a form feed). */
export function pdfPages(pdf: Buffer): string[] {
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-', '-'], { input: pdf }).toString(
    'utf8',
  );
  return text.split('\f').slice(0, -1);
}

/** The XML parts of a zip whose names match `pattern`, concatenated in name order. */
export async function zipParts(file: Buffer, pattern: RegExp): Promise<string> {
  const zip = await JSZip.loadAsync(file);
  const names = Object.keys(zip.files)
    .filter((n) => pattern.test(n))
    .sort();
  return (await Promise.all(names.map((n) => zip.files[n].async('string')))).join('\n');
}

/** The visible text of WordprocessingML: the runs' text, without the markup. */
export const wordText = (xml: string) =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
