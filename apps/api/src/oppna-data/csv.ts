/** RFC 4180 CSV (comma, CRLF, UTF-8): the headings are the first line, one row per adopted entry. */
import { type OpenUppdragView } from './open-data.views';

export const CSV_COLUMNS = [
  'uppdrag_id',
  'uppdrag',
  'planar',
  'period',
  'namnd_id',
  'namnd',
  'status',
  'status_text',
  'kommentar',
  'rapportperiod',
  'sammantradesdag',
  'paragraf',
] as const;

const cell = (value: string | number | null) => {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export function uppdragCsv(uppdrag: readonly OpenUppdragView[]): string {
  const lines: (string | number | null)[][] = [[...CSV_COLUMNS]];
  for (const u of uppdrag)
    for (const e of u.historik)
      lines.push([
        u.id,
        u.text,
        u.planYear,
        e.period,
        e.organId,
        e.organ,
        e.status,
        e.statusText,
        e.kommentar,
        e.reportPeriod,
        e.meetingDate,
        e.paragraf,
      ]);
  return `${lines.map((l) => l.map(cell).join(',')).join('\r\n')}\r\n`;
}
