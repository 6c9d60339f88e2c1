import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Application, closeDelmal } from '@sparbar/application';
import { type FastifyReply } from 'fastify';
import { Write, type WriteContext } from '../../application/write-context';
import { WriteEndpoint } from '../../http/endpoint-docs';
import { withEtag } from '../../http/revision';
import { DelmalParams } from '../delmal.params';
import { foldDelmalView, DelmalView } from '../delmal.view';
import { CloseDelmalDto } from './close-delmal.dto';

@ApiTags('delmal')
@Controller('api/delmal')
export class CloseDelmalHttpController {
  constructor(@Inject(Application) private readonly app: Application) {}

  @Post(':delmalId/close')
  @WriteEndpoint({
    summary: 'Avsluta delmålet',
    response: DelmalView,
    body: CloseDelmalDto,
  })
  async closeDelmal(
    @Param() { delmalId }: DelmalParams,
    @Body() body: CloseDelmalDto,
    @Write() write: WriteContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<DelmalView> {
    const written = await closeDelmal(
      this.app,
      { delmalId, kommentar: body.kommentar },
      {
        ...write,
        occurredAt: body.occurredAt,
      },
    );
    return withEtag(reply, foldDelmalView(written.stream)!);
  }
}
