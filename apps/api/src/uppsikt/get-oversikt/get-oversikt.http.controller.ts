/**
 * The uppsikt overview for regionstyrelsen: per organ, for a period at a time point, reports on time,
 * late and missing, red and yellow items, uppdrag past slutdatum and extensions. The static path
 * `oversikt` wins over GetArendeHttpController's `:arendeId` in the router whatever the order.
 */
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type Actor } from '@sparbar/domain';
import { type SqlDriver } from '@sparbar/event-store';
import { uppsikt } from '@sparbar/projections';
import { SQL_DATABASE } from '@sparbar/runtime';
import { CurrentActor, requireRead } from '../../auth/authenticated';
import { fromPeriodFacts, timePoint } from '../../perioder/period-facts';
import { PeriodEndpoint } from '../../perioder/period-endpoint';
import { ReadingDay } from '../../perioder/read-day';
import { OversiktQueryDto } from './get-oversikt.dto';
import { UppsiktView } from './oversikt.view';

@ApiTags('uppsikt')
@Controller('api/uppsikt')
export class GetOversiktHttpController {
  constructor(
    @Inject(SQL_DATABASE) private readonly sql: SqlDriver,
    @Inject(ReadingDay) private readonly day: ReadingDay,
  ) {}

  @Get('oversikt')
  @PeriodEndpoint({
    summary: 'Uppsikt: rapporter i tid, sena och saknade, röda och gula, passerade slutdatum per organ',
    description:
      'För alla nämnder och beredningar som uppdrag riktas till, för en period. Tidsgränserna följer ' +
      'årshjulet och bedöms mot `asOf` (i dag om den utelämnas).',
    response: UppsiktView,
  })
  async oversikt(@Query() query: OversiktQueryDto, @CurrentActor() actor: Actor): Promise<UppsiktView> {
    requireRead(actor);
    // Deadlines are judged on the asOf day, else today as the commands see it (the process's clock).
    const on = query.asOf ?? this.day.today();
    return fromPeriodFacts(() => uppsikt(this.sql, { period: query.period, on, ...timePoint(query) }));
  }
}
