import { randomUUID } from 'node:crypto';
import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type FastifyReply } from 'fastify';
import { Commands } from '../../commands/commands';
import { Write, type WriteContext } from '../../commands/write-context';
import { WriteEndpoint } from '../../http/endpoint-docs';
import { DelmalParams } from '../delmal.params';
import { DelmalView } from '../delmal.view';
import { writeDelmal } from '../delmal.write';
import { AddIndikatorDto } from './add-indikator.dto';

@ApiTags('delmal')
@Controller('api/delmal')
export class AddIndikatorHttpController {
  constructor(@Inject(Commands) private readonly commands: Commands) {}

  @Post(':delmalId/indikatorer')
  @WriteEndpoint({ summary: 'Lägg till en indikator', response: DelmalView, body: AddIndikatorDto })
  async add(
    @Param() { delmalId }: DelmalParams,
    @Body() body: AddIndikatorDto,
    @Write() write: WriteContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<DelmalView> {
    const baseline = body.baseline ? { year: body.baseline.year, value: body.baseline.value } : body.baseline;
    return writeDelmal(
      this.commands,
      {
        type: 'AddIndikator',
        data: {
          delmalId,
          indikatorId: body.indikatorId ?? randomUUID(),
          namn: body.namn,
          enhet: body.enhet,
          baseline,
          malvarde: body.malvarde,
          riktning: body.riktning,
        },
      },
      write,
      reply,
      { occurredAt: body.occurredAt },
    );
  }
}
