import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type FastifyReply } from 'fastify';
import { Commands } from '../../commands/commands';
import { Write, type WriteContext } from '../../commands/write-context';
import { WriteEndpoint } from '../../http/endpoint-docs';
import { UppdragParams } from '../uppdrag.params';
import { UppdragView } from '../uppdrag.view';
import { writeUppdrag } from '../uppdrag.write';
import { ReportStatusDto } from './report-status.dto';

@ApiTags('uppdrag')
@Controller('api/uppdrag')
export class ReportStatusHttpController {
  constructor(@Inject(Commands) private readonly commands: Commands) {}

  @Post(':uppdragId/reports')
  @WriteEndpoint({
    summary: 'Rapportera status och kommentar för en period',
    description:
      'Ansvarig tjänsteperson, tjänstepersoner i ett mottagande organ, nämndsekreterare för berörda organ, regiondirektören. En period rapporteras en gång; ändringar görs som rättelse.',
    response: UppdragView,
    body: ReportStatusDto,
  })
  async reportStatus(
    @Param() { uppdragId }: UppdragParams,
    @Body() body: ReportStatusDto,
    @Write() write: WriteContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<UppdragView> {
    return writeUppdrag(
      this.commands,
      {
        type: 'ReportUppdragStatus',
        data: { uppdragId, period: body.period, status: body.status, kommentar: body.kommentar },
      },
      write,
      reply,
      { occurredAt: body.occurredAt },
    );
  }
}
