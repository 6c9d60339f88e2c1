import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Application, recordPeriodReportHandling } from '@sparbar/application';
import { type FastifyReply } from 'fastify';
import { Write, type WriteContext } from '../../application/write-context';
import { WriteEndpoint } from '../../http/endpoint-docs';
import { withEtag } from '../../http/revision';
import { FaststallelseParams } from '../faststallelse.params';
import { FaststallelseView, foldFaststallelseView } from '../faststallelse.view';
import { RecordHandlingDto } from './record-handling.dto';

@ApiTags('faststallelse')
@Controller('api/perioder')
export class RecordHandlingHttpController {
  constructor(@Inject(Application) private readonly app: Application) {}

  @Post(':period/faststallelser/:organId/behandling')
  @WriteEndpoint({
    summary:
      'Registrera att regionstyrelsen eller fullmäktige tagit emot eller behandlat den fastställda rapporten',
    description:
      'Regionstyrelsens eller fullmäktiges sekreterare, med sammanträdesdag och §. Rapporten måste vara fastställd av nämnden: annars 409 PERIOD_REPORT_NOT_ADOPTED.',
    response: FaststallelseView,
    body: RecordHandlingDto,
  })
  async record(
    @Param() { period, organId }: FaststallelseParams,
    @Body() body: RecordHandlingDto,
    @Write() write: WriteContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<FaststallelseView> {
    const written = await recordPeriodReportHandling(
      this.app,
      {
        organId,
        period,
        by: body.by,
        byOrganId: body.byOrganId,
        kind: body.kind,
        date: body.date,
        paragraf: body.paragraf,
      },
      { ...write, occurredAt: body.occurredAt },
    );
    const organ = await this.app.references.organ(organId);
    return withEtag(reply, foldFaststallelseView(written.stream, organ?.namn)!);
  }
}
