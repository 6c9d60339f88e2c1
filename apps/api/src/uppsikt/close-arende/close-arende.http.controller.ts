import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type FastifyReply } from 'fastify';
import { Commands } from '../../commands/commands';
import { Write, type WriteContext } from '../../commands/write-context';
import { WriteEndpoint } from '../../http/endpoint-docs';
import { UppsiktsarendeParams } from '../uppsikt.params';
import { UppsiktsarendeView } from '../uppsikt.view';
import { writeUppsiktsarende } from '../uppsikt.write';
import { CloseArendeDto } from './close-arende.dto';

@ApiTags('uppsikt')
@Controller('api/uppsikt')
export class CloseArendeHttpController {
  constructor(@Inject(Commands) private readonly commands: Commands) {}

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
    return writeUppsiktsarende(
      this.commands,
      { type: 'CloseUppsiktsarende', data: { arendeId, conclusion: body.conclusion } },
      write,
      reply,
      body.occurredAt,
    );
  }
}
