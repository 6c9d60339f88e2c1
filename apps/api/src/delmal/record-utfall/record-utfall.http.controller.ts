import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Application, recordIndikatorUtfall } from '@sparbar/application';
import { type FastifyReply } from 'fastify';
import { Write, type WriteContext } from '../../application/write-context';
import { WriteEndpoint } from '../../http/endpoint-docs';
import { withEtag } from '../../http/revision';
import { IndikatorParams } from '../delmal.params';
import { foldDelmalView, DelmalView } from '../delmal.view';
import { RecordUtfallDto } from './record-utfall.dto';

@ApiTags('delmal')
@Controller('api/delmal')
export class RecordUtfallHttpController {
  constructor(@Inject(Application) private readonly app: Application) {}

  @Post(':delmalId/indikatorer/:indikatorId/utfall')
  @WriteEndpoint({
    summary: 'Registrera en indikators utfall för en period (bedömningen räknas ut)',
    response: DelmalView,
    body: RecordUtfallDto,
  })
  async recordUtfall(
    @Param() { delmalId, indikatorId }: IndikatorParams,
    @Body() body: RecordUtfallDto,
    @Write() write: WriteContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<DelmalView> {
    const written = await recordIndikatorUtfall(
      this.app,
      { delmalId, indikatorId, period: body.period, utfall: body.utfall, reason: body.reason ?? null },
      {
        ...write,
        occurredAt: body.occurredAt,
      },
    );
    return withEtag(reply, foldDelmalView(written.stream)!);
  }
}
