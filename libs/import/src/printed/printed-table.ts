/**
 * The uppdrag table as text copied out of a plan's or a delårsrapport's PDF (what people paste). The
 * copy keeps the cells' words in reading order but not the grid: each cell's text is wrapped over
 * several lines, cells are separated by blank lines (not always), the header repeats on every page,
 * and section headings ("Uppdrag från fullmäktige till nämnd") stand between the tables:
 *
 * ```
 * Status Uppdrag Kommentar
 * Periodicitet och
 * slutdatum
 *
 * Pågående
 * enligt plan
 *
 * Införa styrd inköpsprocess
 * och standardsortiment …
 *
 * Riktas till hälso- och
 * sjukvårdsnämnden samt regionstyrelsen
 *
 * Kommunikation om de beslutade riktlinjerna …
 *
 * Månad
 *
 * 2023-12-31
 * ```
 *
 * What does survive is enough: every row starts with its status and ends with its periodicitet and
 * slutdatum ("Tertial: apr, aug, dec 2023-12-31", "Månad 2023-12-31"), so rows are cut at those ends.
 * Inside a row the "Riktas till …" / "Uppdraget riktas till …" sentence ends the uppdrag's text and the
 * paragraph after it is the kommentar. A row without the sentence is directed to the organ its section
 * heading names ("Uppdrag från nämnd till beredning folkhälsa"). Text before the first header, other
 * than a section heading, is the document around the table and is left out.
 *
 * The result is the row's cells as printed; organ names are resolved later (uppdrag-rows.ts).
 */
import { type ImportError } from '../import-error';

export interface PrintedRow {
  /** The line of the pasted text the row starts on (1 = the first line). */
  row: number;
  status: string;
  text: string;
  /** The "Riktas till …" sentence, or null when the row has none. */
  riktasTill: string | null;
  kommentar: string;
  periodicitet: string;
  slutdatum: string;
  /** The section heading's parts: "från <from> till <to>". */
  section: { from: string; to: string } | null;
}

/** The header, on one line or (as some readers copy it) a cell a line, "Status" first. */
const HEADER = /^status(\s+uppdrag\b.*)?$/i;
const HEADER_REST =
  /^(uppdrag|kommentar|periodicitet( och)?|slutdatum|periodicitet och slutdatum|riktas till)$/i;
const SECTION = /^(?:\d+(?:\.\d+)*\.?\s+)?uppdrag\s+från\s+(.+?)\s+till\s+(.+?)\s*$/i;
/** A page's number or footer line: "12", "12 (40)", "Sida 12 av 40", "12/40". */
const PAGE_NUMBER = /^(sida\s+)?\d{1,3}(\s*(\(\d+\)|(av|\/)\s*\d+))?$/i;
/** A row's end: its periodicitet and slutdatum, possibly wrapped over lines and blank lines. */
const ROW_END =
  /(tertial:?\s*apr,?\s*aug,?\s*(?:och\s+)?dec|tertial|månad(?:svis)?)[\s,]*(\d{4}-\d{2}-\d{2})/giu;
/** Statuses as the tables print them, longest first (a row starts with one). */
const STATUS =
  /^(pågående,?\s+ej\s+enligt\s+plan(\s*\/\s*behöver\s+stöd)?|pågående,?\s+delvis\s+enligt\s+plan|pågående,?\s+enligt\s+plan|ej\s+enligt\s+plan(\s*\/\s*behöver\s+stöd)?|ej\s+enligt\s*\/\s*behöver\s+stöd|delvis\s+enligt\s+plan|ej\s+påbörjad|enligt\s+plan|behöver\s+stöd|delvis|avslutad|avslutat|inte\s+längre\s+aktuellt)(?=\s|$)/iu;
const RIKTAS = /(^|\s)((?:uppdraget\s+)?riktas\s+(?:endast\s+)?till\s)/i;

type Line = { number: number; text: string };

