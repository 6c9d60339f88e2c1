/**
 * The audit trail's hits as files for the auditor's own work: CSV for Excel in Swedish (semicolons,
 * CRLF, a BOM so åäö survive, the headings on the first line) and XLSX with real date cells, the
 * header frozen and filtered. Times in Swedish time; organs and people by name.
 */
import { AUDIT_TEXT_FIELDS, type AuditEntry } from '@sparbar/audit';
import { parsePeriod, periodLabel, systemActorName } from '@sparbar/domain';
import ExcelJS from 'exceljs';

export interface AuditFileRow {
  position: number;
  occurredAt: Date;
  recordedAt: Date;
  vem: string;
  handelse: string;
  post: string;
  organ: string;
  period: string;
  texter: string;
  skal: string;
}

export const AUDIT_FILE_HEADINGS = [
  'Position',
  'Hände',
  'Sparades',
  'Vem',
  'Händelse',
  'Post',
  'Organ',
  'Period',
  'Kommentar och text',
  'Skäl',
] as const;

const KIND_LABELS: Record<string, string> = {
  uppdrag: 'Uppdrag',
  delmal: 'Delmål',
  organ: 'Organ',
  person: 'Person',
  uppsiktsarende: 'Uppsiktsärende',
  internkontrollplan: 'Internkontrollplan',
  other: 'Övrigt',
};

/** An entry in words, with the names the trail knows (`organ:<id>`, `person:<id>`). */
export function auditFileRow(entry: AuditEntry, names: ReadonlyMap<string, string>): AuditFileRow {
  return {
    position: entry.position,
    occurredAt: new Date(entry.occurredAt),
    recordedAt: new Date(entry.recordedAt),
    vem:
      entry.actor.name ??
      names.get(`person:${entry.actor.personId}`) ??
      systemActorName(entry.actor.personId) ??
      entry.actor.personId,
    handelse: entry.description,
    post: KIND_LABELS[entry.item.kind] ?? entry.item.kind,
    organ: entry.organs.map((id) => names.get(`organ:${id}`) ?? id).join(', '),
    period: entry.period ? periodText(entry.period) : '',
    texter: entry.changes
      .filter((c) => AUDIT_TEXT_FIELDS.includes(c.field) && typeof c.to === 'string' && c.to !== '')
      .map((c) => `${TEXT_LABELS[c.field] ?? c.field}: ${c.to as string}`)
      .join('\n'),
    skal: entry.reason ?? '',
  };
}

/** "juni 2025", "Tertial 1 2025", as the reports print a period. */
function periodText(period: string): string {
  const parsed = parsePeriod(period);
  return parsed ? periodLabel(parsed) : period;
}

/** The people's own words the entry changed, by the field's Swedish name; ids and keys left out. */
const TEXT_LABELS: Record<string, string> = {
  kommentar: 'Kommentar',
  text: 'Text',
  beskrivning: 'Beskrivning',
  namn: 'Namn',
  svar: 'Svar',
  conclusion: 'Slutsats',
  vad: 'Vad',
  hur: 'Hur',
};

const SWEDISH_TIME = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** `2025-06-18 10:00:00`, Swedish time. */
export function swedishTime(at: Date): string {
  const p = Object.fromEntries(SWEDISH_TIME.formatToParts(at).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`;
}

const cell = (value: string) => (/[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

export function auditCsv(rows: readonly AuditFileRow[]): Buffer {
  const lines = [
    [...AUDIT_FILE_HEADINGS],
    ...rows.map((r) => [
      String(r.position),
      swedishTime(r.occurredAt),
      swedishTime(r.recordedAt),
      r.vem,
      r.handelse,
      r.post,
      r.organ,
      r.period,
      r.texter,
      r.skal,
    ]),
  ];
  return Buffer.from(`\uFEFF${lines.map((l) => l.map(cell).join(';')).join('\r\n')}\r\n`, 'utf8');
}

/** Excel has no time zones: a cell holds the Swedish wall-clock time, written as if it were UTC. */
function wallClock(at: Date): Date {
  return new Date(`${swedishTime(at).replace(' ', 'T')}Z`);
}

export async function auditXlsx(rows: readonly AuditFileRow[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Spårbar';
  const ws = wb.addWorksheet('Granskningsspår', {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = [10, 19, 19, 24, 60, 16, 30, 16, 50, 40].map((width, i) => ({
    header: AUDIT_FILE_HEADINGS[i],
    width,
  }));
  ws.getRow(1).font = { bold: true };
  for (const r of rows) {
    const row = ws.addRow([
      r.position,
      wallClock(r.occurredAt),
      wallClock(r.recordedAt),
      r.vem,
      r.handelse,
      r.post,
      r.organ,
      r.period,
      r.texter,
      r.skal,
    ]);
    row.alignment = { wrapText: true, vertical: 'top' };
  }
  for (const column of [2, 3]) ws.getColumn(column).numFmt = 'yyyy-mm-dd hh:mm:ss';
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: AUDIT_FILE_HEADINGS.length } };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
