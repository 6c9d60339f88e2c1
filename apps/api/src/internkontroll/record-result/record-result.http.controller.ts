import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type FastifyReply } from 'fastify';
import { Commands } from '../../commands/commands';
import { Write, type WriteContext } from '../../commands/write-context';
import { WriteEndpoint } from '../../http/endpoint-docs';
import { InternkontrollplanParams } from '../internkontroll.params';
import { InternkontrollplanView } from '../internkontroll.view';
import { writeInternkontrollplan } from '../internkontroll.write';
import { RecordResultDto } from './record-result.dto';

@ApiTags('internkontroll')
@Controller('api/internkontroll')
export class RecordResultHttpController {
  constructor(@Inject(Commands) private readonly commands: Commands) {}

  @Post(':organId/:year/results')
  @WriteEndpoint({
    summary: 'Rapportera resultatet av ett kontrollmoment för en period',
    description: 'Nämndens sekreterare och tjänstepersoner; planen måste vara fastställd.',
    response: InternkontrollplanView,
    body: RecordResultDto,
  })
  async recordResult(
    @Param() params: InternkontrollplanParams,
    @Body() body: RecordResultDto,
    @Write() write: WriteContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<InternkontrollplanView> {
    return writeInternkontrollplan(
      this.commands,
      {
        type: 'RecordKontrollresultat',
        data: {
          organId: params.organId,
          year: params.year,
          kontrollmomentId: body.kontrollmomentId,
          period: body.period,
          resultat: body.resultat,
          beskrivning: body.beskrivning,
        },
      },
      write,
      reply,
      { occurredAt: body.occurredAt },
    );
  }
}
