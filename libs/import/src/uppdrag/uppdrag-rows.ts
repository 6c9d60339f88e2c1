/**
 * From the rows of an uppdrag table (a sheet's, or a printed table's) to the commands that import it,
 * and to what the preview shows of each row: its text, the organs its "Riktas till" resolved to, the
 * samordnare, periodicitet, slutdatum, and the report its status and kommentar become.
 *
 * Per row, in the table's order:
 * - `RegisterUppdrag`, with `ordning` = its place in the table, so every list keeps the plan's order;
 * - then, for the table's period: a status other than Ej påbörjad (or Ej påbörjad with a kommentar)
 *   becomes `ReportUppdragStatus`; "Avslutad" becomes `CloseUppdrag` and "Inte längre aktuellt"
 *   `WithdrawUppdrag`, each with the kommentar, at the business time the importer gives (`rapporterad`).
 *   A monthly uppdrag in a table for a tertial reports the tertial's last month (2023-T1 → 2023-04).
 *
 * Nothing here judges a rule; the deciders do that when the import is validated (validate-import.ts).
 */
import { createHash } from 'node:crypto';
import { type ImportError } from '../import-error';
import { type PlannedCommand } from '../planned-command';
import { columnOf, type FieldSource, periodFor, reportCommand } from './row-commands';
import { resolveRowOrgans } from './row-organs';
import { type PlannedTable, type RowResolution, type TableContext, type UppdragRecord } from './row-types';
import {
  type Column,
  PARAMETER_OF,
  parsePeriodicitet,
  parseStatus,
  SHEET_HEADINGS,
  type TableParameters,
} from './uppdrag-columns';

const DATE_AT_END = /\s*(\d{4}-\d{2}-\d{2})\s*$/;

