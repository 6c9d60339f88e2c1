/**
 * The audit trail: every event in words (who, both times, what, item, organs, fields old → new,
 * reason), searched across the whole log, newest first, a page at a time. From the `audit_log` read
 * model, so a moment behind the log.
 */
import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { searchAuditLog } from '@sparbar/audit';
import { type Actor } from '@sparbar/domain';
import { type SqlDriver } from '@sparbar/event-store';
import { SQL_DATABASE } from '@sparbar/runtime';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { CurrentActor, requireReadLog } from '../../auth/authenticated';
import { AuditEndpoint } from '../audit-endpoint';
import { AuditAnswers } from './audit-answers';
import { readTrail, toSearch } from './audit-filter';
import { AuditPageView, SearchAuditLogQuery } from './search-audit-log.dto';

@ApiTags('granskning')
@Controller('api/granskning')
export class SearchAuditLogHttpController {
  constructor(
    @Inject(SQL_DATABASE) private readonly sql: SqlDriver,
    @Inject(AuditAnswers) private readonly answers: AuditAnswers,
  ) {}

  @Get('handelser')
  @AuditEndpoint({
    summary: 'Granskningsspåret: alla händelser i klartext (revisorer och regiondirektören)',
    description:
      'Sök på datum (händelsetid eller servertid), organ, person (id eller namn), post och ord i texterna; ' +
      'senaste först, en sida i taget. Läsmodell: ett ögonblick efter loggen.',
    response: AuditPageView,
    problems: { 400: 'Ogiltig sökning; `errors` namnger fältet.' },
  })
  async search(
    @Query() query: SearchAuditLogQuery,
    @CurrentActor() actor: Actor,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    requireReadLog(actor);
    // The answer is an AuditPageView, sent as the bytes kept for this state of the trail.
    return this.answers.answer(request, reply, (): Promise<AuditPageView> =>
      readTrail(() =>
        searchAuditLog(this.sql, {
          ...toSearch(query),
          ...(query.limit !== undefined ? { limit: query.limit } : {}),
          ...(query.cursor ? { cursor: query.cursor } : {}),
        }),
      ),
    );
  }
}
