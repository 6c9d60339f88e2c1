/**
 * What the PDF exports share: a pdfkit document whose bytes follow its content (built-in Helvetica, no
 * font files from the machine; CreationDate and ModDate fixed, and pdfkit derives the file ID from the
 * info dictionary, so both repeat), and a table row drawn with its cells wrapped.
 */
import PDFDocument from 'pdfkit';
import { FIXED_DATE } from './zip';

export type Pdf = InstanceType<typeof PDFDocument>;

export function reproduciblePdf(options: {
  layout?: 'portrait' | 'landscape';
  margin: number;
  title: string;
  subject: string;
}): { doc: Pdf; done: Promise<Buffer> } {
  const doc = new PDFDocument({
    size: 'A4',
    ...(options.layout ? { layout: options.layout } : {}),
    margin: options.margin,
    // Kept until the end, so every page's footer can say how many pages there are.
    bufferPages: true,
    info: {
      Title: options.title,
      Author: 'Spårbar',
      Subject: options.subject,
      CreationDate: FIXED_DATE,
      ModDate: FIXED_DATE,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  return { doc, done };
}

/**
 * One table row at the left margin: each cell wrapped to its width, the row as high as its tallest
 * cell, on a new page if it does not fit. `fills` are hex colours without '#' (null: none).
 */
export function drawTableRow(
  doc: Pdf,
  cells: string[],
  options: { widths: number[]; fills?: (string | null)[]; bold: boolean; pad: number },
): void {
  const { widths, fills = [], bold, pad } = options;
  doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(8);
  const h = Math.max(...cells.map((t, i) => doc.heightOfString(t, { width: widths[i] - 2 * pad }))) + 2 * pad;
  if (doc.y + h > doc.page.height - doc.page.margins.bottom) doc.addPage();
  const left = doc.page.margins.left;
  const top = doc.y;
  let x = left;
  cells.forEach((text, i) => {
    if (fills[i]) doc.rect(x, top, widths[i], h).fill(`#${fills[i]}`);
    doc.rect(x, top, widths[i], h).lineWidth(0.5).stroke('#999999');
    doc.fillColor('black').text(text, x + pad, top + pad, { width: widths[i] - 2 * pad });
    x += widths[i];
  });
  doc.x = left;
  doc.y = top + h;
}

/**
 * The footer on every page, drawn once all pages exist: the report's line at the left and "Sida 1 av 3"
 * at the right, in the bottom margin (which is set aside for the call so pdfkit adds no page).
 */
export function drawFooters(doc: Pdf, text: string): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const { left, right, bottom } = doc.page.margins;
    const width = doc.page.width - left - right;
    const y = doc.page.height - bottom + 14;
    doc.page.margins.bottom = 0;
    doc.font('Helvetica').fontSize(7).fillColor('#444444');
    doc.text(text, left, y, { width: width - 70, lineBreak: false, ellipsis: true });
    doc.text(`Sida ${i - start + 1} av ${count}`, left + width - 70, y, { width: 70, align: 'right' });
    doc.page.margins.bottom = bottom;
    doc.fillColor('black');
  }
}

/** The cutoff in words, last in the document under its own heading (an appendix of one paragraph). */
export function drawCutoffAppendix(doc: Pdf, cutoffLine: string): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  if (doc.y + 60 > doc.page.height - doc.page.margins.bottom) doc.addPage();
  doc.moveDown();
  doc.font('Helvetica-Bold').fontSize(10).text('Om underlaget', left, doc.y, { width });
  doc.font('Helvetica').fontSize(8).text(cutoffLine, left, doc.y, { width });
}
