import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type FastifyReply } from 'fastify';
import { Commands } from '../../commands/commands';
import { Write, type WriteContext } from '../../commands/write-context';
import { WriteEndpoint } from '../../http/endpoint-docs';
import { IndikatorParams } from '../delmal.params';
import { DelmalView } from '../delmal.view';
import { writeDelmal } from '../delmal.write';
import { ChangeMalvardeDto } from './change-malvarde.dto';

@ApiTags('delmal')
@Controller('api/delmal')
export class ChangeMalvardeHttpController {
  constructor(@Inject(Commands) private readonly commands: Commands) {}

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
    return writeDelmal(
      this.commands,
      {
        type: 'ChangeIndikatorMalvarde',
        data: { delmalId, indikatorId, malvarde: body.malvarde, reason: body.reason },
      },
      write,
      reply,
      { occurredAt: body.occurredAt },
    );
  }
}
