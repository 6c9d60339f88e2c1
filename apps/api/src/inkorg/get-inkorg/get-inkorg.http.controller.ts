/**
 * The signed-in person's own inbox: the reminders and escalations delivered to them, newest first, a
 * page at a time. Only one's own: the person comes from the token, never from the request. From the
 * `inkorg` read model, so a moment behind the log.
 */
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type Actor } from '@sparbar/domain';
import { type SqlDriver } from '@sparbar/event-store';
import { inkorgOf, InkorgQueryError } from '@sparbar/reminders';
import { SQL_DATABASE } from '@sparbar/runtime';
import { CurrentActor } from '../../auth/authenticated';
import { problem, ProblemError } from '../../http/problem';
import { invalid } from '../../http/validation';
import { PeriodEndpoint } from '../../perioder/period-endpoint';
import { GetInkorgQuery, InkorgPageView } from './get-inkorg.dto';

/** PostgreSQL: undefined table (the read model is not there yet). */
const UNDEFINED_TABLE = '42P01';

@ApiTags('inkorg')
@Controller('api/inkorg')
export class GetInkorgHttpController {
  constructor(@Inject(SQL_DATABASE) private readonly sql: SqlDriver) {}

  @Get()
  @PeriodEndpoint({
    summary: 'Min inkorg: påminnelser och eskaleringar till mig, senaste först',
    description: 'En sida i taget (`limit`, `cursor`). Var och en som är inloggad ser sin egen inkorg.',
    response: InkorgPageView,
  })
  async inkorg(@Query() query: GetInkorgQuery, @CurrentActor() actor: Actor): Promise<InkorgPageView> {
    try {
      return await inkorgOf(this.sql, actor.personId, {
        ...(query.limit !== undefined ? { limit: query.limit } : {}),
        ...(query.cursor !== undefined ? { cursor: query.cursor } : {}),
      });
    } catch (error) {
      if (error instanceof InkorgQueryError) throw invalid([{ field: error.field, reason: error.message }]);
      if ((error as { code?: string }).code === UNDEFINED_TABLE)
        throw new ProblemError(
          problem(
            503,
            'READ_MODEL_UNAVAILABLE',
            'Inkorgen byggs ännu upp (arbetaren har inte startat). Försök igen strax.',
          ),
        );
      throw error;
    }
  }
}
