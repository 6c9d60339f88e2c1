import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Application } from '@sparbar/application';
import { type Actor, DomainError, uppdragStream } from '@sparbar/domain';
import { type FastifyReply } from 'fastify';
import { CurrentActor, requireRead, requireReadLog } from '../../auth/authenticated';
import { ReadEndpoint } from '../../http/endpoint-docs';
import { LoggedEventView, loggedEvents } from '../../http/event-log.view';
import { withEtag } from '../../http/revision';
import { UppdragParams } from '../uppdrag.params';
import { foldUppdragView, UppdragView } from '../uppdrag.view';

@ApiTags('uppdrag')
@Controller('api/uppdrag')
export class GetUppdragHttpController {
  constructor(@Inject(Application) private readonly app: Application) {}

  @Get(':uppdragId')
  @ReadEndpoint({ summary: 'Ett uppdrag som det står nu, med revision (ETag)', response: UppdragView })
  async get(
    @Param() { uppdragId }: UppdragParams,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<UppdragView> {
    requireRead(actor);
    const view = foldUppdragView(await this.app.streams.readStream(uppdragStream(uppdragId)));
    if (!view) throw new DomainError('UPPDRAG_NOT_FOUND', 'Uppdraget finns inte.');
    return withEtag(reply, view);
  }

  @Get(':uppdragId/events')
  @ReadEndpoint({
    summary: 'Uppdragets händelselogg (revisorer och regiondirektören)',
    response: LoggedEventView,
    list: true,
  })
  async events(
    @Param() { uppdragId }: UppdragParams,
    @CurrentActor() actor: Actor,
  ): Promise<LoggedEventView[]> {
    requireReadLog(actor);
    const events = await this.app.streams.readStream(uppdragStream(uppdragId));
    if (events.length === 0) throw new DomainError('UPPDRAG_NOT_FOUND', 'Uppdraget finns inte.');
    return loggedEvents(events);
  }
}
