import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type FastifyReply } from 'fastify';
import { Commands } from '../../commands/commands';
import { Write, type WriteContext } from '../../commands/write-context';
import { WriteEndpoint } from '../../http/endpoint-docs';
import { UppsiktsarendeParams } from '../uppsikt.params';
import { UppsiktsarendeView } from '../uppsikt.view';
import { writeUppsiktsarende } from '../uppsikt.write';
import { AnswerArendeDto } from './answer-arende.dto';

@ApiTags('uppsikt')
@Controller('api/uppsikt')
export class AnswerArendeHttpController {
  constructor(@Inject(Commands) private readonly commands: Commands) {}

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
    return writeUppsiktsarende(
      this.commands,
      { type: 'AnswerUppsiktsarende', data: { arendeId, text: body.text } },
      write,
      reply,
      body.occurredAt,
    );
  }
}
