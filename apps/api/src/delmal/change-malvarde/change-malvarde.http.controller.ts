import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Application, changeIndikatorMalvarde } from '@sparbar/application';
import { type FastifyReply } from 'fastify';
import { Write, type WriteContext } from '../../application/write-context';
import { WriteEndpoint } from '../../http/endpoint-docs';
import { withEtag } from '../../http/revision';
import { IndikatorParams } from '../delmal.params';
import { foldDelmalView, DelmalView } from '../delmal.view';
import { ChangeMalvardeDto } from './change-malvarde.dto';

@ApiTags('delmal')
@Controller('api/delmal')
export class ChangeMalvardeHttpController {
  constructor(@Inject(Application) private readonly app: Application) {}

  @Post(':delmalId/indikatorer/:indikatorId/malvarde')
  @WriteEndpoint({
    summary: 'Ändra en indikators målvärde (skäl krävs)',
    response: DelmalView,
    body: ChangeMalvardeDto,
  })
  async changeMalvarde(
    @Param() { delmalId, indikatorId }: IndikatorParams,
    @Body() body: ChangeMalvardeDto,
    @Write() write: WriteContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<DelmalView> {
    const written = await changeIndikatorMalvarde(
      this.app,
      { delmalId, indikatorId, malvarde: body.malvarde, reason: body.reason },
      {
        ...write,
        occurredAt: body.occurredAt,
      },
    );
    return withEtag(reply, foldDelmalView(written.stream)!);
  }
}
