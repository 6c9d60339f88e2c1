import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Application, changeAtgardStatus } from '@sparbar/application';
import { type FastifyReply } from 'fastify';
import { Write, type WriteContext } from '../../application/write-context';
import { WriteEndpoint } from '../../http/endpoint-docs';
import { withEtag } from '../../http/revision';
import { AtgardParams } from '../internkontroll.params';
import { foldInternkontrollplanView, InternkontrollplanView } from '../internkontroll.view';
import { ChangeAtgardStatusDto } from './change-atgard-status.dto';

@ApiTags('internkontroll')
@Controller('api/internkontroll')
export class ChangeAtgardStatusHttpController {
  constructor(@Inject(Application) private readonly app: Application) {}

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
    const written = await changeAtgardStatus(
      this.app,
      {
        organId: params.organId,
        year: params.year,
        atgardId: params.atgardId,
        status: body.status,
        kommentar: body.kommentar,
      },
      { ...write, occurredAt: body.occurredAt },
    );
    return withEtag(reply, foldInternkontrollplanView(written.stream)!);
  }
}
