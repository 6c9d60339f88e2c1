import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Application, closeUppdrag } from '@sparbar/application';
import { type FastifyReply } from 'fastify';
import { Write, type WriteContext } from '../../application/write-context';
import { WriteEndpoint } from '../../http/endpoint-docs';
import { withEtag } from '../../http/revision';
import { UppdragParams } from '../uppdrag.params';
import { foldUppdragView, UppdragView } from '../uppdrag.view';
import { CloseUppdragDto } from './close-uppdrag.dto';

@ApiTags('uppdrag')
@Controller('api/uppdrag')
export class CloseUppdragHttpController {
  constructor(@Inject(Application) private readonly app: Application) {}

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
    const written = await closeUppdrag(
      this.app,
      { uppdragId, kommentar: body.kommentar },
      {
        ...write,
        occurredAt: body.occurredAt,
      },
    );
    return withEtag(reply, foldUppdragView(written.stream)!);
  }
}
