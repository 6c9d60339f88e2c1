import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Application, correctUppdragReport } from '@sparbar/application';
import { type FastifyReply } from 'fastify';
import { Write, type WriteContext } from '../../application/write-context';
import { WriteEndpoint } from '../../http/endpoint-docs';
import { withEtag } from '../../http/revision';
import { UppdragPeriodParams } from '../uppdrag.params';
import { foldUppdragView, UppdragView } from '../uppdrag.view';
import { CorrectReportDto } from './correct-report.dto';

@ApiTags('uppdrag')
@Controller('api/uppdrag')
export class CorrectReportHttpController {
  constructor(@Inject(Application) private readonly app: Application) {}

  @Post(':uppdragId/reports/:period/corrections')
  @WriteEndpoint({
    summary: 'Rätta en tidigare rapport (skäl krävs; originalet finns kvar i loggen)',
    description:
      'Med organId rättas det organets egen del, utan den samlade rapporten; samma behörighet som att rapportera delen.',
    response: UppdragView,
    body: CorrectReportDto,
  })
  async correctReport(
    @Param() { uppdragId, period }: UppdragPeriodParams,
    @Body() body: CorrectReportDto,
    @Write() write: WriteContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<UppdragView> {
    const written = await correctUppdragReport(
      this.app,
      {
        uppdragId,
        period,
        status: body.status,
        kommentar: body.kommentar,
        reason: body.reason,
        organId: body.organId ?? null,
      },
      {
        ...write,
        occurredAt: body.occurredAt,
      },
    );
    return withEtag(reply, foldUppdragView(written.stream)!);
  }
}
