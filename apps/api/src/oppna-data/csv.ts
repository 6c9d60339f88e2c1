/** RFC 4180 CSV (comma, CRLF, UTF-8): the headings are the first line, one row per adopted entry. */
import { type OpenUppdragView } from './open-data.views';
import { uppdragUri } from './uris';

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
  'uri',
] as const;

const cell = (value: string | number | null) => {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** `base`: the stable URIs' base (oppna-data.http.controller.ts); the last column is the uppdrag's. */
export function uppdragCsv(uppdrag: readonly OpenUppdragView[], base: string): string {
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
        uppdragUri(base, u.id),
      ]);
  return `${lines.map((l) => l.map(cell).join(',')).join('\r\n')}\r\n`;
}
