import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type FastifyReply } from 'fastify';
import { Commands } from '../../commands/commands';
import { Write, type WriteContext } from '../../commands/write-context';
import { WriteEndpoint } from '../../http/endpoint-docs';
import { UppdragParams } from '../uppdrag.params';
import { UppdragView } from '../uppdrag.view';
import { writeUppdrag } from '../uppdrag.write';
import { CloseUppdragDto } from './close-uppdrag.dto';

@ApiTags('uppdrag')
@Controller('api/uppdrag')
export class CloseUppdragHttpController {
  constructor(@Inject(Commands) private readonly commands: Commands) {}

  @Post(':uppdragId/close')
  @WriteEndpoint({
    summary: 'Avsluta hela uppdraget med en slutkommentar',
    description:
      'Ett uppdrag som riktas till flera organ avslutas som helhet av beslutande organs sekreterare, samordnarens sekreterare eller regiondirektören; alla delar som ännu är öppna avslutas med det. Ett mottagande organ avslutar sin egen del med POST /api/uppdrag/{uppdragId}/close-part.',
    response: UppdragView,
    body: CloseUppdragDto,
  })
  async closeUppdrag(
    @Param() { uppdragId }: UppdragParams,
    @Body() body: CloseUppdragDto,
    @Write() write: WriteContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<UppdragView> {
    return writeUppdrag(
      this.commands,
      { type: 'CloseUppdrag', data: { uppdragId, kommentar: body.kommentar } },
      write,
      reply,
      { occurredAt: body.occurredAt },
    );
  }
}
