/**
 * Aging, the list auditors ask for: open uppdrag oldest first, each with the reports missing past their
 * deadline (the årshjul's rule) and its slutdatum extensions; and every extended uppdrag.
 */
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type Actor } from '@sparbar/domain';
import { type SqlDriver } from '@sparbar/event-store';
import { aging } from '@sparbar/projections';
import { SQL_DATABASE } from '@sparbar/runtime';
import { CurrentActor, requireRead } from '../../auth/authenticated';
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
  ) {}

  @Get('aldrande')
  @PeriodEndpoint({
    summary: 'Åldrande: öppna uppdrag, äldst först, med saknade rapporter och framskjutna slutdatum',
    description:
      'Tidsgränserna följer årshjulet. `on` är dagen listan gäller (i dag om den utelämnas); utan `asOf` ' +
      'visas läget som det var den dagen.',
    response: AgingView,
  })
  async aging(@Query() query: AgingQueryDto, @CurrentActor() actor: Actor): Promise<AgingView> {
    requireRead(actor);
    const on = query.on ?? this.day.today();
    return fromPeriodFacts(() =>
      aging(this.sql, {
        on,
        ...(query.organ !== undefined ? { organ: query.organ } : {}),
        ...timePoint(query),
      }),
    );
  }
}
