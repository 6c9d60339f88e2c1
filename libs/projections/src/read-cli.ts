/**
 * The read side of the CLI: the period table, måluppfyllelse, aging and one uppdrag, at any time point.
 *
 *   tabell <period> [--organ X] [--given-by X] [--as-of ÅÅÅÅ-MM-DD] [--recorded-at ISO] [--on …] [--json]
 *   maluppfyllelse <period> --organ X [--as-of …] [--recorded-at …] [--on …] [--json]
 *   aldrande [--on ÅÅÅÅ-MM-DD] [--organ X] [--as-of …] [--recorded-at …] [--json]
 *   uppdrag <uppdragId> [--as-of …] [--recorded-at …] [--json]
 *
 * Text for people (Swedish, as the reports say it), `--json` for tools. `--on` is the day a table is read
 * on (a report whose deadline is still ahead is not yet due): the time point's day, else today.
 */
import { parseArgs } from 'node:util';
import {
  businessDateOf,
  parsePeriod,
  periodLabel,
  tableStatusText,
  UPPDRAG_LIFECYCLE_LABELS,
  UPPDRAG_STATUS_PRESENTATION,
  type UppdragStatus,
} from '@sparbar/domain';
import { aging } from './periods/aging.queries';
import { maluppfyllelse } from './periods/maluppfyllelse.queries';
import { periodTable, type PeriodTableRow } from './periods/period-table.queries';
import { type TimePoint } from './periods/time-point';
import { uppdragAsOf } from './periods/uppdrag-as-of.queries';
import { type SqlReader } from './uppdrag-now/uppdrag-now.queries';

export const READ_COMMANDS = ['tabell', 'maluppfyllelse', 'aldrande', 'uppdrag'] as const;

const OPTIONS = {
  organ: { type: 'string' },
  'given-by': { type: 'string' },
  'as-of': { type: 'string' },
  'recorded-at': { type: 'string' },
  on: { type: 'string' },
  json: { type: 'boolean' },
} as const;

/** Runs one read command; returns its output. Throws ReadModelQueryError on bad input. */
export async function readCommand(db: SqlReader, command: string, args: string[]): Promise<string> {
  const { values, positionals } = parseArgs({ args, options: OPTIONS, allowPositionals: true });
  const point: TimePoint = { asOf: values['as-of'], recordedAt: values['recorded-at'] };
  // The CLI is an edge, like the API: today comes from the clock here, never inside the queries.
  const today = businessDateOf(new Date().toISOString());
  const on = values.on ?? ((point.asOf ?? point.recordedAt) ? undefined : today);
  const out = (value: unknown, text: () => string) => (values.json ? JSON.stringify(value, null, 2) : text());
  switch (command) {
    case 'tabell': {
      const table = await periodTable(db, {
        period: positionals[0],
        organ: values.organ,
        givenBy: values['given-by'],
        ...point,
        on,
      });
      return out(table, () =>
        [
          heading(`Uppföljning ${label(table.period)}`, table, point),
          ...table.rows.map(tableLine),
          `${table.rows.length} uppdrag`,
        ].join('\n'),
      );
    }
    case 'maluppfyllelse': {
      const result = await maluppfyllelse(db, {
        period: positionals[0],
        organ: values.organ as string,
        ...point,
        on,
      });
      return out(result, () =>
        [
          heading(`Måluppfyllelse ${label(result.period)}, ${result.organ}`, result, point),
          ...result.delmal.map((d) => `${d.bedomning.padEnd(8)} ${d.text}`),
          result.sammanfattning,
        ].join('\n'),
      );
    }
    case 'aldrande': {
      const list = await aging(db, {
        on: values.on ?? today,
        organ: values.organ,
        ...point,
      });
      return out(list, () =>
        [
          `Öppna uppdrag den ${list.on}, äldst först${list.organ ? ` (${list.organ})` : ''}`,
          ...list.open.map(
            (u) =>
              `${u.registeredOn}  ${u.uppdragId}  ${u.ageDays} dagar  saknade rapporter: ${
                u.missingReports.map((m) => m.period).join(', ') || 'inga'
              }  förlängt ${u.extensions.length} ggr${u.overdue ? '  SLUTDATUM PASSERAT' : ''}`,
          ),
        ].join('\n'),
      );
    }
    default: {
      const id = positionals[0];
      const state = id === undefined ? undefined : await uppdragAsOf(db, id, point);
      if (!state)
        return values.json ? 'null' : `Uppdraget ${id ?? '(inget id)'} fanns inte vid den tidpunkten.`;
      return out(state, () =>
        [
          `${state.uppdragId}: ${state.text}`,
          `${UPPDRAG_LIFECYCLE_LABELS[state.lifecycle]}, slutdatum ${state.slutdatum} (förlängt ${state.slutdatumExtensions} ggr), ansvarig ${state.ansvarigPersonId}`,
          ...state.reports.map(
            (r) =>
              `${label(r.period)}: ${statusText(r.status)}${r.corrected ? ' (rättad)' : ''} — ${r.kommentar}`,
          ),
        ].join('\n'),
      );
    }
  }
}

function heading(title: string, meta: { asOf: string | null; recordedAt: string | null }, point: TimePoint) {
  const when = [
    point.asOf ? `som det stod ${meta.asOf}` : null,
    point.recordedAt ? `som systemet visade ${meta.recordedAt}` : null,
  ].filter(Boolean);
  return when.length > 0 ? `${title} (${when.join(', ')})` : title;
}

function label(key: string): string {
  const period = parsePeriod(key);
  return period ? periodLabel(period) : key;
}

function statusText(status: string | null): string {
  return status ? UPPDRAG_STATUS_PRESENTATION[status as UppdragStatus].label : '–';
}

const RAPPORTERING: Record<PeriodTableRow['rapportering'], string> = {
  rapporterad: 'rapporterad',
  ej_forfallen: 'ej förfallen',
  ej_rapporterad: 'ej rapporterad',
  ej_aktuell: 'ej aktuell',
};

function tableLine(row: PeriodTableRow): string {
  const flags = [
    row.carriedForward && row.reportPeriod
      ? `senast rapporterat ${statusText(row.status)}, ${label(row.reportPeriod)}`
      : null,
    row.corrected ? 'rättad' : null,
    row.lifecycle !== 'aktivt' ? UPPDRAG_LIFECYCLE_LABELS[row.lifecycle] : null,
  ].filter(Boolean);
  return [
    // As the table prints it (libs/domain's uppdrag.table-status).
    tableStatusText(row.tableStatus, row.deadline).padEnd(40),
    RAPPORTERING[row.rapportering].padEnd(15),
    row.uppdragId,
    flags.length > 0 ? `(${flags.join(', ')})` : '',
    row.kommentar ? `— ${row.kommentar}` : '',
  ]
    .filter((part) => part !== '')
    .join('  ');
}
