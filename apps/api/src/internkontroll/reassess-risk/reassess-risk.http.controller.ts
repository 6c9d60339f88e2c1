import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Application, reassessRisk } from '@sparbar/application';
import { type FastifyReply } from 'fastify';
import { Write, type WriteContext } from '../../application/write-context';
import { WriteEndpoint } from '../../http/endpoint-docs';
import { withEtag } from '../../http/revision';
import { RiskParams } from '../internkontroll.params';
import { foldInternkontrollplanView, InternkontrollplanView } from '../internkontroll.view';
import { ReassessRiskDto } from './reassess-risk.dto';

@ApiTags('internkontroll')
@Controller('api/internkontroll')
export class ReassessRiskHttpController {
  constructor(@Inject(Application) private readonly app: Application) {}

  @Post(':organId/:year/risks/:riskId/reassessment')
  @WriteEndpoint({
    summary: 'Värdera om en risk (sannolikhet och konsekvens)',
    description: 'Nämndens sekreterare. Efter fastställandet krävs skäl (reason).',
    response: InternkontrollplanView,
    body: ReassessRiskDto,
  })
  async reassess(
    @Param() params: RiskParams,
    @Body() body: ReassessRiskDto,
    @Write() write: WriteContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<InternkontrollplanView> {
    const written = await reassessRisk(
      this.app,
      {
        organId: params.organId,
        year: params.year,
        riskId: params.riskId,
        sannolikhet: body.sannolikhet,
        konsekvens: body.konsekvens,
        reason: body.reason,
      },
      { ...write, occurredAt: body.occurredAt },
    );
    return withEtag(reply, foldInternkontrollplanView(written.stream)!);
  }
}
