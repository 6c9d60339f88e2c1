import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { adoptPeriodReport, Application } from '@sparbar/application';
import { type FastifyReply } from 'fastify';
import { Write, type WriteContext } from '../../application/write-context';
import { WriteEndpoint } from '../../http/endpoint-docs';
import { withEtag } from '../../http/revision';
import { FaststallelsePeriodParams } from '../faststallelse.params';
import { FaststallelseView, foldFaststallelseView } from '../faststallelse.view';
import { AdoptReportDto } from './adopt-report.dto';

@ApiTags('faststallelse')
@Controller('api/perioder')
export class AdoptReportHttpController {
  constructor(@Inject(Application) private readonly app: Application) {}

  @Post(':period/faststallelser')
  @WriteEndpoint({
    summary: 'Registrera att nämnden fastställt sin rapport för perioden',
    description:
      'Nämndens sekreterare, med sammanträdesdag, § och eventuellt diarienummer. Därefter är perioden låst för organet: ' +
      'rapporter och bedömningar för perioden kräver skäl (reason) och märks "ändrad efter fastställande", och periodens påminnelser till organet upphör. ' +
      'Okänt organ: 404 ORGAN_NOT_FOUND; redan fastställd (samma eller tidigare sammanträde): 409 PERIOD_REPORT_ALREADY_ADOPTED; ' +
      'ett senare sammanträde är ett nytt fastställande som ersätter det förra. Sammanträdesdag i framtiden eller före periodens slut: 400.',
    response: FaststallelseView,
    body: AdoptReportDto,
  })
  async adopt(
    @Param() { period }: FaststallelsePeriodParams,
    @Body() body: AdoptReportDto,
    @Write() write: WriteContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<FaststallelseView> {
    const written = await adoptPeriodReport(
      this.app,
      {
        organId: body.organId,
        period,
        meetingDate: body.meetingDate,
        paragraf: body.paragraf,
        diarienummer: body.diarienummer ?? null,
      },
      { ...write, occurredAt: body.occurredAt },
    );
    const organ = await this.app.references.organ(body.organId);
    return withEtag(reply, foldFaststallelseView(written.stream, organ?.namn)!);
  }
}
