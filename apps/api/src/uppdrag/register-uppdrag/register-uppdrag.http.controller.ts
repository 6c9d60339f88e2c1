import { randomUUID } from 'node:crypto';
import { Body, Controller, Inject, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Application, registerUppdrag } from '@sparbar/application';
import { type FastifyReply } from 'fastify';
import { Write, type WriteContext } from '../../application/write-context';
import { WriteEndpoint } from '../../http/endpoint-docs';
import { withEtag } from '../../http/revision';
import { foldUppdragView, UppdragView } from '../uppdrag.view';
import { RegisterUppdragDto } from './register-uppdrag.dto';

@ApiTags('uppdrag')
@Controller('api/uppdrag')
export class RegisterUppdragHttpController {
  constructor(@Inject(Application) private readonly app: Application) {}

  @Post()
  @WriteEndpoint({
    summary: 'Registrera ett uppdrag',
    description: 'Nämndsekreteraren för det beslutande eller ett mottagande organ, eller regiondirektören.',
    response: UppdragView,
    body: RegisterUppdragDto,
    created: true,
  })
  async register(
    @Body() body: RegisterUppdragDto,
    @Write() write: WriteContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<UppdragView> {
    const uppdragId = body.uppdragId ?? randomUUID();
    const { origin } = body;
    const written = await registerUppdrag(
      this.app,
      {
        uppdragId,
        text: body.text,
        beskrivning: body.beskrivning,
        riktasTill: body.riktasTill,
        samordnare: body.samordnare,
        periodicitet: body.periodicitet,
        slutdatum: body.slutdatum,
        ansvarigPersonId: body.ansvarigPersonId,
        ordning: body.ordning ?? null,
        origin: {
          givenBy: origin.givenBy,
          kind: origin.kind,
          beslutsdatum: origin.beslutsdatum,
          diarienummer: origin.diarienummer,
          paragraf: origin.paragraf,
          planYear: origin.planYear,
        },
      },
      { ...write, occurredAt: body.occurredAt },
    );
    void reply.header('location', `/api/uppdrag/${uppdragId}`);
    return withEtag(reply, foldUppdragView(written.stream)!);
  }
}
