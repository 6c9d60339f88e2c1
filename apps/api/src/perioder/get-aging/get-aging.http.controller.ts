/**
 * Aging, the list auditors ask for: open uppdrag oldest first, each with the reports missing past their
 * deadline (the årshjul's rule) and its slutdatum extensions; and every extended uppdrag.
 */
import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type Actor } from '@sparbar/domain';
import { type SqlDriver } from '@sparbar/event-store';
import { aging } from '@sparbar/projections';
import { SQL_DATABASE } from '@sparbar/runtime';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { CurrentActor, requireRead } from '../../auth/authenticated';
import { PeriodAnswerCache } from '../period-answer-cache';
import { fromPeriodFacts, timePoint } from '../period-facts';
import { PeriodEndpoint } from '../period-endpoint';
import { ReadingDay } from '../read-day';
import { AgingQueryDto } from './get-aging.dto';
import { AgingView } from './aging.view';

@ApiTags('perioder')
@Controller('api/uppfoljning')
export class GetAgingHttpController {
  constructor(
    @Inject(SQL_DATABASE) private readonly sql: SqlDriver,
    @Inject(ReadingDay) private readonly day: ReadingDay,
    @Inject(PeriodAnswerCache) private readonly cache: PeriodAnswerCache,
  ) {}

  @Get('aldrande')
  @PeriodEndpoint({
    summary: 'Åldrande: öppna uppdrag, äldst först, med saknade rapporter och framskjutna slutdatum',
    description:
      'Tidsgränserna följer årshjulet. `on` är dagen listan gäller (i dag om den utelämnas); utan `asOf` ' +
      'visas läget som det var den dagen.',
    response: AgingView,
  })
  async aging(
    @Query() query: AgingQueryDto,
    @CurrentActor() actor: Actor,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    requireRead(actor);
    const on = query.on ?? this.day.today();
    // The answer is an AgingView, sent as the bytes kept for this state of the read model; the day it
    // is drawn up for is in the key when the request did not name it.
    return this.cache.answer(
      request,
      reply,
      (): Promise<AgingView> =>
        fromPeriodFacts(() =>
          aging(this.sql, {
            on,
            ...(query.organ !== undefined ? { organ: query.organ } : {}),
            ...timePoint(query),
          }),
        ),
      query.on === undefined ? on : undefined,
    );
  }
}
