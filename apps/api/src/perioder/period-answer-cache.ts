/**
 * Answers over the period facts (the period table, måluppfyllelse, aging, one uppdrag as it stood),
 * kept per request and per state of the periods read model: see ReadModelAnswers. The joint uppdrag's
 * parts (period-parts.queries.ts) and the adoptions (adoption marks) are read models of their own,
 * applied in lanes of their own: an answer waits until they have applied the state it is kept for.
 * An organ's answer (`organ=`) stays kept across states whose events changed only other organs, or
 * only its periods after the one asked about.
 */
import { Inject, Injectable } from '@nestjs/common';
import { type EventStore, type SqlDriver } from '@sparbar/event-store';
import { faststallelserProjection, periodsProjection, uppdragPartsProjection } from '@sparbar/projections';
import { EVENT_STORE, SQL_DATABASE } from '@sparbar/runtime';
import { type FastifyRequest } from 'fastify';
import { HeardAppends } from '../http/heard-appends';
import { ReadModelAnswers } from '../http/read-model-answers';
import { PeriodChanges, periodEndOf } from './period-changes';

/** The organ an answer is narrowed to (`?organ=`), if it is. */
function organOf(request: FastifyRequest): string | undefined {
  const organ = (request.query as Record<string, unknown> | undefined)?.organ;
  return typeof organ === 'string' && organ.length > 0 ? organ : undefined;
}

@Injectable()
export class PeriodAnswerCache extends ReadModelAnswers {
  constructor(
    @Inject(SQL_DATABASE) sql: SqlDriver,
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(PeriodChanges) changes: PeriodChanges,
  ) {
    super(sql, periodsProjection.name, 64 * 1024 * 1024, {
      besides: [uppdragPartsProjection.name, faststallelserProjection.name],
      appends: new HeardAppends(store),
      stillHolds: async (request, from, to) => {
        const organ = organOf(request);
        // The period table and måluppfyllelse name their period in the path; aging names none.
        const period = (request.params as Record<string, unknown> | undefined)?.period;
        return organ !== undefined && changes.unchangedFor(organ, from, to, periodEndOf(period));
      },
    });
  }
}
