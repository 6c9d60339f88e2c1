/**
 * PDF with pdfkit's built-in Helvetica (no font files from the machine, so the bytes do not depend on
 * it). CreationDate is fixed, and pdfkit derives the file ID from the info dictionary, so both repeat.
 */
import PDFDocument from 'pdfkit';
import { type ReportDocument } from '../maluppfyllelse-summary';
import { COLUMNS, STATUS_FILL } from '../uppdrag-table';
import { FIXED_DATE } from './zip';

const WIDTHS = [95, 190, 330, 130];
const PAD = 4;

export function uppdragTablePdf(report: ReportDocument): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 40,
    info: {
      Title: `${report.title} ${report.period}`,
      Author: 'Spårbar',
      Subject: report.cutoffLine,
      CreationDate: FIXED_DATE,
      ModDate: FIXED_DATE,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  const left = doc.page.margins.left;
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const drawRow = (cells: string[], fill: (string | null)[], bold: boolean, widths = WIDTHS) => {
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(8);
    const heights = cells.map((t, i) => doc.heightOfString(t, { width: widths[i] - 2 * PAD }));
    const h = Math.max(...heights) + 2 * PAD;
    if (doc.y + h > bottom()) doc.addPage();
    const top = doc.y;
    let x = left;
    cells.forEach((text, i) => {
      if (fill[i]) doc.rect(x, top, widths[i], h).fill(`#${fill[i]}`);
      doc.rect(x, top, widths[i], h).lineWidth(0.5).stroke('#999999');
      doc.fillColor('black').text(text, x + PAD, top + PAD, { width: widths[i] - 2 * PAD });
      x += widths[i];
    });
    doc.x = left;
    doc.y = top + h;
  };

  doc.font('Helvetica-Bold').fontSize(16).text(report.title);
  doc.font('Helvetica-Oblique').fontSize(8).text(report.cutoffLine).moveDown();
  for (const group of report.groups) {
    if (doc.y + 60 > bottom()) doc.addPage();
    doc.font('Helvetica-Bold').fontSize(11).text(group.heading, left).moveDown(0.3);
    drawRow([...COLUMNS], ['D9D9D9', 'D9D9D9', 'D9D9D9', 'D9D9D9'], true);
    for (const r of group.rows)
      drawRow(
        [r.status, `${r.text}\n\n${r.riktasTill}`, r.kommentar, `${r.periodicitet}\n\n${r.slutdatum}`],
        [r.colour ? STATUS_FILL[r.colour] : null, null, null, null],
        false,
      );
    doc.moveDown();
  }
  const summary = report.maluppfyllelse;
  if (summary) {
    doc.addPage();
    doc.font('Helvetica-Bold').fontSize(16).text(summary.title, left);
    doc.font('Helvetica').fontSize(9).text(summary.sammanfattning).moveDown();
    const total = WIDTHS.reduce((a, b) => a + b, 0);
    for (const table of summary.tables) {
      const widths = table.widths.map((w) => Math.round(w * total));
      if (doc.y + 60 > bottom()) doc.addPage();
      doc.font('Helvetica-Bold').fontSize(11).text(table.heading, left).moveDown(0.3);
      drawRow(
        table.columns,
        table.columns.map(() => 'D9D9D9'),
        true,
        widths,
      );
      for (const r of table.rows) drawRow(r.cells, r.fills, false, widths);
      doc.moveDown();
    }
  }
  doc.end();
  return done;
}
