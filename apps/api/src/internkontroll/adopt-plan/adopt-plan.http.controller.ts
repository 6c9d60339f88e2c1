import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Application, adoptInternkontrollplan } from '@sparbar/application';
import { type FastifyReply } from 'fastify';
import { Write, type WriteContext } from '../../application/write-context';
import { WriteEndpoint } from '../../http/endpoint-docs';
import { withEtag } from '../../http/revision';
import { InternkontrollplanParams } from '../internkontroll.params';
import { foldInternkontrollplanView, InternkontrollplanView } from '../internkontroll.view';
import { AdoptPlanDto } from './adopt-plan.dto';

@ApiTags('internkontroll')
@Controller('api/internkontroll')
export class AdoptPlanHttpController {
  constructor(@Inject(Application) private readonly app: Application) {}

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
    const written = await adoptInternkontrollplan(
      this.app,
      {
        organId: params.organId,
        year: params.year,
        adoptedOn: body.adoptedOn,
        paragraf: body.paragraf,
      },
      { ...write, occurredAt: body.occurredAt },
    );
    return withEtag(reply, foldInternkontrollplanView(written.stream)!);
  }
}
