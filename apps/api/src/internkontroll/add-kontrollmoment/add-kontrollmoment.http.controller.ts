import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type FastifyReply } from 'fastify';
import { Commands } from '../../commands/commands';
import { Write, type WriteContext } from '../../commands/write-context';
import { WriteEndpoint } from '../../http/endpoint-docs';
import { InternkontrollplanParams } from '../internkontroll.params';
import { InternkontrollplanView } from '../internkontroll.view';
import { writeInternkontrollplan } from '../internkontroll.write';
import { AddKontrollmomentDto } from './add-kontrollmoment.dto';

@ApiTags('internkontroll')
@Controller('api/internkontroll')
export class AddKontrollmomentHttpController {
  constructor(@Inject(Commands) private readonly commands: Commands) {}

  @Post(':organId/:year/kontrollmoment')
  @WriteEndpoint({
    summary: 'Lägg till ett kontrollmoment för en risk',
    description: 'Nämndens sekreterare. Efter fastställandet krävs skäl (reason).',
    response: InternkontrollplanView,
    body: AddKontrollmomentDto,
  })
  async addKontrollmoment(
    @Param() params: InternkontrollplanParams,
    @Body() body: AddKontrollmomentDto,
    @Write() write: WriteContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<InternkontrollplanView> {
    return writeInternkontrollplan(
      this.commands,
      {
        type: 'AddKontrollmoment',
        data: {
          organId: params.organId,
          year: params.year,
          riskId: body.riskId,
          kontrollmomentId: body.kontrollmomentId,
          vad: body.vad,
          hur: body.hur,
          vem: body.vem,
          frekvens: body.frekvens,
          reason: body.reason,
        },
      },
      write,
      reply,
      { occurredAt: body.occurredAt },
    );
  }
}
