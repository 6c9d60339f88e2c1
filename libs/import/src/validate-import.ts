/**
 * Validates a whole import before anything is written, by running each command's use case
 * (libs/application, the same the API runs) on one dry-run Application for the whole file: it reads
 * the streams as they stand in the store with the file's own earlier commands appended on top, in file
 * order, so a report after a registration in the same file is judged as it will be when written, and
 * the cross-stream checks (named organs and people exist and are active, fullmäktige's uppdrag given
 * by regionfullmäktige) are the use cases' own. Nothing reaches the store. Every refusal is
 * collected; nothing stops at the first.
 *
 * Each command is decided with its actor's roles and organ from the person's stream, plus the
 * `importer` capability of the person running the import (which is what allows the earlier business
 * time, libs/domain access/command-guard.ts): the actor's own rights still decide what they may do.
 */
import { Application, useCaseOf } from '@sparbar/application';
import { type Actor, isDomainError } from '@sparbar/domain';
import { type EventStore } from '@sparbar/event-store';
import { type ImportError } from './import-error';
import { type PlannedCommand } from './planned-command';

/** A command that passed, ready to be written with the revision its stream will have before it. */
export interface CheckedCommand {
  row: number;
  type: string;
  stream: string;
  actor: Actor;
  data: Record<string, unknown>;
  occurredAt: string | undefined;
  /** The stream's revision when this command is written (-1: new), if the store is unchanged. */
  expectedRevision: number;
  events: number;
}

export interface ValidationResult {
  errors: ImportError[];
  checked: CheckedCommand[];
}

/** Never stored: a dry run appends to its scratch copy only. */
const DRY_RUN_REQUEST = 'import-dry-run';

/** A command file names fields as the API does; an actor's problem is the `actor` field. */
function defaultFieldName(field: string | null): string {
  if (field === null || field.startsWith('metadata.actor')) return 'actor';
  if (field === 'metadata.now') return 'occurredAt';
  return field;
}

export async function validateImport(
  planned: readonly PlannedCommand[],
  store: Pick<EventStore, 'readStream'>,
  clock: () => Date,
): Promise<ValidationResult> {
  const app = Application.dryRun(store, clock);
  const errors: ImportError[] = [];
  const checked: CheckedCommand[] = [];
  for (const command of planned) {
    const name = command.fieldName ?? defaultFieldName;
    const refuse = (field: string | null, reason: string, code?: string) =>
      errors.push({ row: command.row, field: name(field), reason, ...(code ? { code } : {}) });

    const useCase = useCaseOf(command.type);
    const stream = useCase?.stream(command.data) ?? null;
    if (!useCase || stream === null) {
      refuse('data', 'Kommandot saknar id för uppdraget eller delmålet, eller har en okänd typ.');
      continue;
    }
    const person = await app.references.person(command.actor);
    if (!person || !person.active) {
      refuse(
        'metadata.actor',
        person ? `${person.namn} är inaktiverad.` : `Personen "${command.actor}" finns inte.`,
        person ? 'PERSON_DEACTIVATED' : 'PERSON_NOT_FOUND',
      );
      continue;
    }
    const actor: Actor = {
      personId: person.personId,
      roles: [...new Set([...person.roles, 'importer' as const])],
      organId: person.organId,
    };
    try {
      const written = await useCase.run(app, command.data, {
        actor,
        requestId: DRY_RUN_REQUEST,
        occurredAt: command.occurredAt,
      });
      checked.push({
        row: command.row,
        type: command.type,
        stream,
        actor,
        data: command.data,
        occurredAt: command.occurredAt,
        expectedRevision: written.revision - written.events.length,
        events: written.events.length,
      });
    } catch (error) {
      if (!isDomainError(error)) throw error;
      refuse(error.field, error.message, error.code);
    }
  }
  return { errors, checked };
}
