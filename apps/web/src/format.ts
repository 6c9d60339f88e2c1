/** Words and dates as the report tables print them. */
import {
  UPPDRAG_STATUS_PRESENTATION,
  UPPDRAG_STATUSES,
  type UppdragStatus,
  parsePeriod,
  periodLabel as domainPeriodLabel,
} from '@sparbar/domain/shared-with-web';

export { UPPDRAG_STATUSES, type UppdragStatus };

export type Colour = 'green' | 'yellow' | 'red' | 'grey';

export function statusLabel(status: string | null | undefined): string {
  if (!status) return 'Ej rapporterad';
  return UPPDRAG_STATUS_PRESENTATION[status as UppdragStatus]?.label ?? STATUS_EXTRA[status] ?? status;
}

const STATUS_EXTRA: Record<string, string> = {
  ej_rapporterad: 'Ej rapporterad',
  ej_aktuell: 'Ingen rapport denna period',
  avslutad: 'Avslutad',
};

export function statusColour(status: string | null | undefined): Colour {
  if (!status) return 'grey';
  return UPPDRAG_STATUS_PRESENTATION[status as UppdragStatus]?.colour ?? 'grey';
}

export const BEDOMNING_LABELS: Record<string, string> = {
  helt: 'Uppfylls helt',
  delvis: 'Uppfylls delvis',
  inte: 'Uppfylls inte',
  saknas: 'Saknar bedömning',
};

export const BEDOMNING_COLOURS: Record<string, Colour> = {
  helt: 'green',
  delvis: 'yellow',
  inte: 'red',
  saknas: 'grey',
};

/** `2023-T1` → "Tertial 1 2023"; `2023-04` → "april 2023" (the domain's own wording); a year as it is. */
export function periodLabel(period: string): string {
  const parsed = parsePeriod(period);
  return parsed ? domainPeriodLabel(parsed) : period;
}

export function periodsOfYear(year: number): string[] {
  const tertials = [1, 2, 3].map((t) => `${year}-T${t}`);
  const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
  return [...tertials, ...months];
}

/** The tertial a month belongs to (for choosing an overview period from the latest reports). */
export function tertialOf(period: string): string {
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (!month) return period;
  return `${month[1]}-T${Math.floor((Number(month[2]) - 1) / 4) + 1}`;
}

export function previousPeriod(period: string): string | null {
  const tertial = /^(\d{4})-T([1-3])$/.exec(period);
  if (tertial) {
    const [y, t] = [Number(tertial[1]), Number(tertial[2])];
    return t > 1 ? `${y}-T${t - 1}` : `${y - 1}-T3`;
  }
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) {
    const [y, m] = [Number(month[1]), Number(month[2])];
    return m > 1 ? `${y}-${String(m - 1).padStart(2, '0')}` : `${y - 1}-12`;
  }
  return null;
}

/** The period an uppdrag reports for on a date, by its periodicitet. */
export function periodOn(date: Date, periodicitet: string): string {
  const y = date.getFullYear();
  const m = date.getMonth() + 1;
  return periodicitet === 'manad'
    ? `${y}-${String(m).padStart(2, '0')}`
    : `${y}-T${Math.floor((m - 1) / 4) + 1}`;
}

export function periodStart(period: string): string {
  const tertial = /^(\d{4})-T([1-3])$/.exec(period);
  if (tertial) return `${tertial[1]}-${String((Number(tertial[2]) - 1) * 4 + 1).padStart(2, '0')}-01`;
  return `${period}-01`;
}

const dateFormat = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeZone: 'Europe/Stockholm' });
const timeFormat = new Intl.DateTimeFormat('sv-SE', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Europe/Stockholm',
});

/** A business date (`2023-05-03`) as "3 maj 2023". */
export function dateLabel(date: string | null | undefined): string {
  if (!date) return '–';
  const d = new Date(`${date.slice(0, 10)}T12:00:00Z`);
  return Number.isNaN(d.getTime()) ? date : dateFormat.format(d);
}

/** A moment as "3 maj 2023 10:00" (Swedish time). */
export function timeLabel(timestamp: string | null | undefined): string {
  if (!timestamp) return '–';
  const d = new Date(timestamp);
  return Number.isNaN(d.getTime()) ? timestamp : timeFormat.format(d);
}

export const PERIODICITET_LABELS: Record<string, string> = {
  manad: 'Månad',
  tertial: 'Tertial: apr, aug, dec',
};

export const ROLE_LABELS: Record<string, string> = {
  officer: 'Ansvarig tjänsteperson',
  secretary: 'Nämndsekreterare',
  regiondirektor: 'Regiondirektör',
  auditor: 'Revisor',
  admin: 'Administratör',
  importer: 'Import av historik',
};
