import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type FastifyReply } from 'fastify';
import { Commands } from '../../commands/commands';
import { Write, type WriteContext } from '../../commands/write-context';
import { WriteEndpoint } from '../../http/endpoint-docs';
import { DelmalParams } from '../delmal.params';
import { DelmalView } from '../delmal.view';
import { writeDelmal } from '../delmal.write';
import { AssessDelmalDto } from './assess-delmal.dto';

@ApiTags('delmal')
@Controller('api/delmal')
export class AssessDelmalHttpController {
  constructor(@Inject(Commands) private readonly commands: Commands) {}

  @Post(':delmalId/assessments')
  @WriteEndpoint({
    summary: 'Bedöm delmålet för en period, med prognos och kommentar',
    response: DelmalView,
    body: AssessDelmalDto,
  })
  async assessDelmal(
    @Param() { delmalId }: DelmalParams,
    @Body() body: AssessDelmalDto,
    @Write() write: WriteContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<DelmalView> {
    return writeDelmal(
      this.commands,
      {
        type: 'AssessDelmal',
        data: {
          delmalId,
          period: body.period,
          bedomning: body.bedomning,
          prognos: body.prognos,
          kommentar: body.kommentar,
        },
      },
      write,
      reply,
      { occurredAt: body.occurredAt },
    );
  }
}
