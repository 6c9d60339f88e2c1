/**
 * The history of one uppdrag or delmål from the audit trail's read model: every change, who, business time,
 * recorded time, reason and the fields changed (from → to). Everyone who may read may see it; the raw
 * events (…/events) stay with auditors and the regiondirektör. A change made after its period was
 * adopted carries `andradEfterFaststallande` (the adoption and the reason).
 */
import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type Actor, delmalStream, DomainError, uppdragStream } from '@sparbar/domain';
import { type EventStore, type SqlDriver } from '@sparbar/event-store';
import { historyOf, type HistoryItemKind } from '@sparbar/audit';
import { EVENT_STORE, SQL_DATABASE } from '@sparbar/runtime';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { CurrentActor, requireRead } from '../../auth/authenticated';
import { DelmalParams } from '../../delmal/delmal.params';
import { problem, ProblemError } from '../../http/problem';
import { PeriodEndpoint } from '../../perioder/period-endpoint';
import { UppdragParams } from '../../uppdrag/uppdrag.params';
import { withAdoptionLines } from '../adoption-lines';
import { HistoryAnswers } from '../history-answers';
import { HistoryView } from '../history.view';

/** PostgreSQL: undefined table (the read model's view is not there yet). */
const UNDEFINED_TABLE = '42P01';

@Controller('api')
export class GetHistorikHttpController {
  constructor(
    @Inject(SQL_DATABASE) private readonly sql: SqlDriver,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(HistoryAnswers) private readonly answers: HistoryAnswers,
  ) {}

  @ApiTags('uppdrag')
  @Get('uppdrag/:uppdragId/historik')
  @PeriodEndpoint({
    summary: 'Uppdragets historik: varje ändring, vem, när och varför',
    description: 'Från historikens läsmodell, äldst först, med ändrade fält från → till.',
    response: HistoryView,
    problems: { 404: 'Uppdraget finns inte (eller har ännu inte nått läsmodellen).' },
  })
  uppdrag(
    @Param() { uppdragId }: UppdragParams,
    @CurrentActor() actor: Actor,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    requireRead(actor);
    // A HistoryView, sent as the bytes kept for this state of the trail.
    return this.answers.answer(request, reply, () =>
      this.history('uppdrag', uppdragId, 'UPPDRAG_NOT_FOUND', 'Uppdraget finns inte.'),
    );
  }

  @ApiTags('delmål')
  @Get('delmal/:delmalId/historik')
  @PeriodEndpoint({
    summary: 'Delmålets historik: varje ändring, vem, när och varför',
    description: 'Från historikens läsmodell, äldst först, med ändrade fält från → till.',
    response: HistoryView,
    problems: { 404: 'Delmålet finns inte (eller har ännu inte nått läsmodellen).' },
  })
  delmal(
    @Param() { delmalId }: DelmalParams,
    @CurrentActor() actor: Actor,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    requireRead(actor);
    return this.answers.answer(request, reply, () =>
      this.history('delmal', delmalId, 'DELMAL_NOT_FOUND', 'Delmålet finns inte.'),
    );
  }

  private async history(
    kind: HistoryItemKind,
    id: string,
    notFound: 'UPPDRAG_NOT_FOUND' | 'DELMAL_NOT_FOUND',
    message: string,
  ): Promise<HistoryView> {
    try {
      const lines = await historyOf(this.sql, kind, id);
      if (lines.length === 0) throw new DomainError(notFound, message);
      const stream = kind === 'uppdrag' ? uppdragStream(id) : delmalStream(id);
      return { kind, id, lines: await withAdoptionLines(this.store, stream, lines) };
    } catch (error) {
      if ((error as { code?: string }).code !== UNDEFINED_TABLE) throw error;
      throw new ProblemError(
        problem(503, 'READ_MODEL_UNAVAILABLE', 'Historiken byggs ännu upp. Försök igen strax.'),
      );
    }
  }
}
