/**
 * The auditor's package as PDF, from the same document as the Word file: pdfkit's built-in Helvetica
 * (no font files from the machine), fixed CreationDate and ModDate, so the same package gives the same
 * bytes, as for the uppdrag table (pdf.ts).
 */
import PDFDocument from 'pdfkit';
import { type Granskningspaket } from '../granskningspaket';
import {
  granskningspaketCutoffLine,
  granskningspaketDocument,
  granskningspaketTitle,
} from '../granskningspaket-document';
import { FIXED_DATE } from './zip';

const PAD = 3;
const HEADER_FILL = '#D9D9D9';

export function granskningspaketPdf(paket: Granskningspaket): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    info: {
      Title: granskningspaketTitle(paket),
      Author: 'Spårbar',
      Subject: granskningspaketCutoffLine(paket),
      CreationDate: FIXED_DATE,
      ModDate: FIXED_DATE,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  const left = doc.page.margins.left;
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const bottom = () => doc.page.height - doc.page.margins.bottom;

  const drawRow = (cells: string[], header: boolean) => {
    const w = width / cells.length;
    doc.font(header ? 'Helvetica-Bold' : 'Helvetica').fontSize(8);
    const h = Math.max(...cells.map((t) => doc.heightOfString(t, { width: w - 2 * PAD }))) + 2 * PAD;
    if (doc.y + h > bottom()) doc.addPage();
    const top = doc.y;
    cells.forEach((text, i) => {
      const x = left + i * w;
      if (header) doc.rect(x, top, w, h).fill(HEADER_FILL);
      doc.rect(x, top, w, h).lineWidth(0.5).stroke('#999999');
      doc.fillColor('black').text(text, x + PAD, top + PAD, { width: w - 2 * PAD });
    });
    doc.x = left;
    doc.y = top + h;
  };

  for (const block of granskningspaketDocument(paket)) {
    if (block.kind === 'heading') {
      // A heading is not left alone at the foot of a page.
      if (doc.y + 60 > bottom()) doc.addPage();
      doc.moveDown(block.level === 1 ? 0.8 : 0.5);
      doc
        .font('Helvetica-Bold')
        .fontSize(block.level === 1 ? 14 : 11)
        .text(block.text, left, doc.y, { width });
      doc.moveDown(0.3);
    } else if (block.kind === 'text') {
      doc
        .font(block.italics ? 'Helvetica-Oblique' : 'Helvetica')
        .fontSize(9)
        .text(block.text, left, doc.y, { width });
      doc.moveDown(0.3);
    } else {
      drawRow(block.columns, true);
      for (const row of block.rows) drawRow(row, false);
      doc.moveDown(0.5);
    }
  }
  doc.end();
  return done;
}
