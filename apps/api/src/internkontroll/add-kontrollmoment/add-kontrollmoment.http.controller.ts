import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Application, addKontrollmoment } from '@sparbar/application';
import { type FastifyReply } from 'fastify';
import { Write, type WriteContext } from '../../application/write-context';
import { WriteEndpoint } from '../../http/endpoint-docs';
import { withEtag } from '../../http/revision';
import { InternkontrollplanParams } from '../internkontroll.params';
import { foldInternkontrollplanView, InternkontrollplanView } from '../internkontroll.view';
import { AddKontrollmomentDto } from './add-kontrollmoment.dto';

@ApiTags('internkontroll')
@Controller('api/internkontroll')
export class AddKontrollmomentHttpController {
  constructor(@Inject(Application) private readonly app: Application) {}

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
    const written = await addKontrollmoment(
      this.app,
      {
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
      { ...write, occurredAt: body.occurredAt },
    );
    return withEtag(reply, foldInternkontrollplanView(written.stream)!);
  }
}