export function parsePrintedTable(pasted: string): { rows: PrintedRow[]; errors: ImportError[] } {
  const lines: Line[] = pasted
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n|\f/)
    .map((text, i) => ({ number: i + 1, text: text.replace(/[\u00a0\t ]+/g, ' ').trim() }));
  const hasHeader = lines.some((l) => HEADER.test(l.text));
  const rows: PrintedRow[] = [];
  const errors: ImportError[] = [];

  let section: PrintedRow['section'] = null;
  let started = !hasHeader;
  let inHeader = false;
  let content: Line[] = [];
  const flush = () => {
    cutRows(content, section, rows, errors);
    content = [];
  };
  for (const line of lines) {
    const heading = SECTION.exec(line.text);
    if (heading) {
      flush();
      section = { from: heading[1], to: heading[2] };
      continue;
    }
    if (HEADER.test(line.text)) {
      started = true;
      inHeader = true;
      continue;
    }
    if (inHeader && (line.text === '' || HEADER_REST.test(line.text))) continue;
    inHeader = false;
    if (!started || PAGE_NUMBER.test(line.text)) continue;
    content.push(line);
  }
  flush();
  if (rows.length === 0 && errors.length === 0) {
    errors.push({
      row: 1,
      field: 'Uppdrag',
      reason: 'Texten innehåller ingen rad med status, uppdrag, periodicitet och slutdatum.',
    });
  }
  return { rows, errors };
}

/** Cuts one section's lines into rows at each row end, and splits each row into its cells. */
function cutRows(
  content: Line[],
  section: PrintedRow['section'],
  rows: PrintedRow[],
  errors: ImportError[],
): void {
  const text = content.map((l) => l.text).join('\n');
  /** The line of the first character at or after `offset` that is not white space. */
  const lineAt = (offset: number) => {
    let i = offset;
    while (i < text.length && /\s/.test(text[i])) i++;
    return content[text.slice(0, i).split('\n').length - 1]?.number ?? content.at(-1)?.number ?? 1;
  };
  let from = 0;
  for (const end of text.matchAll(ROW_END)) {
    const chunk = text.slice(from, end.index);
    const row = lineAt(from);
    from = end.index! + end[0].length;
    const cells = cellsOf(chunk);
    if (!cells) {
      errors.push({
        row,
        field: 'Status',
        reason: `Raden börjar inte med en status (Ej påbörjad, Pågående enligt plan, …): "${excerpt(chunk)}".`,
      });
      continue;
    }
    rows.push({ row, ...cells, periodicitet: end[1], slutdatum: end[2], section });
  }
  const rest = text.slice(from);
  if (rest.trim() !== '') {
    errors.push({
      row: lineAt(from),
      field: 'Periodicitet och slutdatum',
      reason: `Raden slutar inte med periodicitet och slutdatum (t.ex. "Tertial: apr, aug, dec 2023-12-31"): "${excerpt(rest)}".`,
    });
  }
}

function cellsOf(chunk: string): Pick<PrintedRow, 'status' | 'text' | 'riktasTill' | 'kommentar'> | null {
  // Paragraphs are separated by blank lines; inside one, the PDF's line breaks are only wrapping. A
  // narrow column breaks a long word anywhere ("antidiskrimineringsåtgärde" / "r som görs"): a line
  // that starts with a lone consonant (no Swedish word is one) continues the word before it.
  const paragraphs = chunk
    .replace(/([a-zåäö])\n([bcdfghjklmnpqrstvwxz])(?=[ \n]|$)/giu, '$1$2')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '');
  const joined = paragraphs.join('\n');
  const status = STATUS.exec(joined);
  if (!status) return null;
  const rest = joined
    .slice(status[0].length)
    .split('\n')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const at = rest.findIndex((p) => RIKTAS.test(p));
  if (at === -1) {
    return {
      status: status[0].replace(/\s+/g, ' '),
      text: rest[0] ?? '',
      riktasTill: null,
      kommentar: rest.slice(1).join('\n'),
    };
  }
  const match = RIKTAS.exec(rest[at])!;
  const start = match.index + match[1].length;
  return {
    status: status[0].replace(/\s+/g, ' '),
    text: [...rest.slice(0, at), rest[at].slice(0, start)].join(' ').trim(),
    riktasTill: rest[at].slice(start).trim(),
    kommentar: rest.slice(at + 1).join('\n'),
  };
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 60)}…` : flat;
}
