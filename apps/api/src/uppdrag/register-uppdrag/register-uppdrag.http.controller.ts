import { randomUUID } from 'node:crypto';
import { Body, Controller, Inject, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DomainError, uppdragDecider, type UppdragEvent, uppdragStream } from '@sparbar/domain';
import { type FastifyReply } from 'fastify';
import { Commands } from '../../commands/commands';
import { type Known, References } from '../../commands/references';
import { Write, type WriteContext } from '../../commands/write-context';
import { WriteEndpoint } from '../../http/endpoint-docs';
import { withEtag } from '../../http/revision';
import { foldUppdragView, UppdragView } from '../uppdrag.view';
import { RegisterUppdragDto } from './register-uppdrag.dto';

@ApiTags('uppdrag')
@Controller('api/uppdrag')
export class RegisterUppdragHttpController {
  constructor(
    @Inject(Commands) private readonly commands: Commands,
    @Inject(References) private readonly references: References,
  ) {}

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
    const known = await this.references.load({
      organs: [...body.riktasTill, body.origin.givenBy],
      persons: [body.ansvarigPersonId],
    });
    const { origin } = body;
    const result = await this.commands.execute(
      uppdragDecider,
      uppdragStream(uppdragId),
      {
        type: 'RegisterUppdrag',
        data: {
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
      },
      write,
      {
        create: true,
        occurredAt: body.occurredAt ?? undefined,
        check: (events) => checkRegistered(events, known),
      },
    );
    void reply.header('location', `/api/uppdrag/${uppdragId}`);
    return withEtag(reply, foldUppdragView(result.stream)!);
  }
}

/** Recipients and the giving organ exist and are active; fullmäktige's uppdrag come from fullmäktige. */
function checkRegistered(events: UppdragEvent[], known: Known): void {
  for (const event of events) {
    if (event.type !== 'UppdragRegistered') continue;
    const { riktasTill, origin, ansvarigPersonId } = event.data;
    riktasTill.forEach((organId, i) => known.activeOrgan(organId, `data.riktasTill[${i}]`));
    const givenBy = known.activeOrgan(origin.givenBy, 'data.origin.givenBy');
    if (origin.kind === 'fullmaktige' && givenBy.typ !== 'regionfullmaktige') {
      throw new DomainError(
        'INVALID_VALUE',
        'Ett uppdrag från fullmäktige ska ges av regionfullmäktige; välj ursprunget "namnd" för en nämnds uppdrag.',
        'data.origin.givenBy',
      );
    }
    known.activePerson(ansvarigPersonId, 'data.ansvarigPersonId');
  }
}
