import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Application, correctIndikatorUtfall } from '@sparbar/application';
import { type FastifyReply } from 'fastify';
import { Write, type WriteContext } from '../../application/write-context';
import { WriteEndpoint } from '../../http/endpoint-docs';
import { withEtag } from '../../http/revision';
import { IndikatorPeriodParams } from '../delmal.params';
import { foldDelmalView, DelmalView } from '../delmal.view';
import { CorrectUtfallDto } from './correct-utfall.dto';

@ApiTags('delmal')
@Controller('api/delmal')
export class CorrectUtfallHttpController {
  constructor(@Inject(Application) private readonly app: Application) {}

  @Post(':delmalId/indikatorer/:indikatorId/utfall/:period/corrections')
  @WriteEndpoint({
    summary: 'Rätta ett utfall (skäl krävs; originalet finns kvar i loggen)',
    response: DelmalView,
    body: CorrectUtfallDto,
  })
  async correctUtfall(
    @Param() { delmalId, indikatorId, period }: IndikatorPeriodParams,
    @Body() body: CorrectUtfallDto,
    @Write() write: WriteContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<DelmalView> {
    const written = await correctIndikatorUtfall(
      this.app,
      { delmalId, indikatorId, period, utfall: body.utfall, reason: body.reason },
      {
        ...write,
        occurredAt: body.occurredAt,
      },
    );
    return withEtag(reply, foldDelmalView(written.stream)!);
  }
}
