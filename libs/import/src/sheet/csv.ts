/**
 * The CSV variant of the uppdrag sheet: what Excel writes as "CSV UTF-8 (semikolonavgränsad)".
 *
 * - UTF-8, with or without a byte order mark; any other encoding is refused rather than guessed.
 * - Fields separated by `;`, records by CRLF or LF.
 * - A field may be quoted with `"`; inside quotes `;`, line breaks and `""` (one quote) are text.
 *
 * Each record keeps the line it starts on, so errors name the line a text editor shows.
 */
export interface SheetRow {
  /** Line (CSV) or row (XLSX) number, 1-based: the header is 1. */
  row: number;
  cells: string[];
}

export class SheetFormatError extends Error {
  constructor(
    readonly row: number,
    message: string,
  ) {
    super(message);
    this.name = 'SheetFormatError';
  }
}

const BOM = '\uFEFF';

/**
 * `delimiter` `\t` reads what Excel puts on the clipboard (a copied range: tabs between cells, a cell
 * with line breaks in quotes); a quote inside an unquoted cell is then text, as Word's tables write it.
 */
export function parseCsv(bytes: Uint8Array, delimiter: ';' | '\t' = ';'): SheetRow[] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new SheetFormatError(1, 'Filen är inte UTF-8. Spara den som "CSV UTF-8 (semikolonavgränsad)".');
  }
  if (text.startsWith(BOM)) text = text.slice(1);

  const rows: SheetRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let start = 1;
  let quoted = false;
  let atFieldStart = true;
  const endRecord = () => {
    cells.push(cell);
    rows.push({ row: start, cells });
    cells = [];
    cell = '';
    atFieldStart = true;
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && atFieldStart) {
      quoted = true;
      atFieldStart = false;
    } else if (ch === delimiter) {
      cells.push(cell);
      cell = '';
      atFieldStart = true;
    } else if (ch === '\r' && text[i + 1] === '\n') {
      continue;
    } else if (ch === '\n' || ch === '\r') {
      endRecord();
      line++;
      start = line;
    } else {
      if (ch === '"' && delimiter === ';')
        throw new SheetFormatError(line, 'Citattecken mitt i ett fält: sätt hela fältet inom "…".');
      cell += ch;
      atFieldStart = false;
    }
  }
  if (quoted) throw new SheetFormatError(start, 'Ett fält inom citattecken tar aldrig slut.');
  if (cell !== '' || cells.length > 0) endRecord();
  return rows;
}
