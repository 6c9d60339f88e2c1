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
