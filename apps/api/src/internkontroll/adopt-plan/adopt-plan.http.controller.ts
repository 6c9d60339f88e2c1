import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type FastifyReply } from 'fastify';
import { Commands } from '../../commands/commands';
import { Write, type WriteContext } from '../../commands/write-context';
import { WriteEndpoint } from '../../http/endpoint-docs';
import { InternkontrollplanParams } from '../internkontroll.params';
import { InternkontrollplanView } from '../internkontroll.view';
import { writeInternkontrollplan } from '../internkontroll.write';
import { AdoptPlanDto } from './adopt-plan.dto';

@ApiTags('internkontroll')
@Controller('api/internkontroll')
export class AdoptPlanHttpController {
  constructor(@Inject(Commands) private readonly commands: Commands) {}

  @Post(':organId/:year/adoption')
  @WriteEndpoint({
    summary: 'Fastställ internkontrollplanen',
    description: 'Nämndens sekreterare, med nämndens beslutsdatum.',
    response: InternkontrollplanView,
    body: AdoptPlanDto,
  })
  async adopt(
    @Param() params: InternkontrollplanParams,
    @Body() body: AdoptPlanDto,
    @Write() write: WriteContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<InternkontrollplanView> {
    return writeInternkontrollplan(
      this.commands,
      {
        type: 'AdoptInternkontrollplan',
        data: {
          organId: params.organId,
          year: params.year,
          adoptedOn: body.adoptedOn,
          paragraf: body.paragraf,
        },
      },
      write,
      reply,
      { occurredAt: body.occurredAt },
    );
  }
}
