/**
 * The auditor's package in Word: the document's headings, lines and tables (granskningspaket-document.ts)
 * as real Word headings and tables with a repeated, shaded header row. Zip entries and core properties
 * normalised as for the other reports, so the bytes follow the content.
 */
import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { type Granskningspaket } from '../granskningspaket/model';
import {
  granskningspaketCutoffLine,
  granskningspaketDocument,
  granskningspaketTitle,
  type PaketBlock,
} from '../granskningspaket-document';
import { cutoffFootnotes, lineWithCutoffNote, pageFooter } from './docx-footer';
import { footerText, granskningspaketFooter } from './footer';
import { normalizeZip } from './zip';

const TOTAL = 9600;
/** A4 portrait less Word's default margins of 1440 twips. */
const TEXT_WIDTH = 11906 - 2 * 1440;

function table(columns: string[], rows: string[][]): Table {
  const width = Math.round(TOTAL / columns.length);
  const cell = (text: string, header = false) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'D9D9D9' } } : {}),
      children: text
        .split('\n')
        .map((line) => new Paragraph({ children: [new TextRun({ text: line, bold: header, size: 18 })] })),
    });
  return new Table({
    width: { size: TOTAL, type: WidthType.DXA },
    columnWidths: columns.map(() => width),
    rows: [
      new TableRow({ tableHeader: true, children: columns.map((c) => cell(c, true)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c) => cell(c)) })),
    ],
  });
}

function render(block: PaketBlock): Paragraph | Table {
  switch (block.kind) {
    case 'heading':
      return new Paragraph({
        heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
        // A heading stays on the page of what it heads.
        keepNext: true,
        children: [new TextRun(block.text)],
      });
    case 'text':
      // The one footnote is the cutoff's (cutoffFootnotes); its text is in the document's footnotes.
      if (block.footnote) return lineWithCutoffNote(block.text, block.italics);
      return new Paragraph({
        children: [new TextRun({ text: block.text, italics: block.italics ?? false })],
      });
    case 'table':
      return table(block.columns, block.rows);
  }
}

export async function granskningspaketDocx(paket: Granskningspaket): Promise<Buffer> {
  const doc = new Document({
    creator: 'Spårbar',
    title: granskningspaketTitle(paket),
    description: granskningspaketCutoffLine(paket),
    footnotes: cutoffFootnotes(granskningspaketCutoffLine(paket)),
    sections: [
      {
        footers: pageFooter(footerText(granskningspaketFooter(paket)), TEXT_WIDTH),
        children: granskningspaketDocument(paket).map(render),
      },
    ],
  });
  return normalizeZip(await Packer.toBuffer(doc));
}
