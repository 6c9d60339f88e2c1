/** The uppdrag table (and the organ's måluppfyllelse) as PDF, reproducible as pdf-document.ts makes it. */
import { chartTable } from '@sparbar/domain';
import { chartPng } from '../charts/chart-image';
import { cellsWithMarkUnder, type ReportDocument } from '../maluppfyllelse-summary';
import { COLUMNS, STATUS_FILL } from '../uppdrag-table';
import { footerText, subtitleText, uppdragTableFooter } from './footer';
import { drawCutoffAppendix, drawFooters, drawTableRow, reproduciblePdf } from './pdf-document';

const WIDTHS = [95, 190, 330, 130];
const PAD = 4;

export function uppdragTablePdf(report: ReportDocument): Promise<Buffer> {
  const { doc, done } = reproduciblePdf({
    layout: 'landscape',
    margin: 40,
    title: `${report.title} ${report.period}`,
    subject: report.cutoffLine,
  });
  const left = doc.page.margins.left;
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const drawRow = (cells: string[], fills: (string | null)[], bold: boolean, widths = WIDTHS) =>
    drawTableRow(doc, cells, { widths, fills, bold, pad: PAD });

  doc.font('Helvetica-Bold').fontSize(16).text(report.title);
  const footer = footerText(uppdragTableFooter(report));
  doc
    .font('Helvetica')
    .fontSize(9)
    .text(subtitleText(uppdragTableFooter(report)));
  doc.font('Helvetica-Bold').text(report.version);
  doc.font('Helvetica');
  for (const line of report.faststallelse) doc.text(line);
  doc.moveDown();
  for (const group of report.groups) {
    if (doc.y + 60 > bottom()) doc.addPage();
    doc.font('Helvetica-Bold').fontSize(11).text(group.heading, left).moveDown(0.3);
    drawRow([...COLUMNS], ['D9D9D9', 'D9D9D9', 'D9D9D9', 'D9D9D9'], true);
    for (const r of group.rows)
      drawRow(
        [
          r.andradEfterFaststallande ? `${r.status}\n\n${r.andradEfterFaststallande}` : r.status,
          `${r.text}\n\n${r.riktasTill}`,
          r.kommentar,
          `${r.periodicitet}\n\n${r.slutdatum}`,
        ],
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
    for (const chart of summary.charts) {
      // The chart, and its numbers as a table for those who cannot read colours.
      const image = chartPng(chart);
      const width = Math.min(image.width, total);
      const height = (image.height * width) / image.width;
      if (doc.y + 20 + height > bottom()) doc.addPage();
      doc.font('Helvetica-Bold').fontSize(11).text(chart.title, left).moveDown(0.3);
      doc.image(image.png, left, doc.y, { width, height });
      doc.y += height + 6;
      const table = chartTable(chart);
      const widths = [0.3, 0.14, 0.14, 0.14, 0.14, 0.14].map((w) => Math.round(w * total * 0.6));
      drawRow(
        table.columns,
        table.columns.map(() => 'D9D9D9'),
        true,
        widths,
      );
      for (const cells of table.rows)
        drawRow(
          cells,
          cells.map(() => null),
          false,
          widths,
        );
      doc.moveDown();
    }
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
      for (const r of table.rows) drawRow(cellsWithMarkUnder(table, r), r.fills, false, widths);
      doc.moveDown();
    }
  }
  drawCutoffAppendix(doc, report.cutoffLine);
  drawFooters(doc, footer);
  doc.end();
  return done;
}
