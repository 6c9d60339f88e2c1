/**
 * A year's uppdrag from a sheet laid out like the plan's uppdrag table ("Status | Uppdrag |
 * Periodicitet | Slutdatum", plus what the plan says in prose: whom it is directed to, who gave it).
 * Row 1 holds the headings, in any order; headings are matched without regard to case, accents or a
 * trailing colon. Each later non-empty row becomes one RegisterUppdrag, registered by the person who
 * imports, and its status and kommentar a report for the table's period (uppdrag/uppdrag-rows.ts).
 * A column the table lacks can be given once for the whole table as a parameter (TableParameters).
 *
 * | Heading                      | Required | Becomes                      | Written as                                   |
 * | ---------------------------- | -------- | ---------------------------- | -------------------------------------------- |
 * | Uppdrag                      | yes      | text                         | the uppdrag's text                           |
 * | Riktas till                  | yes²     | riktasTill, samordnare       | organs by id or name, or the plan's sentence |
 * | Periodicitet                 | yes¹     | periodicitet                 | `Månad`, `Tertial` or `Tertial: apr, aug, dec` |
 * | Slutdatum                    | yes¹     | slutdatum                    | `2023-12-31` (or an Excel date cell)         |
 * | Periodicitet och slutdatum   | ¹        | both                         | `Tertial: apr, aug, dec 2023-12-31`          |
 * | Ansvarig                     | yes³     | ansvarigPersonId             | person id (`person-johan`)                   |
 * | Givet av                     | yes³     | origin.givenBy               | organ id or name (`regionfullmaktige`)       |
 * | Ursprung                     | no       | origin.kind                  | `fullmäktige` or `nämnd`; empty: by Givet av |
 * | Planår                       | yes³     | origin.planYear              | `2023`                                       |
 * | Status                       | no       | a report for the period      | as the tables print it; empty: Ej påbörjad   |
 * | Kommentar                    | no       | the report's kommentar       | text                                         |
 * | Samordnare                   | no       | samordnare                   | organ id or name, one of Riktas till         |
 * | Uppdrags-id                  | no       | uppdragId                    | id; empty: derived from Givet av, Planår and the text |
 * | Beskrivning                  | no       | beskrivning                  | text                                         |
 * | Beslutsdatum                 | no       | origin.beslutsdatum          | `2022-11-22`                                 |
 * | Diarienummer                 | no       | origin.diarienummer          | `RS 1234-2022`                               |
 * | Paragraf                     | no       | origin.paragraf              | `§ 123`                                      |
 * | Registrerad                  | no       | business time                | `2023-01-16T09:00:00+01:00`; empty: now      |
 *
 * ¹ Either both "Periodicitet" and "Slutdatum", or the plan's combined column.
 * ² Or the "Riktas till …" sentence inside the Uppdrag cell, as the plan prints it.
 * ³ Or the parameter (ansvarig, givetAv, planar) for the whole table.
 *
 * An unknown heading is refused (a misspelt optional column would otherwise be dropped silently). The
 * derived id makes a second import of the same sheet a refusal (UPPDRAG_ALREADY_REGISTERED), never a
 * duplicate.
 */
import { type ImportError } from '../import-error';
import { type OrganRegister } from '../resolve/organ-register';
import {
  type Column,
  normaliseHeading,
  PARAMETER_OF,
  SHEET_HEADINGS,
  type TableParameters,
} from '../uppdrag/uppdrag-columns';
import { type PlannedTable } from '../uppdrag/row-types';
import { planUppdragRecords } from '../uppdrag/uppdrag-rows';
import { type SheetRow } from './csv';

export { parsePeriodicitet, SHEET_HEADINGS } from '../uppdrag/uppdrag-columns';

const REQUIRED: Column[] = ['text', 'ansvarig', 'givenBy', 'planYear'];

const BY_HEADING = new Map(
  (Object.entries(SHEET_HEADINGS) as [Column, string][]).map(([column, heading]) => [
    normaliseHeading(heading),
    column,
  ]),
);

export function uppdragSheetCommands(
  rows: readonly SheetRow[],
  actor: string,
  options: { register?: OrganRegister; parameters?: TableParameters } = {},
): PlannedTable {
  const errors: ImportError[] = [];
  const parameters = options.parameters ?? {};
  const [header, ...body] = rows;
  if (!header) {
    return { commands: [], resolutions: [], errors: [{ row: 1, field: 'Uppdrag', reason: 'Filen är tom.' }] };
  }

  const columns = new Map<Column, number>();
  header.cells.forEach((heading, index) => {
    if (heading.trim() === '') return;
    const column = BY_HEADING.get(normaliseHeading(heading));
    if (!column) {
      errors.push({ row: header.row, field: heading.trim(), reason: 'Okänd kolumn.' });
    } else if (columns.has(column)) {
      errors.push({ row: header.row, field: heading.trim(), reason: 'Kolumnen finns två gånger.' });
    } else columns.set(column, index);
  });
  const combined = columns.has('periodicitetOchSlutdatum');
  const required = [...REQUIRED, ...(combined ? [] : (['periodicitet', 'slutdatum'] as Column[]))];
  for (const column of required.filter((c) => !columns.has(c))) {
    const parameter = PARAMETER_OF[column];
    if (parameter && (parameters[parameter] ?? '').trim() !== '') continue;
    if (column === 'planYear' && (parameters.period ?? '') !== '') continue;
    errors.push({
      row: header.row,
      field: SHEET_HEADINGS[column],
      reason: parameter ? `Kolumnen saknas (eller ange parametern ${parameter}).` : 'Kolumnen saknas.',
    });
  }
  if (!columns.has('riktasTill') && !columns.has('text')) {
    errors.push({ row: header.row, field: SHEET_HEADINGS.riktasTill, reason: 'Kolumnen saknas.' });
  }
  if (errors.length > 0) return { commands: [], resolutions: [], errors };

  const records = body
    .filter(({ cells }) => cells.some((c) => c.trim() !== ''))
    .map(({ row, cells }) => ({
      row,
      cells: Object.fromEntries([...columns].map(([column, index]) => [column, cells[index] ?? ''])),
    }));
  return planUppdragRecords(records, {
    actor,
    columns: new Set(columns.keys()),
    register: options.register,
    parameters,
  });
}
