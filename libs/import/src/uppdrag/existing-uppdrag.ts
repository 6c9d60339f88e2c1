/**
 * A delårsrapport's table lists the same uppdrag as the plan imported in January, now with a status and
 * a kommentar. A row whose uppdrag is already registered (the same id: derived from giver, plan year and
 * text, or the sheet's Uppdrags-id) and that has a report to write is therefore not registered again:
 * its report is written on the uppdrag that exists. Where the table prints another periodicitet than
 * the uppdrag has ("Månad" for an uppdrag planned per tertial), the change is written first, dated with
 * the report, so the report fits it — as the region did in 2023.
 *
 * A row without a report whose uppdrag exists keeps its registration, which the decider refuses
 * (UPPDRAG_ALREADY_REGISTERED): importing the same plan twice is a mistake to be told about.
 */
import { evolveUppdrag, initialUppdragState, type UppdragEvent, uppdragStream } from '@sparbar/domain';
import { type PlannedCommand } from '../planned-command';
import { type PlannedTable } from './row-types';

/** The part of the event store this reads. */
export interface StreamReader {
  readStream(stream: string): Promise<readonly { type: string; data: unknown; revision: number }[]>;
}

export async function reportOnExistingUppdrag(
  table: PlannedTable,
  store: StreamReader,
): Promise<PlannedTable> {
  const commands: PlannedCommand[] = [];
  const resolutions = table.resolutions.map((r) => ({ ...r }));
  for (const command of table.commands) {
    const resolution = resolutions.find((r) => r.row === command.row);
    if (command.type !== 'RegisterUppdrag' || !resolution?.report) {
      commands.push(command);
      continue;
    }
    const events = await store.readStream(uppdragStream(resolution.uppdragId));
    const state = events.reduce(
      (s, e) => evolveUppdrag(s, e as unknown as UppdragEvent),
      initialUppdragState(),
    );
    if (!state.exists) {
      commands.push(command);
      continue;
    }
    resolution.alreadyRegistered = true;
    // Only a report has to fit the periodicitet; closing or withdrawing does not.
    if (resolution.report.kind === 'rapport' && state.periodicitet !== resolution.periodicitet) {
      const report = table.commands.find((c) => c.row === command.row && c !== command);
      commands.push({
        row: command.row,
        type: 'ChangeUppdragPeriodicitet',
        actor: command.actor,
        ...(report?.occurredAt ? { occurredAt: report.occurredAt } : {}),
        fieldName: report?.fieldName ?? command.fieldName,
        data: {
          uppdragId: resolution.uppdragId,
          periodicitet: resolution.periodicitet,
          reason: `Periodiciteten i den importerade tabellen${resolution.report.period ? ` för ${resolution.report.period}` : ''}.`,
        },
      });
      resolution.periodicitetChangedFrom = state.periodicitet;
    }
  }
  return { ...table, commands, resolutions };
}
