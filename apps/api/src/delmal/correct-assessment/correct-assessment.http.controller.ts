import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Application, correctDelmalAssessment } from '@sparbar/application';
import { type FastifyReply } from 'fastify';
import { Write, type WriteContext } from '../../application/write-context';
import { WriteEndpoint } from '../../http/endpoint-docs';
import { withEtag } from '../../http/revision';
import { DelmalPeriodParams } from '../delmal.params';
import { foldDelmalView, DelmalView } from '../delmal.view';
import { CorrectAssessmentDto } from './correct-assessment.dto';

@ApiTags('delmal')
@Controller('api/delmal')
export class CorrectAssessmentHttpController {
  constructor(@Inject(Application) private readonly app: Application) {}

  @Post(':delmalId/assessments/:period/corrections')
  @WriteEndpoint({
    summary: 'Rätta en bedömning (skäl krävs; originalet finns kvar i loggen)',
    response: DelmalView,
    body: CorrectAssessmentDto,
  })
  async correctAssessment(
    @Param() { delmalId, period }: DelmalPeriodParams,
    @Body() body: CorrectAssessmentDto,
    @Write() write: WriteContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<DelmalView> {
    const written = await correctDelmalAssessment(
      this.app,
      {
        delmalId,
        period,
        bedomning: body.bedomning,
        prognos: body.prognos,
        kommentar: body.kommentar,
        reason: body.reason,
      },
      {
        ...write,
        occurredAt: body.occurredAt,
      },
    );
    return withEtag(reply, foldDelmalView(written.stream)!);
  }
}
