import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type FastifyReply } from 'fastify';
import { Commands } from '../../commands/commands';
import { Write, type WriteContext } from '../../commands/write-context';
import { WriteEndpoint } from '../../http/endpoint-docs';
import { UppdragParams } from '../uppdrag.params';
import { UppdragView } from '../uppdrag.view';
import { writeUppdrag } from '../uppdrag.write';
import { ClosePartDto } from './close-part.dto';

@ApiTags('uppdrag')
@Controller('api/uppdrag')
export class ClosePartHttpController {
  constructor(@Inject(Commands) private readonly commands: Commands) {}

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
    return writeUppdrag(
      this.commands,
      { type: 'CloseUppdragPart', data: { uppdragId, organId: body.organId, kommentar: body.kommentar } },
      write,
      reply,
      { occurredAt: body.occurredAt },
    );
  }
}
