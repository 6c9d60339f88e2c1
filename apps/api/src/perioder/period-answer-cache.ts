/**
 * Answers over the period facts (the period table, måluppfyllelse, aging, one uppdrag as it stood),
 * kept per request and per state of the periods read model and the parts beside it: see ReadModelAnswers.
 */
import { Inject, Injectable } from '@nestjs/common';
import { type SqlDriver } from '@sparbar/event-store';
import { periodsProjection, uppdragPartsProjection } from '@sparbar/projections';
import { SQL_DATABASE } from '@sparbar/runtime';
import { ReadModelAnswers } from '../http/read-model-answers';

@Injectable()
export class PeriodAnswerCache extends ReadModelAnswers {
  constructor(@Inject(SQL_DATABASE) sql: SqlDriver) {
    // The period table reads the joint uppdrag's parts as they stand (period-parts.queries.ts).
    super(sql, periodsProjection.name, 64 * 1024 * 1024, [uppdragPartsProjection.name]);
  }
}
