import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Application, closeUppsiktsarende } from '@sparbar/application';
import { type FastifyReply } from 'fastify';
import { Write, type WriteContext } from '../../application/write-context';
import { WriteEndpoint } from '../../http/endpoint-docs';
import { withEtag } from '../../http/revision';
import { UppsiktsarendeParams } from '../uppsikt.params';
import { foldUppsiktsarendeView, UppsiktsarendeView } from '../uppsikt.view';
import { CloseArendeDto } from './close-arende.dto';

@ApiTags('uppsikt')
@Controller('api/uppsikt')
export class CloseArendeHttpController {
  constructor(@Inject(Application) private readonly app: Application) {}

  @Post(':arendeId/close')
  @WriteEndpoint({
    summary: 'Avsluta ett uppsiktsärende med en slutsats',
    description: 'Regionstyrelsens sekreterare och regiondirektören.',
    response: UppsiktsarendeView,
    body: CloseArendeDto,
  })
  async close(
    @Param() { arendeId }: UppsiktsarendeParams,
    @Body() body: CloseArendeDto,
    @Write() write: WriteContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<UppsiktsarendeView> {
    const written = await closeUppsiktsarende(
      this.app,
      { arendeId, conclusion: body.conclusion },
      { ...write, occurredAt: body.occurredAt },
    );
    return withEtag(reply, foldUppsiktsarendeView(written.stream)!);
  }
}
