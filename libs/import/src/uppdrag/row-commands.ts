/**
 * The commands a table row becomes besides its registration, and the way back from a domain field to
 * the column (or parameter) an error should name.
 */
import { formatPeriod, manad, parsePeriod } from '@sparbar/domain';
import { type PlannedCommand } from '../planned-command';
import { type Column, type PrintedStatus } from './uppdrag-columns';

export type FieldSource = Column | 'period' | 'rapporterad' | 'organ' | null;

export function reportCommand(
  row: number,
  status: PrintedStatus,
  data: { uppdragId: string; period: string; kommentar: string },
  /** The organ whose part it is (a table of that organ's own report); null: the joint report. */
  part: string | null,
  actor: string,
  rapporterad: string | null,
  label: (column: FieldSource) => string,
): PlannedCommand {
  const base = {
    row,
    actor,
    ...(rapporterad ? { occurredAt: rapporterad } : {}),
    fieldName: (field: string | null) => label(columnOf(field, 'rapporterad')),
  };
  if (status.kind === 'avslutad' && part !== null) {
    const closing = { uppdragId: data.uppdragId, organId: part, kommentar: data.kommentar };
    return { ...base, type: 'CloseUppdragPart', data: closing };
  }
  if (status.kind === 'avslutad') {
    return { ...base, type: 'CloseUppdrag', data: { uppdragId: data.uppdragId, kommentar: data.kommentar } };
  }
  if (status.kind === 'aterkallad') {
    return { ...base, type: 'WithdrawUppdrag', data: { uppdragId: data.uppdragId, reason: data.kommentar } };
  }
  const organId = part === null ? {} : { organId: part };
  return { ...base, type: 'ReportUppdragStatus', data: { ...data, ...organId, status: status.status } };
}

/** A monthly uppdrag reports months: in a tertial's table, the tertial's last month. */
export function periodFor(period: string, periodicitet: 'manad' | 'tertial'): string {
  const parsed = parsePeriod(period);
  if (parsed?.kind === 'tertial' && periodicitet === 'manad') {
    return formatPeriod(manad(parsed.year, parsed.tertial * 4));
  }
  return parsed ? formatPeriod(parsed) : period;
}

/** The domain's field → the column (or parameter) it came from. */
export function columnOf(field: string | null, time: 'registrerad' | 'rapporterad'): FieldSource {
  const name = (field ?? '').replace(/^data\./, '');
  if (name === 'metadata.now') return time;
  if (name.startsWith('riktasTill')) return 'riktasTill';
  if (name === 'period') return 'period';
  if (name === 'organId') return 'organ';
  if (name === 'reason') return 'kommentar';
  const known: Record<string, Column> = {
    uppdragId: 'uppdragId',
    text: 'text',
    beskrivning: 'beskrivning',
    samordnare: 'samordnare',
    status: 'status',
    kommentar: 'kommentar',
    periodicitet: 'periodicitet',
    slutdatum: 'slutdatum',
    ansvarigPersonId: 'ansvarig',
    'origin.givenBy': 'givenBy',
    'origin.kind': 'kind',
    'origin.planYear': 'planYear',
    'origin.beslutsdatum': 'beslutsdatum',
    'origin.diarienummer': 'diarienummer',
    'origin.paragraf': 'paragraf',
  };
  return known[name] ?? null;
}
