import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type Actor, DomainError, uppsiktsarendeStream } from '@sparbar/domain';
import { Application } from '@sparbar/application';
import { type FastifyReply } from 'fastify';
import { CurrentActor, requireRead } from '../../auth/authenticated';
import { ReadEndpoint } from '../../http/endpoint-docs';
import { withEtag } from '../../http/revision';
import { UppsiktsarendeParams } from '../uppsikt.params';
import { foldUppsiktsarendeView, UppsiktsarendeView } from '../uppsikt.view';

@ApiTags('uppsikt')
@Controller('api/uppsikt')
export class GetArendeHttpController {
  constructor(@Inject(Application) private readonly app: Application) {}

  @Get(':arendeId')
  @ReadEndpoint({
    summary: 'Ett uppsiktsärende som det står nu, med svaren, och revision (ETag)',
    response: UppsiktsarendeView,
  })
  async get(
    @Param() { arendeId }: UppsiktsarendeParams,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<UppsiktsarendeView> {
    requireRead(actor);
    const view = foldUppsiktsarendeView(await this.app.streams.readStream(uppsiktsarendeStream(arendeId)));
    if (!view) throw new DomainError('UPPSIKTSARENDE_NOT_FOUND', 'Uppsiktsärendet finns inte.');
    return withEtag(reply, view);
  }
}
