import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Application, extendUppdragSlutdatum } from '@sparbar/application';
import { type FastifyReply } from 'fastify';
import { Write, type WriteContext } from '../../application/write-context';
import { WriteEndpoint } from '../../http/endpoint-docs';
import { withEtag } from '../../http/revision';
import { UppdragParams } from '../uppdrag.params';
import { foldUppdragView, UppdragView } from '../uppdrag.view';
import { ExtendSlutdatumDto } from './extend-slutdatum.dto';

@ApiTags('uppdrag')
@Controller('api/uppdrag')
export class ExtendSlutdatumHttpController {
  constructor(@Inject(Application) private readonly app: Application) {}

  @Post(':uppdragId/slutdatum')
  @WriteEndpoint({
    summary: 'Förläng slutdatum (skäl krävs)',
    response: UppdragView,
    body: ExtendSlutdatumDto,
  })
  async extendSlutdatum(
    @Param() { uppdragId }: UppdragParams,
    @Body() body: ExtendSlutdatumDto,
    @Write() write: WriteContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<UppdragView> {
    const written = await extendUppdragSlutdatum(
      this.app,
      { uppdragId, slutdatum: body.slutdatum, reason: body.reason },
      {
        ...write,
        occurredAt: body.occurredAt,
      },
    );
    return withEtag(reply, foldUppdragView(written.stream)!);
  }
}
