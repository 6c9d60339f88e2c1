/**
 * Uppdrag per organ, from the `uppdrag_now` read model: fast, and a moment behind the log (each item
 * says the revision it reflects; GET /api/uppdrag/:id is exact). Answers are kept per state of the
 * read model (UppdragListAnswers), with its ETag.
 */
import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type Actor, currentStatusOf } from '@sparbar/domain';
import { type SqlDriver } from '@sparbar/event-store';
import { findUppdragNow } from '@sparbar/projections';
import { SQL_DATABASE } from '@sparbar/runtime';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { CurrentActor, requireRead } from '../../auth/authenticated';
import { ReadEndpoint } from '../../http/endpoint-docs';
import { problem, ProblemError } from '../../http/problem';
import { ListUppdragQuery, UppdragListDto } from './list-uppdrag.dto';
import { UppdragListAnswers } from './uppdrag-list-answers';

const DEFAULT_LIMIT = 200;
const LIFECYCLE_OF = { open: 'aktivt', closed: 'avslutat', withdrawn: 'aterkallat' } as const;
/** PostgreSQL: the read model's view is not there (no worker has created it yet). */
const UNDEFINED_TABLE = '42P01';

@ApiTags('uppdrag')
@Controller('api/uppdrag')
export class ListUppdragHttpController {
  constructor(
    @Inject(SQL_DATABASE) private readonly sql: SqlDriver,
    @Inject(UppdragListAnswers) private readonly answers: UppdragListAnswers,
  ) {}

  @Get()
  @ReadEndpoint({ summary: 'Uppdrag per organ (läsmodell)', response: UppdragListDto })
  async list(
    @Query() query: ListUppdragQuery,
    @CurrentActor() actor: Actor,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    requireRead(actor);
    // The answer is an UppdragListDto, sent as the bytes kept for this state of the read model.
    return this.answers.answer(request, reply, () => this.read(query));
  }

  private async read(query: ListUppdragQuery): Promise<UppdragListDto> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const offset = query.offset ?? 0;
    try {
      const rows = await findUppdragNow(this.sql, {
        ...(query.organ ? { organ: query.organ } : {}),
        ...(query.status ? { status: query.status } : {}),
        ...(query.ansvarig ? { ansvarigPersonId: query.ansvarig } : {}),
        ...(query.planYear ? { planYear: query.planYear } : {}),
        limit,
        offset,
      });
      const items = rows.map((r) => ({
        uppdragId: r.uppdragId,
        text: r.text,
        riktasTill: r.riktasTill,
        samordnare: r.samordnare,
        periodicitet: r.periodicitet,
        slutdatum: r.slutdatum,
        ansvarigPersonId: r.ansvarigPersonId,
        givenBy: r.givenBy,
        planYear: r.planYear,
        status: r.status,
        currentStatus: currentStatusOf({
          lifecycle: LIFECYCLE_OF[r.status],
          latestStatus: r.latestReport?.status ?? null,
        }),
        latestReport: r.latestReport,
        reportsCount: r.reportsCount,
        revision: r.revision,
      }));
      return { items, limit, offset };
    } catch (error) {
      if ((error as { code?: string }).code === UNDEFINED_TABLE) {
        throw new ProblemError(
          problem(
            503,
            'READ_MODEL_UNAVAILABLE',
            'Listan byggs ännu upp (arbetaren har inte startat). Försök igen strax.',
          ),
        );
      }
      throw error;
    }
  }
}
