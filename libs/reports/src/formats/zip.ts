/**
 * DOCX and XLSX are zip files whose entries carry the time they were written, and whose core
 * properties carry creation and modification times. Rewriting both to one fixed instant makes the
 * bytes depend on the content alone. A picture's drawing id (`wp:docPr`), which the docx library counts
 * across the whole process, is numbered afresh within the document for the same reason.
 */
import JSZip from 'jszip';

export const FIXED_DATE = new Date('2000-01-01T00:00:00Z');

export async function normalizeZip(input: Buffer | Uint8Array): Promise<Buffer> {
  const source = await JSZip.loadAsync(input);
  const out = new JSZip();
  for (const name of Object.keys(source.files).sort()) {
    const entry = source.files[name];
    if (entry.dir) continue;
    let data: string | Uint8Array = await entry.async('uint8array');
    if (name === 'docProps/core.xml') {
      data = Buffer.from(data)
        .toString('utf8')
        .replace(
          /(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g,
          `$1${FIXED_DATE.toISOString().slice(0, 19)}Z$3`,
        );
    }
    if (name === 'word/document.xml') {
      let next = 0;
      data = Buffer.from(data)
        .toString('utf8')
        .replace(/<wp:docPr id="\d+"/g, () => `<wp:docPr id="${++next}"`);
    }
    out.file(name, data, { date: FIXED_DATE, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
