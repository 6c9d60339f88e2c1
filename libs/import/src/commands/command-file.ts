/**
 * The command import format: the same commands the API takes, one after the other, each with who acted
 * and when (business time). Documented with an example in docs/import-kommandon.example.json.
 *
 * ```json
 * { "commands": [
 *   { "type": "ReportUppdragStatus", "actor": "person-johan", "occurredAt": "2023-05-03T09:00:00+02:00",
 *     "data": { "uppdragId": "…", "period": "2023-T1", "status": "pagaende_enligt_plan", "kommentar": "…" } }
 * ] }
 * ```
 *
 * - `type`: one of IMPORTABLE_COMMANDS (libs/domain/src/uppdrag/uppdrag.commands.ts,
 *   delmal/delmal.commands.ts and faststallelse/faststallelse.commands.ts); `data` is that command's data,
 *   field for field. Each is run by its use case in libs/application (commands-by-type.ts), as the API
 *   runs it.
 * - `actor`: the id of a registered, active person; the command is decided with that person's roles
 *   and organ, as if they had sent it then.
 * - `occurredAt`: required, ISO 8601 with a time zone; not in the future.
 *
 * Organs and people (master data) are not imported this way: an administrator registers them first.
 * This file only checks the shape; every rule is the decider's.
 */
import { type CommandType } from '@sparbar/application';
import { type ImportError } from '../import-error';
import { type Parsed, type PlannedCommand } from '../planned-command';

export const IMPORTABLE_COMMANDS = {
  uppdrag: [
    'RegisterUppdrag',
    'ChangeUppdragAnsvarig',
    'ChangeUppdragPeriodicitet',
    'ExtendUppdragSlutdatum',
    'ReportUppdragStatus',
    'CorrectUppdragReport',
    'CloseUppdrag',
    'CloseUppdragPart',
    'WithdrawUppdrag',
  ],
  delmal: [
    'DefineDelmal',
    'AddIndikator',
    'ChangeIndikatorMalvarde',
    'RecordIndikatorUtfall',
    'CorrectIndikatorUtfall',
    'AssessDelmal',
    'CorrectDelmalAssessment',
    'CloseDelmal',
  ],
  // The nämnd's meetings: its adoption of a period report, regionstyrelsen's and fullmäktige's handling.
  faststallelse: ['AdoptPeriodReport', 'RecordPeriodReportHandling'],
} as const satisfies Record<'uppdrag' | 'delmal' | 'faststallelse', readonly CommandType[]>;

const ALL = new Set<string>([
  ...IMPORTABLE_COMMANDS.uppdrag,
  ...IMPORTABLE_COMMANDS.delmal,
  ...IMPORTABLE_COMMANDS.faststallelse,
]);
const KEYS = new Set(['type', 'actor', 'occurredAt', 'data']);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Errors about the file as a whole carry row 0. */
export function commandFileCommands(body: unknown): Parsed {
  if (!isObject(body) || !Array.isArray(body.commands)) {
    return {
      commands: [],
      errors: [
        { row: 0, field: 'commands', reason: 'Filen ska vara ett JSON-objekt med listan "commands".' },
      ],
    };
  }
  const errors: ImportError[] = Object.keys(body)
    .filter((key) => key !== 'commands')
    .map((key) => ({ row: 0, field: key, reason: 'Okänt fält.' }));
  if (body.commands.length === 0) {
    errors.push({ row: 0, field: 'commands', reason: 'Listan innehåller inga kommandon.' });
  }

  const commands: PlannedCommand[] = [];
  body.commands.forEach((entry: unknown, index) => {
    const row = index + 1;
    const before = errors.length;
    const refuse = (field: string, reason: string) => errors.push({ row, field, reason });
    if (!isObject(entry)) return refuse('commands', 'Ett kommando ska vara ett JSON-objekt.');
    for (const key of Object.keys(entry).filter((k) => !KEYS.has(k))) refuse(key, 'Okänt fält.');
    const { type, actor, occurredAt, data } = entry;
    if (typeof type !== 'string' || !ALL.has(type)) {
      refuse('type', `Okänd kommandotyp; en av ${[...ALL].join(', ')}.`);
    }
    if (typeof actor !== 'string' || actor === '') refuse('actor', 'Ange personens id.');
    if (typeof occurredAt !== 'string' || occurredAt === '') {
      refuse('occurredAt', 'Ange händelsetiden (ISO 8601 med tidszon).');
    }
    if (!isObject(data)) refuse('data', 'Kommandots innehåll ska vara ett JSON-objekt.');
    if (errors.length > before) return;
    commands.push({
      row,
      type: type as string,
      actor: actor as string,
      occurredAt: occurredAt as string,
      data: data as Record<string, unknown>,
    });
  });
  return { commands, errors };
}
