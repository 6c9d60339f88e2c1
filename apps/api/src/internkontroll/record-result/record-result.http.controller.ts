import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Application, recordKontrollresultat } from '@sparbar/application';
import { type FastifyReply } from 'fastify';
import { Write, type WriteContext } from '../../application/write-context';
import { WriteEndpoint } from '../../http/endpoint-docs';
import { withEtag } from '../../http/revision';
import { InternkontrollplanParams } from '../internkontroll.params';
import { foldInternkontrollplanView, InternkontrollplanView } from '../internkontroll.view';
import { RecordResultDto } from './record-result.dto';

@ApiTags('internkontroll')
@Controller('api/internkontroll')
export class RecordResultHttpController {
  constructor(@Inject(Application) private readonly app: Application) {}

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
    const written = await recordKontrollresultat(
      this.app,
      {
        organId: params.organId,
        year: params.year,
        kontrollmomentId: body.kontrollmomentId,
        period: body.period,
        resultat: body.resultat,
        beskrivning: body.beskrivning,
      },
      { ...write, occurredAt: body.occurredAt },
    );
    return withEtag(reply, foldInternkontrollplanView(written.stream)!);
  }
}
