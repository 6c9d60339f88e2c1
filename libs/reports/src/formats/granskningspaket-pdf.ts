/**
 * The auditor's package as PDF, from the same document as the Word file: pdfkit's built-in Helvetica
 * and fixed dates (pdf-document.ts), so the same package gives the same bytes, as the uppdrag table does.
 */
import { type Granskningspaket } from '../granskningspaket/model';
import {
  granskningspaketCutoffLine,
  granskningspaketDocument,
  granskningspaketTitle,
} from '../granskningspaket-document';
import { footerText, granskningspaketFooter } from './footer';
import { drawCutoffAppendix, drawFooters, drawTableRow, reproduciblePdf } from './pdf-document';

const PAD = 3;
const HEADER_FILL = 'D9D9D9';

export function granskningspaketPdf(paket: Granskningspaket): Promise<Buffer> {
  const { doc, done } = reproduciblePdf({
    margin: 50,
    title: granskningspaketTitle(paket),
    subject: granskningspaketCutoffLine(paket),
  });
  const left = doc.page.margins.left;
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const drawRow = (cells: string[], header: boolean) =>
    drawTableRow(doc, cells, {
      widths: cells.map(() => width / cells.length),
      fills: cells.map(() => (header ? HEADER_FILL : null)),
      bold: header,
      pad: PAD,
    });

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
  drawCutoffAppendix(doc, granskningspaketCutoffLine(paket));
  drawFooters(doc, footerText(granskningspaketFooter(paket)));
  doc.end();
  return done;
}
