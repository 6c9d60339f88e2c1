import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Application, assessDelmal } from '@sparbar/application';
import { type FastifyReply } from 'fastify';
import { Write, type WriteContext } from '../../application/write-context';
import { WriteEndpoint } from '../../http/endpoint-docs';
import { withEtag } from '../../http/revision';
import { DelmalParams } from '../delmal.params';
import { foldDelmalView, DelmalView } from '../delmal.view';
import { AssessDelmalDto } from './assess-delmal.dto';

@ApiTags('delmal')
@Controller('api/delmal')
export class AssessDelmalHttpController {
  constructor(@Inject(Application) private readonly app: Application) {}

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
    const written = await assessDelmal(
      this.app,
      {
        delmalId,
        period: body.period,
        bedomning: body.bedomning,
        prognos: body.prognos,
        kommentar: body.kommentar,
        reason: body.reason ?? null,
      },
      {
        ...write,
        occurredAt: body.occurredAt,
      },
    );
    return withEtag(reply, foldDelmalView(written.stream)!);
  }
}
