/**
 * A year's uppdrag from a sheet laid out like the plan's uppdrag table ("Status | Uppdrag |
 * Periodicitet | Slutdatum", plus what the plan says in prose: whom it is directed to, who gave it).
 * Row 1 holds the headings, in any order; headings are matched without regard to case, accents or a
 * trailing colon. Each later non-empty row becomes one RegisterUppdrag, registered by the person who
 * imports.
 *
 * | Heading                      | Required | Becomes                      | Written as                                   |
 * | ---------------------------- | -------- | ---------------------------- | -------------------------------------------- |
 * | Uppdrag                      | yes      | text                         | the uppdrag's text                           |
 * | Riktas till                  | yes      | riktasTill                   | organ ids, separated by `,` or ` samt `      |
 * | Periodicitet                 | yes¹     | periodicitet                 | `Månad`, `Tertial` or `Tertial: apr, aug, dec` |
 * | Slutdatum                    | yes¹     | slutdatum                    | `2023-12-31` (or an Excel date cell)         |
 * | Periodicitet och slutdatum   | ¹        | both                         | `Tertial: apr, aug, dec 2023-12-31`          |
 * | Ansvarig                     | yes      | ansvarigPersonId             | person id (`person-johan`)                   |
 * | Givet av                     | yes      | origin.givenBy               | organ id (`regionfullmaktige`)               |
 * | Ursprung                     | yes      | origin.kind                  | `fullmäktige` or `nämnd`                     |
 * | Planår                       | yes      | origin.planYear              | `2023`                                       |
 * | Status                       | no       | —                            | empty or `Ej påbörjad` (as the plan prints)  |
 * | Samordnare                   | no       | samordnare                   | organ id, one of Riktas till                 |
 * | Uppdrags-id                  | no       | uppdragId                    | id; empty: derived from Givet av, Planår and the text |
 * | Beskrivning                  | no       | beskrivning                  | text                                         |
 * | Beslutsdatum                 | no       | origin.beslutsdatum          | `2022-11-22`                                 |
 * | Diarienummer                 | no       | origin.diarienummer          | `RS 1234-2022`                               |
 * | Paragraf                     | no       | origin.paragraf              | `§ 123`                                      |
 * | Registrerad                  | no       | business time                | `2023-01-16T09:00:00+01:00`; empty: now      |
 *
 * ¹ Either both "Periodicitet" and "Slutdatum", or the plan's combined column.
 *
 * An unknown heading is refused (a misspelt optional column would otherwise be dropped silently). The
 * derived id makes a second import of the same sheet a refusal (UPPDRAG_ALREADY_REGISTERED), never a
 * duplicate.
 */
import { createHash } from 'node:crypto';
import { type ImportError } from '../import-error';
import { type Parsed, type PlannedCommand } from '../planned-command';
import { type SheetRow } from './csv';

type Column =
  | 'uppdragId'
  | 'status'
  | 'text'
  | 'beskrivning'
  | 'riktasTill'
  | 'samordnare'
  | 'periodicitet'
  | 'slutdatum'
  | 'periodicitetOchSlutdatum'
  | 'ansvarig'
  | 'givenBy'
  | 'kind'
  | 'planYear'
  | 'beslutsdatum'
  | 'diarienummer'
  | 'paragraf'
  | 'registrerad';

/** The heading each column is written with, as errors name it. */
export const SHEET_HEADINGS: Record<Column, string> = {
  uppdragId: 'Uppdrags-id',
  status: 'Status',
  text: 'Uppdrag',
  beskrivning: 'Beskrivning',
  riktasTill: 'Riktas till',
  samordnare: 'Samordnare',
  periodicitet: 'Periodicitet',
  slutdatum: 'Slutdatum',
  periodicitetOchSlutdatum: 'Periodicitet och slutdatum',
  ansvarig: 'Ansvarig',
  givenBy: 'Givet av',
  kind: 'Ursprung',
  planYear: 'Planår',
  beslutsdatum: 'Beslutsdatum',
  diarienummer: 'Diarienummer',
  paragraf: 'Paragraf',
  registrerad: 'Registrerad',
};

const REQUIRED: Column[] = ['text', 'riktasTill', 'ansvarig', 'givenBy', 'kind', 'planYear'];

/** The domain's field → the column it came from. */
const FIELD_COLUMN: [RegExp, Column][] = [
  [/^data\.uppdragId$/, 'uppdragId'],
  [/^data\.text$/, 'text'],
  [/^data\.beskrivning$/, 'beskrivning'],
  [/^data\.riktasTill/, 'riktasTill'],
  [/^data\.samordnare$/, 'samordnare'],
  [/^data\.periodicitet$/, 'periodicitet'],
  [/^data\.slutdatum$/, 'slutdatum'],
  [/^data\.ansvarigPersonId$/, 'ansvarig'],
  [/^data\.origin\.givenBy$/, 'givenBy'],
  [/^data\.origin\.kind$/, 'kind'],
  [/^data\.origin\.planYear$/, 'planYear'],
  [/^data\.origin\.beslutsdatum$/, 'beslutsdatum'],
  [/^data\.origin\.diarienummer$/, 'diarienummer'],
  [/^data\.origin\.paragraf$/, 'paragraf'],
  [/^metadata\.now$/, 'registrerad'],
];

const normalise = (heading: string) =>
  heading
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/:\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();

