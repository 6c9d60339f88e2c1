import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type FastifyReply } from 'fastify';
import { Commands } from '../../commands/commands';
import { Write, type WriteContext } from '../../commands/write-context';
import { WriteEndpoint } from '../../http/endpoint-docs';
import { UppdragParams } from '../uppdrag.params';
import { UppdragView } from '../uppdrag.view';
import { writeUppdrag } from '../uppdrag.write';
import { ExtendSlutdatumDto } from './extend-slutdatum.dto';

@ApiTags('uppdrag')
@Controller('api/uppdrag')
export class ExtendSlutdatumHttpController {
  constructor(@Inject(Commands) private readonly commands: Commands) {}

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
    return writeUppdrag(
      this.commands,
      { type: 'ExtendUppdragSlutdatum', data: { uppdragId, slutdatum: body.slutdatum, reason: body.reason } },
      write,
      reply,
      { occurredAt: body.occurredAt },
    );
  }
}
