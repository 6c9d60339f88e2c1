import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type FastifyReply } from 'fastify';
import { Commands } from '../../commands/commands';
import { Write, type WriteContext } from '../../commands/write-context';
import { WriteEndpoint } from '../../http/endpoint-docs';
import { InternkontrollplanParams } from '../internkontroll.params';
import { InternkontrollplanView } from '../internkontroll.view';
import { writeInternkontrollplan } from '../internkontroll.write';
import { AddRiskDto } from './add-risk.dto';

@ApiTags('internkontroll')
@Controller('api/internkontroll')
export class AddRiskHttpController {
  constructor(@Inject(Commands) private readonly commands: Commands) {}

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
    return writeInternkontrollplan(
      this.commands,
      {
        type: 'AddRisk',
        data: {
          organId: params.organId,
          year: params.year,
          riskId: body.riskId,
          text: body.text,
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
