import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type FastifyReply } from 'fastify';
import { Application, reportUppdragStatus } from '@sparbar/application';
import { Write, type WriteContext } from '../../application/write-context';
import { WriteEndpoint } from '../../http/endpoint-docs';
import { withEtag } from '../../http/revision';
import { UppdragParams } from '../uppdrag.params';
import { foldUppdragView, UppdragView } from '../uppdrag.view';
import { ReportStatusDto } from './report-status.dto';

@ApiTags('uppdrag')
@Controller('api/uppdrag')
export class ReportStatusHttpController {
  constructor(@Inject(Application) private readonly app: Application) {}

  @Post(':uppdragId/reports')
  @WriteEndpoint({
    summary: 'Rapportera status och kommentar för en period',
    description:
      'Med organId rapporterar ett mottagande organ sin egen del av ett uppdrag som riktas till flera organ: organets nämndsekreterare och tjänstepersoner, och regiondirektören. ' +
      'Utan organId är det den samlade rapporten: när uppdraget har en samordnare skriver samordnarens sekreterare och tjänstepersoner, ansvarig tjänsteperson, beslutande organs sekreterare och regiondirektören den; annars alla som får rapportera på uppdraget. ' +
      'En period rapporteras en gång per del; ändringar görs som rättelse. När organet har fastställt sin rapport för perioden krävs reason (400 REASON_REQUIRED utan), och rapporten märks ändrad efter fastställande. organId som inte är en av mottagarna: 400 ORGAN_NOT_A_RECIPIENT; en avslutad del: 409 UPPDRAG_PART_CLOSED.',
    response: UppdragView,
    body: ReportStatusDto,
  })
  async reportStatus(
    @Param() { uppdragId }: UppdragParams,
    @Body() body: ReportStatusDto,
    @Write() write: WriteContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<UppdragView> {
    const written = await reportUppdragStatus(
      this.app,
      {
        uppdragId,
        period: body.period,
        status: body.status,
        kommentar: body.kommentar,
        organId: body.organId ?? null,
        reason: body.reason ?? null,
      },
      { ...write, occurredAt: body.occurredAt },
    );
    return withEtag(reply, foldUppdragView(written.stream)!);
  }
}
