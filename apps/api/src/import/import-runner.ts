/**
 * The one path of both import endpoints: may this person import, parse, validate everything by a dry
 * run of the use cases, and write (the same use cases, live) only when nothing was refused (libs/import). Refusals become one 400 listing
 * every row; a concurrent writer met while writing becomes a 409 that says how much was written.
 */
import { Inject, Injectable, Logger } from '@nestjs/common';
import { Application } from '@sparbar/application';
import { type Clock } from '@sparbar/config';
import { authorize } from '@sparbar/domain';
// Deep import: the domain's index is being extended elsewhere; the policy file is the rule's home.
import { mayImport } from '@sparbar/domain/access/access.policy';
import { type EventStore, WrongExpectedRevisionError } from '@sparbar/event-store';
import {
  type ImportError,
  ImportInterrupted,
  OrganRegister,
  type Parsed,
  type PlannedTable,
  reportOnExistingUppdrag,
  validateImport,
  writeImport,
} from '@sparbar/import';
import { CLOCK, EVENT_STORE } from '@sparbar/runtime';
import { type WriteContext } from '../application/write-context';
import { problem, ProblemError } from '../http/problem';
import { OrganisationDirectory } from '../organisation/organisation-directory';
import { type ImportPreviewView, type ImportSummaryView } from './import.view';

@Injectable()
export class ImportRunner {
  private readonly logger = new Logger('Import');

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(Application) private readonly app: Application,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(OrganisationDirectory) private readonly directory: OrganisationDirectory,
  ) {}

  /** The organs as the log has them now: what a printed table's names are resolved against. */
  async organRegister(): Promise<OrganRegister> {
    const { organs } = await this.directory.current();
    return new OrganRegister(
      [...organs.values()].map(({ organId, namn, kortnamn, typ, active }) => ({
        organId,
        namn,
        kortnamn,
        typ,
        active,
      })),
    );
  }

  /** A table's rows whose uppdrag exist already report on them instead of registering again. */
  reportOnExisting(table: PlannedTable): Promise<PlannedTable> {
    return reportOnExistingUppdrag(table, this.store);
  }

  /**
   * Everything the import would do, checked exactly as `run` checks it, and nothing written: each
   * row's resolution, and every refusal (of the table's reading and of the deciders).
   */
  async preview(parse: () => Promise<PlannedTable>, write: WriteContext): Promise<ImportPreviewView> {
    this.authorize(write);
    const parsed = await parse();
    const { errors } = await validateImport(parsed.commands, this.store, this.clock);
    const all = [...parsed.errors, ...errors].sort((a, b) => a.row - b.row);
    return { ok: all.length === 0, commands: parsed.commands.length, rows: parsed.resolutions, errors: all };
  }

  /** Before reading the body's content: someone who may not import learns nothing about the file. */
  authorize(write: WriteContext): void {
    authorize(mayImport(write.actor), 'importera');
  }

  async run(parse: () => Promise<Parsed> | Parsed, write: WriteContext): Promise<ImportSummaryView> {
    this.authorize(write);
    const parsed = await parse();
    const { errors, checked } = await validateImport(parsed.commands, this.store, this.clock);
    const all = [...parsed.errors, ...errors].sort((a, b) => a.row - b.row);
    if (all.length > 0) throw refused(all);

    try {
      const written = await writeImport(this.app, checked, { correlationId: write.requestId });
      this.logger.log(
        { importedBy: write.actor.personId, requestId: write.requestId, commands: written.length },
        'import written',
      );
      return {
        commands: written.length,
        events: written.reduce((sum, w) => sum + w.events, 0),
        written,
      };
    } catch (error) {
      if (!(error instanceof ImportInterrupted)) throw error;
      this.logger.warn(
        {
          importedBy: write.actor.personId,
          requestId: write.requestId,
          row: error.row,
          written: error.written.length,
        },
        'import interrupted',
      );
      if (!(error.cause instanceof WrongExpectedRevisionError)) throw error.cause;
      throw new ProblemError(
        problem(
          409,
          'WRONG_EXPECTED_REVISION',
          `Någon annan ändrade ${error.cause.stream} medan importen skrevs. Rad ${error.row} och det som följer skrevs inte; de ${error.written.length} kommandon som kom före är skrivna.`,
          { row: error.row, written: error.written },
        ),
      );
    }
  }
}

export function refused(errors: ImportError[]): ProblemError {
  const rows = [...new Set(errors.map((e) => e.row))].join(', ');
  return new ProblemError(
    problem(400, 'VALIDATION_FAILED', `Filen innehåller fel (rad ${rows}); inget har skrivits.`, {
      errors: errors as never,
    }),
  );
}
