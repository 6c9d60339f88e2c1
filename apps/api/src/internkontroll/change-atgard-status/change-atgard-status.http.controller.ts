import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type FastifyReply } from 'fastify';
import { Commands } from '../../commands/commands';
import { Write, type WriteContext } from '../../commands/write-context';
import { WriteEndpoint } from '../../http/endpoint-docs';
import { AtgardParams } from '../internkontroll.params';
import { InternkontrollplanView } from '../internkontroll.view';
import { writeInternkontrollplan } from '../internkontroll.write';
import { ChangeAtgardStatusDto } from './change-atgard-status.dto';

@ApiTags('internkontroll')
@Controller('api/internkontroll')
export class ChangeAtgardStatusHttpController {
  constructor(@Inject(Commands) private readonly commands: Commands) {}

  @Post(':organId/:year/atgarder/:atgardId/status')
  @WriteEndpoint({
    summary: 'Ändra en åtgärds status',
    description: 'Nämndens sekreterare och tjänstepersoner. En klar åtgärd förblir klar.',
    response: InternkontrollplanView,
    body: ChangeAtgardStatusDto,
  })
  async changeStatus(
    @Param() params: AtgardParams,
    @Body() body: ChangeAtgardStatusDto,
    @Write() write: WriteContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<InternkontrollplanView> {
    return writeInternkontrollplan(
      this.commands,
      {
        type: 'ChangeAtgardStatus',
        data: {
          organId: params.organId,
          year: params.year,
          atgardId: params.atgardId,
          status: body.status,
          kommentar: body.kommentar,
        },
      },
      write,
      reply,
      { occurredAt: body.occurredAt },
    );
  }
}
