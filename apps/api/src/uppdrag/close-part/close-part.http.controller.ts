import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Application, closeUppdragPart } from '@sparbar/application';
import { type FastifyReply } from 'fastify';
import { Write, type WriteContext } from '../../application/write-context';
import { WriteEndpoint } from '../../http/endpoint-docs';
import { withEtag } from '../../http/revision';
import { UppdragParams } from '../uppdrag.params';
import { foldUppdragView, UppdragView } from '../uppdrag.view';
import { ClosePartDto } from './close-part.dto';

@ApiTags('uppdrag')
@Controller('api/uppdrag')
export class ClosePartHttpController {
  constructor(@Inject(Application) private readonly app: Application) {}

  @Post(':uppdragId/close-part')
  @WriteEndpoint({
    summary: 'Avsluta ett mottagande organs del av uppdraget (Avslutad med slutkommentar)',
    description:
      'Organets nämndsekreterare och tjänstepersoner, och regiondirektören. Övriga mottagare rapporterar vidare; när den sista delen avslutas är hela uppdraget avslutat. ' +
      'Ett uppdrag som riktas till ett enda organ avslutas därmed som helhet. organId som inte är en av mottagarna: 400 ORGAN_NOT_A_RECIPIENT; redan avslutad del: 409 UPPDRAG_PART_CLOSED.',
    response: UppdragView,
    body: ClosePartDto,
  })
  async closePart(
    @Param() { uppdragId }: UppdragParams,
    @Body() body: ClosePartDto,
    @Write() write: WriteContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<UppdragView> {
    const written = await closeUppdragPart(
      this.app,
      { uppdragId, organId: body.organId, kommentar: body.kommentar },
      {
        ...write,
        occurredAt: body.occurredAt,
      },
    );
    return withEtag(reply, foldUppdragView(written.stream)!);
  }
}
