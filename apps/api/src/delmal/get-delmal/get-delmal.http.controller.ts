import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Application } from '@sparbar/application';
import { type Actor, DomainError, delmalStream } from '@sparbar/domain';
import { type FastifyReply } from 'fastify';
import { CurrentActor, requireRead, requireReadLog } from '../../auth/authenticated';
import { ReadEndpoint } from '../../http/endpoint-docs';
import { LoggedEventView, loggedEvents } from '../../http/event-log.view';
import { withEtag } from '../../http/revision';
import { DelmalParams } from '../delmal.params';
import { DelmalView, foldDelmalView } from '../delmal.view';

@ApiTags('delmal')
@Controller('api/delmal')
export class GetDelmalHttpController {
  constructor(@Inject(Application) private readonly app: Application) {}

  @Get(':delmalId')
  @ReadEndpoint({ summary: 'Ett delmål som det står nu, med revision (ETag)', response: DelmalView })
  async get(
    @Param() { delmalId }: DelmalParams,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<DelmalView> {
    requireRead(actor);
    const view = foldDelmalView(await this.app.streams.readStream(delmalStream(delmalId)));
    if (!view) throw new DomainError('DELMAL_NOT_FOUND', 'Delmålet finns inte.');
    return withEtag(reply, view);
  }

  @Get(':delmalId/events')
  @ReadEndpoint({
    summary: 'Delmålets händelselogg (revisorer och regiondirektören)',
    response: LoggedEventView,
    list: true,
  })
  async events(
    @Param() { delmalId }: DelmalParams,
    @CurrentActor() actor: Actor,
  ): Promise<LoggedEventView[]> {
    requireReadLog(actor);
    const events = await this.app.streams.readStream(delmalStream(delmalId));
    if (events.length === 0) throw new DomainError('DELMAL_NOT_FOUND', 'Delmålet finns inte.');
    return loggedEvents(events);
  }
}
