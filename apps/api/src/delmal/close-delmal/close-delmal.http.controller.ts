import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type FastifyReply } from 'fastify';
import { Commands } from '../../commands/commands';
import { Write, type WriteContext } from '../../commands/write-context';
import { WriteEndpoint } from '../../http/endpoint-docs';
import { DelmalParams } from '../delmal.params';
import { DelmalView } from '../delmal.view';
import { writeDelmal } from '../delmal.write';
import { CloseDelmalDto } from './close-delmal.dto';

@ApiTags('delmal')
@Controller('api/delmal')
export class CloseDelmalHttpController {
  constructor(@Inject(Commands) private readonly commands: Commands) {}

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
    return writeDelmal(
      this.commands,
      { type: 'CloseDelmal', data: { delmalId, kommentar: body.kommentar } },
      write,
      reply,
      { occurredAt: body.occurredAt },
    );
  }
}
