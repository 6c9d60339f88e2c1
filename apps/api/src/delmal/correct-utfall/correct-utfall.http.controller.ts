import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type FastifyReply } from 'fastify';
import { Commands } from '../../commands/commands';
import { Write, type WriteContext } from '../../commands/write-context';
import { WriteEndpoint } from '../../http/endpoint-docs';
import { IndikatorPeriodParams } from '../delmal.params';
import { DelmalView } from '../delmal.view';
import { writeDelmal } from '../delmal.write';
import { CorrectUtfallDto } from './correct-utfall.dto';

@ApiTags('delmal')
@Controller('api/delmal')
export class CorrectUtfallHttpController {
  constructor(@Inject(Commands) private readonly commands: Commands) {}

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
    return writeDelmal(
      this.commands,
      {
        type: 'CorrectIndikatorUtfall',
        data: { delmalId, indikatorId, period, utfall: body.utfall, reason: body.reason },
      },
      write,
      reply,
      { occurredAt: body.occurredAt },
    );
  }
}
