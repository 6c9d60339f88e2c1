import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Application, answerUppsiktsarende } from '@sparbar/application';
import { type FastifyReply } from 'fastify';
import { Write, type WriteContext } from '../../application/write-context';
import { WriteEndpoint } from '../../http/endpoint-docs';
import { withEtag } from '../../http/revision';
import { UppsiktsarendeParams } from '../uppsikt.params';
import { foldUppsiktsarendeView, UppsiktsarendeView } from '../uppsikt.view';
import { AnswerArendeDto } from './answer-arende.dto';

@ApiTags('uppsikt')
@Controller('api/uppsikt')
export class AnswerArendeHttpController {
  constructor(@Inject(Application) private readonly app: Application) {}

  @Post(':arendeId/answers')
  @WriteEndpoint({
    summary: 'Besvara ett uppsiktsärende',
    description: 'Sekreterare och tjänstepersoner i organet som ärendet gäller.',
    response: UppsiktsarendeView,
    body: AnswerArendeDto,
  })
  async answer(
    @Param() { arendeId }: UppsiktsarendeParams,
    @Body() body: AnswerArendeDto,
    @Write() write: WriteContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<UppsiktsarendeView> {
    const written = await answerUppsiktsarende(
      this.app,
      { arendeId, text: body.text },
      { ...write, occurredAt: body.occurredAt },
    );
    return withEtag(reply, foldUppsiktsarendeView(written.stream)!);
  }
}