export function planUppdragRecords(records: readonly UppdragRecord[], context: TableContext): PlannedTable {
  const errors: ImportError[] = [];
  const commands: PlannedCommand[] = [];
  const resolutions: RowResolution[] = [];
  const parameters = context.parameters ?? {};
  const label = (column: FieldSource): string => {
    if (column === null) return 'rad';
    if (column === 'period' || column === 'rapporterad' || column === 'organ') return column;
    if (
      (column === 'periodicitet' || column === 'slutdatum') &&
      context.columns.has('periodicitetOchSlutdatum')
    )
      return SHEET_HEADINGS.periodicitetOchSlutdatum;
    if (context.columns.has(column)) return SHEET_HEADINGS[column];
    return PARAMETER_OF[column] ?? SHEET_HEADINGS[column];
  };
  const ordningFran = Number(parameters.ordningFran ?? 1);
  if (!Number.isInteger(ordningFran) || ordningFran < 1) {
    errors.push({ row: 0, field: 'ordningFran', reason: 'Ordningen börjar med ett heltal från 1.' });
  }

  const part = tablePart(parameters, context, errors);

  records.forEach((record, index) => {
    const before = errors.length;
    const refuse = (column: Exclude<FieldSource, null>, reason: string) =>
      errors.push({ row: record.row, field: label(column), reason });
    const cell = (column: Column) => (record.cells[column] ?? '').trim();
    const given = (column: Column, parameter?: keyof TableParameters) =>
      cell(column) || (parameter ? (parameters[parameter] ?? '').trim() : '');
    const { text, kommentar, riktasTill, samordnare, givenBy, kind } = resolveRowOrgans(
      record,
      context,
      cell,
      refuse,
    );

    const planYearText = given('planYear', 'planar') || (parameters.period ?? '').slice(0, 4);
    const planYear = /^\d{4}$/.test(planYearText) ? Number(planYearText) : null;
    if (planYear === null)
      refuse(
        'planYear',
        'Planåret ska vara ett årtal, t.ex. 2023 (kolumnen Planår eller parametern planar).',
      );

    let periodicitetText = cell('periodicitet');
    let slutdatum = cell('slutdatum');
    if (context.columns.has('periodicitetOchSlutdatum')) {
      const both = cell('periodicitetOchSlutdatum');
      const date = DATE_AT_END.exec(both);
      slutdatum = date?.[1] ?? '';
      periodicitetText = date ? both.slice(0, date.index) : both;
    }
    const periodicitet = parsePeriodicitet(periodicitetText.replace(/\s+/g, ' '));
    if (periodicitet === null)
      refuse('periodicitet', 'Periodiciteten ska vara "Månad" eller "Tertial: apr, aug, dec".');

    const ansvarig = given('ansvarig', 'ansvarig');
    if (ansvarig === '')
      refuse('ansvarig', 'Ange den ansvariga personens id (kolumnen Ansvarig eller parametern ansvarig).');

    const status = parseStatus(cell('status'));
    if (status === null) refuse('status', `Okänd status "${cell('status')}".`);

    const reports =
      status !== null && (status.kind !== 'rapport' || status.status !== 'ej_paborjad' || kommentar !== '');
    const period = (parameters.period ?? '').trim();
    if (reports && period === '')
      refuse(
        'period',
        'Raden har en status att rapportera: ange rapportperioden (parametern period, t.ex. 2023-T1).',
      );

    if (errors.length > before || !givenBy || !kind || planYear === null || !periodicitet || !status) return;

    const uppdragId =
      cell('uppdragId') ||
      `u${planYear}-${createHash('sha256').update(`${givenBy.organId}\n${planYear}\n${text}`).digest('hex').slice(0, 16)}`;
    const registrerad = given('registrerad', 'registrerad') || null;
    const ordning = ordningFran + index;
    commands.push({
      row: record.row,
      type: 'RegisterUppdrag',
      actor: context.actor,
      ...(registrerad ? { occurredAt: registrerad } : {}),
      fieldName: (field) => label(columnOf(field, 'registrerad')),
      data: {
        uppdragId,
        text,
        beskrivning: cell('beskrivning') || null,
        riktasTill: riktasTill.map((o) => o.organId),
        samordnare: samordnare?.organId ?? null,
        periodicitet,
        slutdatum,
        ansvarigPersonId: ansvarig,
        ordning,
        origin: {
          givenBy: givenBy.organId,
          kind,
          beslutsdatum: cell('beslutsdatum') || null,
          diarienummer: cell('diarienummer') || null,
          paragraf: cell('paragraf') || null,
          planYear,
        },
      },
    });
    const rapporterad = (parameters.rapporterad ?? '').trim() || null;
    const reportPeriod = reports ? periodFor(period, periodicitet) : null;
    if (reports)
      commands.push(
        reportCommand(
          record.row,
          status,
          { uppdragId, period: reportPeriod!, kommentar },
          // A part only where there are parts: an uppdrag to one organ has its one (joint) report.
          part !== null && riktasTill.length > 1 ? part.organId : null,
          context.actor,
          rapporterad,
          label,
        ),
      );
    resolutions.push({
      row: record.row,
      uppdragId,
      ordning,
      text,
      riktasTill,
      samordnare,
      givenBy,
      originKind: kind,
      planYear,
      periodicitet,
      slutdatum,
      ansvarigPersonId: ansvarig,
      registrerad,
      report: reports
        ? {
            kind: status.kind,
            period: status.kind === 'rapport' ? reportPeriod : null,
            status: status.kind === 'rapport' ? status.status : null,
            kommentar,
            rapporterad,
          }
        : null,
    });
  });
  return { commands, errors, resolutions };
}

/** The organ whose own report the table is (parameter organ), resolved against the register. */
function tablePart(
  parameters: TableParameters,
  context: TableContext,
  errors: ImportError[],
): { organId: string } | null {
  const name = (parameters.organ ?? '').trim();
  if (name === '') return null;
  if (!context.register) return { organId: name };
  const found = context.register.resolve(name);
  if (found.ok) return { organId: found.organ.organId };
  errors.push({ row: 0, field: 'organ', reason: found.reason });
  return null;
}
