/**
 * The period table: every uppdrag active in a month or a tertial with the status reported for it, a
 * missing report shown as ej rapporterad with the last known status carried forward. From the period
 * facts, so it can be read as it stood on a day or as the system showed it at an instant.
 */
import { Controller, Get, Inject, Param, Query, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Application } from '@sparbar/application';
import { type Actor } from '@sparbar/domain';
import { type SqlDriver } from '@sparbar/event-store';
import { periodTable } from '@sparbar/projections';
import { SQL_DATABASE } from '@sparbar/runtime';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { CurrentActor, requireRead } from '../../auth/authenticated';
import { withAdoptionMarks } from '../../faststallelse/adoption-marks';
import { PeriodAnswerCache } from '../period-answer-cache';
import { fromPeriodFacts, timePoint } from '../period-facts';
import { PeriodEndpoint } from '../period-endpoint';
import { PeriodParams } from '../period.params';
import { ReadingDay } from '../read-day';
import { PeriodTableQueryDto } from './get-period-table.dto';
import { PeriodTableView } from './period-table.view';

@ApiTags('perioder')
@Controller('api/perioder')
export class GetPeriodTableHttpController {
  constructor(
    @Inject(SQL_DATABASE) private readonly sql: SqlDriver,
    @Inject(PeriodAnswerCache) private readonly cache: PeriodAnswerCache,
    @Inject(ReadingDay) private readonly day: ReadingDay,
    @Inject(Application) private readonly app: Application,
  ) {}

  @Get(':period/uppdrag')
  @PeriodEndpoint({
    summary: 'Periodtabellen: varje aktivt uppdrag med periodens status',
    description:
      'En månad (2023-04) eller en tertial (2023-T1). Ett månadsuppdrag visar i en tertialtabell sin senaste ' +
      'rapport i tertialen; en saknad rapport är ej_rapporterad med senast kända status förd vidare, eller ' +
      'ej_forfallen så länge dess sista dag enligt årshjulet inte har passerat. `asOf` och `recordedAt` visar ' +
      'tabellen som den stod en dag eller som systemet visade den vid en tidpunkt; den dagen avgör också vad ' +
      'som är försenat (utan dem: i dag). `tableStatus` är det raden skriver ut och räknas som. ' +
      '`faststallelser`: organens fastställanden av perioden — för en månad även tertialens, för ett år årsrapportens (tertial 3); `andradEfterFaststallande` på rader och delar som ändrats efter dem.',
    response: PeriodTableView,
  })
  async table(
    @Param() { period }: PeriodParams,
    @Query() query: PeriodTableQueryDto,
    @CurrentActor() actor: Actor,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    requireRead(actor);
    const day = this.day.of(query);
    // The answer is a PeriodTableView, sent as the bytes kept for this state of the read model.
    return this.cache.answer(
      request,
      reply,
      () =>
        fromPeriodFacts(async () =>
          withAdoptionMarks(
            this.app,
            await periodTable(this.sql, {
              period,
              ...(query.organ !== undefined ? { organ: query.organ } : {}),
              ...(query.givenBy !== undefined ? { givenBy: query.givenBy } : {}),
              ...timePoint(query),
              ...day,
            }),
            timePoint(query),
          ),
        ),
      day.on,
    );
  }
}
