import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type FastifyReply } from 'fastify';
import { Commands } from '../../commands/commands';
import { Write, type WriteContext } from '../../commands/write-context';
import { WriteEndpoint } from '../../http/endpoint-docs';
import { DelmalPeriodParams } from '../delmal.params';
import { DelmalView } from '../delmal.view';
import { writeDelmal } from '../delmal.write';
import { CorrectAssessmentDto } from './correct-assessment.dto';

@ApiTags('delmal')
@Controller('api/delmal')
export class CorrectAssessmentHttpController {
  constructor(@Inject(Commands) private readonly commands: Commands) {}

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
    return writeDelmal(
      this.commands,
      {
        type: 'CorrectDelmalAssessment',
        data: {
          delmalId,
          period,
          bedomning: body.bedomning,
          prognos: body.prognos,
          kommentar: body.kommentar,
          reason: body.reason,
        },
      },
      write,
      reply,
      { occurredAt: body.occurredAt },
    );
  }
}
