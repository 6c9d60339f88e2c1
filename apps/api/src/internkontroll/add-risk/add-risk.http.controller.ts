import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Application, addRisk } from '@sparbar/application';
import { type FastifyReply } from 'fastify';
import { Write, type WriteContext } from '../../application/write-context';
import { WriteEndpoint } from '../../http/endpoint-docs';
import { withEtag } from '../../http/revision';
import { InternkontrollplanParams } from '../internkontroll.params';
import { foldInternkontrollplanView, InternkontrollplanView } from '../internkontroll.view';
import { AddRiskDto } from './add-risk.dto';

@ApiTags('internkontroll')
@Controller('api/internkontroll')
export class AddRiskHttpController {
  constructor(@Inject(Application) private readonly app: Application) {}

  @Post(':organId/:year/risks')
  @WriteEndpoint({
    summary: 'Lägg till en risk i internkontrollplanen',
    description: 'Nämndens sekreterare. Efter fastställandet krävs skäl (reason).',
    response: InternkontrollplanView,
    body: AddRiskDto,
  })
  async addRisk(
    @Param() params: InternkontrollplanParams,
    @Body() body: AddRiskDto,
    @Write() write: WriteContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<InternkontrollplanView> {
    const written = await addRisk(
      this.app,
      {
        organId: params.organId,
        year: params.year,
        riskId: body.riskId,
        text: body.text,
        sannolikhet: body.sannolikhet,
        konsekvens: body.konsekvens,
        reason: body.reason,
      },
      { ...write, occurredAt: body.occurredAt },
    );
    return withEtag(reply, foldInternkontrollplanView(written.stream)!);
  }
}
