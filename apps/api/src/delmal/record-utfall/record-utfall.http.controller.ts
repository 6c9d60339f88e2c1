import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type FastifyReply } from 'fastify';
import { Commands } from '../../commands/commands';
import { Write, type WriteContext } from '../../commands/write-context';
import { WriteEndpoint } from '../../http/endpoint-docs';
import { IndikatorParams } from '../delmal.params';
import { DelmalView } from '../delmal.view';
import { writeDelmal } from '../delmal.write';
import { RecordUtfallDto } from './record-utfall.dto';

@ApiTags('delmal')
@Controller('api/delmal')
export class RecordUtfallHttpController {
  constructor(@Inject(Commands) private readonly commands: Commands) {}

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
    return writeDelmal(
      this.commands,
      {
        type: 'RecordIndikatorUtfall',
        data: { delmalId, indikatorId, period: body.period, utfall: body.utfall },
      },
      write,
      reply,
      { occurredAt: body.occurredAt },
    );
  }
}
