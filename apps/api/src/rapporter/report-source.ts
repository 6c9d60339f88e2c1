/**
 * What a report is made from: a cutoff in the verified chain (the head, or a position asked for) and
 * the period facts caught up to it. The worker builds the chain and the period facts side by side, so a
 * request may arrive when the chain is ahead; it waits a moment for the facts rather than print a table
 * that a later request with the same cutoff would print differently.
 */
import { Inject, Injectable } from '@nestjs/common';
import { type EventStore, type SqlDriver } from '@sparbar/event-store';
import { liveCheckpoint, periodsProjection } from '@sparbar/projections';
import { CutoffNotFoundError, exactCutoff, type ReportCutoff, reportCutoff } from '@sparbar/reports';
import { type WitnessFolder } from '@sparbar/audit';
import { EVENT_STORE, SQL_DATABASE, WITNESS } from '@sparbar/runtime';
import { problem, ProblemError } from '../http/problem';
import { fromPeriodFacts } from '../perioder/period-facts';
import { withCutoffDate } from './cutoff-date';
import { withWitness } from './cutoff-witness';

const WAIT_MS = 10_000;

@Injectable()
export class ReportSource {
  constructor(
    @Inject(SQL_DATABASE) private readonly sql: SqlDriver,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(WITNESS) private readonly witness: WitnessFolder,
  ) {}

  /**
   * The cutoff with its date, and the period facts at or past it; 404 for a position that is not in
   * the chain.
   */
  async cutoff(position: number | undefined): Promise<ReportCutoff> {
    const cutoff = await fromPeriodFacts(() =>
      position === undefined ? reportCutoff(this.sql) : exactCutoff(this.sql, position),
    ).catch((error: unknown) => {
      if (!(error instanceof CutoffNotFoundError)) throw error;
      if (position === undefined) throw unavailable('Händelseloggen är ännu inte kedjad.');
      throw new ProblemError(problem(404, 'NOT_FOUND', error.message));
    });
    await this.periodFactsAt(cutoff.position);
    return withWitness(this.witness, await withCutoffDate(this.store, this.sql, cutoff));
  }

  private async periodFactsAt(position: number): Promise<void> {
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      const live = await liveCheckpoint(this.sql, periodsProjection.name);
      if (live && live.checkpoint >= position) return;
      if (Date.now() > deadline)
        throw unavailable(
          `Periodtabellerna har ännu inte kommit ikapp position ${position}. Försök igen strax.`,
        );
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

function unavailable(detail: string): ProblemError {
  return new ProblemError(problem(503, 'READ_MODEL_UNAVAILABLE', detail));
}
