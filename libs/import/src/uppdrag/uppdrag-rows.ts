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
import { type UppdragStatus } from '@sparbar/domain';
import { type ImportError } from '../import-error';
import { type Parsed, type PlannedCommand } from '../planned-command';
import { type OrganRegister, type RegisteredOrgan } from '../resolve/organ-register';
import { resolveRecipients } from '../resolve/recipients';
import { columnOf, type FieldSource, periodFor, reportCommand } from './row-commands';
import {
  type Column,
  normaliseHeading,
  PARAMETER_OF,
  parsePeriodicitet,
  parseStatus,
  SHEET_HEADINGS,
  type TableParameters,
} from './uppdrag-columns';

export interface UppdragRecord {
  row: number;
  /** Cells by column; a column the table does not have is absent (its parameter stands in). */
  cells: Partial<Record<Column, string>>;
  /** A printed row's section heading ("Uppdrag från nämnd till beredning folkhälsa"). */
  section?: { from: string; to: string } | null;
}

export interface TableContext {
  /** Who imports: every command is decided as this person (plus the importer capability). */
  actor: string;
  /** The columns the table has: an error names the heading, or else the parameter standing in. */
  columns: ReadonlySet<Column>;
  /** Without a register (older callers), organs are written as ids. */
  register?: OrganRegister;
  parameters?: TableParameters;
}

export type OrganRef = { organId: string; namn: string };

export interface RowResolution {
  row: number;
  uppdragId: string;
  ordning: number;
  text: string;
  riktasTill: OrganRef[];
  samordnare: OrganRef | null;
  givenBy: OrganRef;
  originKind: 'fullmaktige' | 'namnd';
  planYear: number;
  periodicitet: 'manad' | 'tertial';
  slutdatum: string;
  ansvarigPersonId: string;
  registrerad: string | null;
  /** The uppdrag exists already: the row only reports on it (existing-uppdrag.ts). */
  alreadyRegistered?: boolean;
  /** The periodicitet it had, where the table changes it. */
  periodicitetChangedFrom?: 'manad' | 'tertial';
  report: {
    kind: 'rapport' | 'avslutad' | 'aterkallad';
    period: string | null;
    status: UppdragStatus | null;
    kommentar: string;
    rapporterad: string | null;
  } | null;
}

export type PlannedTable = Parsed & { resolutions: RowResolution[] };

const RIKTAS = /(^|\s)((?:uppdraget\s+)?riktas\s+(?:endast\s+)?till\s)/i;
const GENERIC = /^(nämnd|nämnden|nämnder|styrelse|styrelsen|styrelser|nämnder och styrelser)$/i;
const DATE_AT_END = /\s*(\d{4}-\d{2}-\d{2})\s*$/;

export function planUppdragRecords(records: readonly UppdragRecord[], context: TableContext): PlannedTable {
  const errors: ImportError[] = [];
  const commands: PlannedCommand[] = [];
  const resolutions: RowResolution[] = [];
  const parameters = context.parameters ?? {};
  const label = (column: FieldSource): string => {
    if (column === null) return 'rad';
    if (column === 'period' || column === 'rapporterad') return column;
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

  records.forEach((record, index) => {
    const before = errors.length;
    const refuse = (column: Exclude<FieldSource, null>, reason: string) =>
      errors.push({ row: record.row, field: label(column), reason });
    const cell = (column: Column) => (record.cells[column] ?? '').trim();
    const given = (column: Column, parameter?: keyof TableParameters) =>
      cell(column) || (parameter ? (parameters[parameter] ?? '').trim() : '');
    const organ = (name: string, column: Column): OrganRef | null => {
      if (!context.register) return { organId: name, namn: name };
      const found = context.register.resolve(name);
      if (found.ok) return ref(found.organ);
      refuse(column, found.reason);
      return null;
    };

    // The uppdrag's text, with the "Riktas till …" sentence cut off where the cell holds both.
    let text = cell('text');
    let riktasText = cell('riktasTill');
    let kommentar = cell('kommentar');
    const inText = RIKTAS.exec(text);
    if (inText && (riktasText === '' || !context.columns.has('riktasTill'))) {
      riktasText = text.slice(inText.index + inText[1].length);
      text = text.slice(0, inText.index + inText[1].length).trim();
    }
    if (riktasText === '' && record.section && !GENERIC.test(record.section.to.trim())) {
      riktasText = record.section.to;
    }
    let riktasTill: OrganRef[] = [];
    let samordnare: OrganRef | null = null;
    if (riktasText === '') {
      refuse('riktasTill', 'Ange vem uppdraget riktas till ("Riktas till …").');
    } else if (context.register) {
      let resolved = resolveRecipients(riktasText, context.register);
      const split =
        resolved.ok || cell('kommentar') !== '' ? null : splitSentence(riktasText, context.register);
      if (split) {
        resolved = split.resolved;
        kommentar = split.rest;
      }
      if (resolved.ok) {
        riktasTill = resolved.riktasTill.map(ref);
        samordnare = resolved.samordnare && ref(resolved.samordnare);
      } else refuse('riktasTill', resolved.reason);
    } else {
      riktasTill = riktasText
        .split(/\s*,\s*|\s+samt\s+/)
        .filter((id) => id !== '')
        .map((id) => ({ organId: id, namn: id }));
    }
    if (cell('samordnare') !== '') {
      const named = organ(cell('samordnare'), 'samordnare');
      if (named && samordnare && named.organId !== samordnare.organId) {
        refuse('samordnare', `"Riktas till" säger att ${samordnare.namn} samordnar.`);
      } else if (named) samordnare = named;
    }

    // Who gave it: the column, the section heading ("från fullmäktige"), or the parameter.
    const section = record.section?.from.trim() ?? '';
    const giverName =
      cell('givenBy') ||
      (section !== '' && !GENERIC.test(section) ? section : '') ||
      (parameters.givetAv ?? '');
    const givenBy = giverName === '' ? null : organ(giverName, 'givenBy');
    if (giverName === '')
      refuse('givenBy', 'Ange vem som gav uppdraget (kolumnen Givet av eller parametern givetAv).');

    const kindText = normaliseHeading(cell('kind'));
    const giverTyp = givenBy && context.register?.byId(givenBy.organId)?.typ;
    const kind =
      kindText === 'fullmaktige' || kindText === 'namnd'
        ? kindText
        : kindText === '' && giverTyp
          ? giverTyp === 'regionfullmaktige'
            ? 'fullmaktige'
            : 'namnd'
          : null;
    if (kind === null && givenBy) refuse('kind', 'Ursprunget ska vara "fullmäktige" eller "nämnd".');

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

/**
 * A copy that lost the blank line between the sentence and the kommentar ("Riktas till regionstyrelsen
 * Uppdraget är påbörjat …"): the longest start that resolves, ending before a capital letter, is the
 * sentence; the rest is the kommentar.
 */
function splitSentence(
  sentence: string,
  register: OrganRegister,
): { resolved: ReturnType<typeof resolveRecipients>; rest: string } | null {
  const words = sentence.trim().split(/\s+/);
  for (let i = words.length - 1; i > 0; i--) {
    if (!/^[A-ZÅÄÖ]/.test(words[i])) continue;
    const resolved = resolveRecipients(words.slice(0, i).join(' '), register);
    if (resolved.ok) return { resolved, rest: words.slice(i).join(' ') };
  }
  return null;
}

const ref = (organ: RegisteredOrgan): OrganRef => ({ organId: organ.organId, namn: organ.namn });