const BY_HEADING = new Map(
  (Object.entries(SHEET_HEADINGS) as [Column, string][]).map(([column, heading]) => [
    normalise(heading),
    column,
  ]),
);

const DATE_AT_END = /\s*(\d{4}-\d{2}-\d{2})\s*$/;

/** `Månad`, `Tertial`, `Tertial: apr, aug, dec` (the plan's wording) or the API's `manad`/`tertial`. */
export function parsePeriodicitet(text: string): 'manad' | 'tertial' | null {
  const value = normalise(text);
  if (value === 'manad' || value === 'manadsvis') return 'manad';
  if (value === 'tertial' || /^tertial:? ?apr,? ?aug,? (och )?dec$/.test(value)) return 'tertial';
  return null;
}

export function uppdragSheetCommands(rows: readonly SheetRow[], actor: string): Parsed {
  const errors: ImportError[] = [];
  const [header, ...body] = rows;
  if (!header) return { commands: [], errors: [{ row: 1, field: 'Uppdrag', reason: 'Filen är tom.' }] };

  const columns = new Map<Column, number>();
  header.cells.forEach((heading, index) => {
    if (heading.trim() === '') return;
    const column = BY_HEADING.get(normalise(heading));
    if (!column) {
      errors.push({ row: header.row, field: heading.trim(), reason: 'Okänd kolumn.' });
    } else if (columns.has(column)) {
      errors.push({ row: header.row, field: heading.trim(), reason: 'Kolumnen finns två gånger.' });
    } else columns.set(column, index);
  });
  const combined = columns.has('periodicitetOchSlutdatum');
  const required = [...REQUIRED, ...(combined ? [] : (['periodicitet', 'slutdatum'] as Column[]))];
  for (const column of required.filter((c) => !columns.has(c))) {
    errors.push({ row: header.row, field: SHEET_HEADINGS[column], reason: 'Kolumnen saknas.' });
  }
  if (errors.length > 0) return { commands: [], errors };

  const fieldName = (domainField: string | null) => {
    const column = FIELD_COLUMN.find(([pattern]) => pattern.test(domainField ?? ''))?.[1];
    if (!column) return 'rad';
    if (combined && (column === 'periodicitet' || column === 'slutdatum')) {
      return SHEET_HEADINGS.periodicitetOchSlutdatum;
    }
    return SHEET_HEADINGS[column];
  };

  const commands: PlannedCommand[] = [];
  for (const { row, cells } of body) {
    if (cells.every((c) => c.trim() === '')) continue;
    const cell = (column: Column) => {
      const index = columns.get(column);
      return index === undefined ? '' : (cells[index] ?? '').trim();
    };
    const optional = (column: Column) => cell(column) || null;
    const refuse = (column: Column, reason: string) =>
      errors.push({ row, field: SHEET_HEADINGS[column], reason });

    const status = normalise(cell('status'));
    if (status !== '' && status !== 'ej paborjad') {
      refuse('status', 'Ett uppdrag registreras som Ej påbörjad; rapportera status med kommandoimporten.');
    }

    let periodicitetText = cell('periodicitet');
    let slutdatum = cell('slutdatum');
    if (combined) {
      const both = cell('periodicitetOchSlutdatum');
      const date = DATE_AT_END.exec(both);
      slutdatum = date?.[1] ?? '';
      periodicitetText = date ? both.slice(0, date.index) : both;
    }
    const periodicitet = parsePeriodicitet(periodicitetText);
    if (periodicitet === null) {
      refuse(
        combined ? 'periodicitetOchSlutdatum' : 'periodicitet',
        'Periodiciteten ska vara "Månad" eller "Tertial: apr, aug, dec".',
      );
    }

    const kindText = normalise(cell('kind'));
    const kind = kindText === 'fullmaktige' ? 'fullmaktige' : kindText === 'namnd' ? 'namnd' : null;
    if (kind === null) refuse('kind', 'Ursprunget ska vara "fullmäktige" eller "nämnd".');

    const planYearText = cell('planYear');
    const planYear = /^\d{4}$/.test(planYearText) ? Number(planYearText) : null;
    if (planYear === null) refuse('planYear', 'Planåret ska vara ett årtal, t.ex. 2023.');

    const riktasTill = cell('riktasTill')
      .split(/\s*,\s*|\s+samt\s+/)
      .map((id) => id.trim())
      .filter((id) => id !== '');
    const text = cell('text');
    const givenBy = cell('givenBy');
    const uppdragId =
      optional('uppdragId') ??
      `u${planYearText}-${createHash('sha256').update(`${givenBy}\n${planYearText}\n${text}`).digest('hex').slice(0, 16)}`;

    if (periodicitet === null || kind === null || planYear === null) continue;
    const registrerad = cell('registrerad');
    commands.push({
      row,
      type: 'RegisterUppdrag',
      actor,
      ...(registrerad ? { occurredAt: registrerad } : {}),
      fieldName,
      data: {
        uppdragId,
        text,
        beskrivning: optional('beskrivning'),
        riktasTill,
        samordnare: optional('samordnare'),
        periodicitet,
        slutdatum,
        ansvarigPersonId: cell('ansvarig'),
        origin: {
          givenBy,
          kind,
          beslutsdatum: optional('beslutsdatum'),
          diarienummer: optional('diarienummer'),
          paragraf: optional('paragraf'),
          planYear,
        },
      },
    });
  }
  return { commands, errors };
}
