import { randomUUID } from 'node:crypto';
import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Application, addAtgard } from '@sparbar/application';
import { type FastifyReply } from 'fastify';
import { Write, type WriteContext } from '../../application/write-context';
import { WriteEndpoint } from '../../http/endpoint-docs';
import { withEtag } from '../../http/revision';
import { InternkontrollplanParams } from '../internkontroll.params';
import { foldInternkontrollplanView, InternkontrollplanView } from '../internkontroll.view';
import { AddAtgardDto } from './add-atgard.dto';

@ApiTags('internkontroll')
@Controller('api/internkontroll')
export class AddAtgardHttpController {
  constructor(@Inject(Application) private readonly app: Application) {}

  @Post(':organId/:year/atgarder')
  @WriteEndpoint({
    summary: 'Lägg till en åtgärd för en avvikelse',
    description: 'Nämndens sekreterare och tjänstepersoner; slutdatum efter avvikelsen.',
    response: InternkontrollplanView,
    body: AddAtgardDto,
  })
  async addAtgard(
    @Param() params: InternkontrollplanParams,
    @Body() body: AddAtgardDto,
    @Write() write: WriteContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<InternkontrollplanView> {
    const atgardId = body.atgardId ?? randomUUID();
    const written = await addAtgard(
      this.app,
      {
        organId: params.organId,
        year: params.year,
        atgardId,
        kontrollmomentId: body.kontrollmomentId,
        period: body.period,
        text: body.text,
        ansvarigPersonId: body.ansvarigPersonId,
        dueDate: body.dueDate,
      },
      { ...write, occurredAt: body.occurredAt },
    );
    return withEtag(reply, foldInternkontrollplanView(written.stream)!);
  }
}
