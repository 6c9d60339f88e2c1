import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type FastifyReply } from 'fastify';
import { Commands } from '../../commands/commands';
import { Write, type WriteContext } from '../../commands/write-context';
import { WriteEndpoint } from '../../http/endpoint-docs';
import { RiskParams } from '../internkontroll.params';
import { InternkontrollplanView } from '../internkontroll.view';
import { writeInternkontrollplan } from '../internkontroll.write';
import { ReassessRiskDto } from './reassess-risk.dto';

@ApiTags('internkontroll')
@Controller('api/internkontroll')
export class ReassessRiskHttpController {
  constructor(@Inject(Commands) private readonly commands: Commands) {}

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
    return writeInternkontrollplan(
      this.commands,
      {
        type: 'ReassessRisk',
        data: {
          organId: params.organId,
          year: params.year,
          riskId: params.riskId,
          sannolikhet: body.sannolikhet,
          konsekvens: body.konsekvens,
          reason: body.reason,
        },
      },
      write,
      reply,
      { occurredAt: body.occurredAt },
    );
  }
}
