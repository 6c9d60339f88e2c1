/**
 * What the Word files share at the foot of each page: the report's line at the left and "Sida 1 av 3"
 * as Word's own PAGE and NUMPAGES fields, so the numbers follow the pages wherever the text is pasted.
 * The cutoff in words is footnote 1, referenced from the line under the title.
 */
import {
  AlignmentType,
  Footer,
  FootnoteReferenceRun,
  PageNumber,
  Paragraph,
  TabStopType,
  TextRun,
} from 'docx';

export const CUTOFF_FOOTNOTE = 1;

/** `width`: the text width in twips, where the page number is right-aligned. */
export function pageFooter(text: string, width: number): { default: Footer } {
  return {
    default: new Footer({
      children: [
        new Paragraph({
          alignment: AlignmentType.LEFT,
          tabStops: [{ type: TabStopType.RIGHT, position: width }],
          children: [
            new TextRun({ text, size: 14 }),
            new TextRun({
              size: 14,
              children: ['\tSida ', PageNumber.CURRENT, ' av ', PageNumber.TOTAL_PAGES],
            }),
          ],
        }),
      ],
    }),
  };
}

export const cutoffFootnotes = (cutoffLine: string) => ({
  [CUTOFF_FOOTNOTE]: {
    children: [new Paragraph({ children: [new TextRun({ text: cutoffLine, size: 16 })] })],
  },
});

/** A line under the title ending in the cutoff's footnote reference. */
export const lineWithCutoffNote = (text: string, italics = false) =>
  new Paragraph({
    children: [new TextRun({ text, size: 18, italics }), new FootnoteReferenceRun(CUTOFF_FOOTNOTE)],
  });
