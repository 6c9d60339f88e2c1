/**
 * Writes a validated import, command by command in file order, through the CommandHandler (read, decide,
 * append with the revision read). Each append expects the revision the validation predicted: if anyone
 * else wrote to that stream in between, the append is refused (WrongExpectedRevisionError → 409) instead
 * of deciding again on a state the validation never saw.
 *
 * Not all-or-nothing across streams: the store appends atomically per stream only, so the commands
 * written before such a conflict stay written (`ImportInterrupted.written` says how many). Run the same
 * file again after looking: what is already there is refused by its decider (UPPDRAG_ALREADY_REGISTERED,
 * PERIOD_ALREADY_REPORTED), so fix the file to hold only what is missing.
 */
import { CommandHandler } from '@sparbar/application';
import { type EventStore } from '@sparbar/event-store';
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
  store: EventStore,
  checked: readonly CheckedCommand[],
  options: { correlationId: string; clock?: () => Date },
): Promise<WrittenCommand[]> {
  const handler = new CommandHandler(store, options.clock);
  const written: WrittenCommand[] = [];
  for (const command of checked) {
    try {
      const result = await handler.handle(
        command.decider,
        command.stream,
        {
          type: command.type,
          data: command.data,
          metadata: { actor: command.actor, ...(command.occurredAt ? { now: command.occurredAt } : {}) },
        },
        { expectedRevision: command.expectedRevision, correlationId: options.correlationId },
      );
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
