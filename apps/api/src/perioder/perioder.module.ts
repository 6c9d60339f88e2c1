import { Module } from '@nestjs/common';
import { GetAgingHttpController } from './get-aging/get-aging.http.controller';
import { GetMaluppfyllelseHttpController } from './get-maluppfyllelse/get-maluppfyllelse.http.controller';
import { GetPeriodTableHttpController } from './get-period-table/get-period-table.http.controller';
import { PeriodAnswerCache } from './period-answer-cache';
import { PeriodChanges } from './period-changes';
import { ReadingDay } from './read-day';
import { GetUppdragAsOfHttpController } from './get-uppdrag-as-of/get-uppdrag-as-of.http.controller';

export const PERIODER_CONTROLLERS = [
  GetPeriodTableHttpController,
  GetMaluppfyllelseHttpController,
  GetAgingHttpController,
  GetUppdragAsOfHttpController,
];

/**
 * Reads over the period facts, at any time point: the period table, måluppfyllelse, aging and one
 * uppdrag as it stood. GET /api/uppdrag/:uppdragId/per has one segment more than UppdragModule's
 * GET /api/uppdrag/:uppdragId, so module order does not decide between them.
 */
@Module({ controllers: PERIODER_CONTROLLERS, providers: [PeriodAnswerCache, PeriodChanges, ReadingDay] })
export class PerioderModule {}
