/**
 * Writes a validated import, command by command in file order, by running the same use cases the
 * validation ran (libs/application) on the live Application. Each append expects the revision the dry
 * run predicted: if anyone else wrote to that stream in between, the append is refused
 * (WrongExpectedRevisionError → 409) instead of deciding again on a state the validation never saw.
 * A create (RegisterUppdrag, DefineDelmal) expects a new stream whatever it is told; one created in
 * between is refused by its decider (UPPDRAG_ALREADY_REGISTERED), which stops the import as its cause.
 *
 * Not all-or-nothing across streams: the store appends atomically per stream only, so the commands
 * written before such a conflict stay written (`ImportInterrupted.written` says how many). Run the same
 * file again after looking: what is already there is refused by its decider (UPPDRAG_ALREADY_REGISTERED,
 * PERIOD_ALREADY_REPORTED), so fix the file to hold only what is missing.
 */
import { type Application, useCaseOf } from '@sparbar/application';
import { type CheckedCommand } from './validate-import';

export interface WrittenCommand {
  row: number;
  type: string;
  stream: string;
  /** The stream's revision after the command (unchanged when it decided no events). */
  revision: number;
  events: number;
}

export class ImportInterrupted extends Error {
  constructor(
    readonly row: number,
    readonly written: WrittenCommand[],
    override readonly cause: unknown,
  ) {
    super(`import stopped at row ${row} after ${written.length} commands`);
    this.name = 'ImportInterrupted';
  }
}

export async function writeImport(
  app: Application,
  checked: readonly CheckedCommand[],
  options: { correlationId: string },
): Promise<WrittenCommand[]> {
  const written: WrittenCommand[] = [];
  for (const command of checked) {
    try {
      const useCase = useCaseOf(command.type);
      if (!useCase) throw new Error(`no use case for ${command.type}`);
      const result = await useCase.run(app, command.data, {
        actor: command.actor,
        expectedRevision: command.expectedRevision,
        requestId: options.correlationId,
        occurredAt: command.occurredAt,
      });
      written.push({
        row: command.row,
        type: command.type,
        stream: command.stream,
        revision: result.revision,
        events: result.events.length,
      });
    } catch (error) {
      throw new ImportInterrupted(command.row, written, error);
    }
  }
  return written;
}
