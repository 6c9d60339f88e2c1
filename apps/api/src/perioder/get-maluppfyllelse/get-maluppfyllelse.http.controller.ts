/**
 * Måluppfyllelse for one nämnd and period: each delmål of its plan with the bedömning for the period,
 * each indikator with its utfall, and the counts the reports print; plus its uppdrag per status.
 */
import { Controller, Get, Inject, Param, Query, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type Actor } from '@sparbar/domain';
import { type SqlDriver } from '@sparbar/event-store';
import { maluppfyllelse } from '@sparbar/projections';
import { SQL_DATABASE } from '@sparbar/runtime';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { CurrentActor, requireRead } from '../../auth/authenticated';
import { PeriodAnswerCache } from '../period-answer-cache';
import { fromPeriodFacts, timePoint } from '../period-facts';
import { PeriodEndpoint } from '../period-endpoint';
import { PeriodParams } from '../period.params';
import { ReadingDay } from '../read-day';
import { MaluppfyllelseQueryDto } from './get-maluppfyllelse.dto';
import { MaluppfyllelseView } from './maluppfyllelse.view';

@ApiTags('perioder')
@Controller('api/perioder')
export class GetMaluppfyllelseHttpController {
  constructor(
    @Inject(SQL_DATABASE) private readonly sql: SqlDriver,
    @Inject(PeriodAnswerCache) private readonly cache: PeriodAnswerCache,
    @Inject(ReadingDay) private readonly day: ReadingDay,
  ) {}

  @Get(':period/maluppfyllelse')
  @PeriodEndpoint({
    summary: 'Måluppfyllelse för en nämnd och period',
    description:
      'Varje delmål i nämndens plan med periodens bedömning och indikatorernas utfall, antal per bedömning ' +
      '(ett delmål utan bedömning räknas som saknas) och nämndens uppdrag per status, räknade som ' +
      'periodtabellen skriver ut dem (avslutad för sig). `organ` krävs.',
    response: MaluppfyllelseView,
  })
  async maluppfyllelse(
    @Param() { period }: PeriodParams,
    @Query() query: MaluppfyllelseQueryDto,
    @CurrentActor() actor: Actor,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    requireRead(actor);
    const day = this.day.of(query);
    // The answer is a MaluppfyllelseView, sent as the bytes kept for this state of the read model.
    return this.cache.answer(
      request,
      reply,
      () =>
        fromPeriodFacts(() =>
          maluppfyllelse(this.sql, { period, organ: query.organ, ...timePoint(query), ...day }),
        ),
      day.on,
    );
  }
}
