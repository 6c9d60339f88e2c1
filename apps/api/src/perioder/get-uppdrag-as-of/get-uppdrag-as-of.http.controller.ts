/**
 * One uppdrag as it stood at a time point: its attributes and, per period, the report in force then.
 * GET /api/uppdrag/:uppdragId is the exact present; this is the past, read from the period facts.
 * A path of its own beside that one (one more segment), so the two never compete for a request.
 */
import { Controller, Get, Inject, Param, Query, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type Actor, DomainError } from '@sparbar/domain';
import { type SqlDriver } from '@sparbar/event-store';
import { uppdragAsOf } from '@sparbar/projections';
import { SQL_DATABASE } from '@sparbar/runtime';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { CurrentActor, requireRead } from '../../auth/authenticated';
import { UppdragParams } from '../../uppdrag/uppdrag.params';
import { PeriodAnswerCache } from '../period-answer-cache';
import { fromPeriodFacts, timePoint } from '../period-facts';
import { PeriodEndpoint } from '../period-endpoint';
import { TimePointQuery } from '../time-point.query';
import { UppdragAsOfView } from './uppdrag-as-of.view';

@ApiTags('uppdrag')
@Controller('api/uppdrag')
export class GetUppdragAsOfHttpController {
  constructor(
    @Inject(SQL_DATABASE) private readonly sql: SqlDriver,
    @Inject(PeriodAnswerCache) private readonly cache: PeriodAnswerCache,
  ) {}

  @Get(':uppdragId/per')
  @PeriodEndpoint({
    summary: 'Ett uppdrag som det stod vid en tidpunkt',
    description:
      'Uppgifterna och gällande rapport per period, som det stod en dag (`asOf`) eller som systemet visade ' +
      'det vid en tidpunkt (`recordedAt`, före senare rättelser).',
    response: UppdragAsOfView,
    problems: { 404: 'Uppdraget finns inte, eller var ännu inte registrerat vid tidpunkten.' },
  })
  async asOf(
    @Param() { uppdragId }: UppdragParams,
    @Query() query: TimePointQuery,
    @CurrentActor() actor: Actor,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    requireRead(actor);
    // The answer is an UppdragAsOfView, sent as the bytes kept for this state of the read model.
    return this.cache.answer(request, reply, async () => {
      const found = await fromPeriodFacts(() => uppdragAsOf(this.sql, uppdragId, timePoint(query)));
      if (!found) {
        throw new DomainError(
          'UPPDRAG_NOT_FOUND',
          'Uppdraget finns inte, eller var ännu inte registrerat vid den tidpunkten.',
        );
      }
      return found;
    });
  }
}
