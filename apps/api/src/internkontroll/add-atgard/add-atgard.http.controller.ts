import { randomUUID } from 'node:crypto';
import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type FastifyReply } from 'fastify';
import { Commands } from '../../commands/commands';
import { References } from '../../commands/references';
import { Write, type WriteContext } from '../../commands/write-context';
import { WriteEndpoint } from '../../http/endpoint-docs';
import { InternkontrollplanParams } from '../internkontroll.params';
import { InternkontrollplanView } from '../internkontroll.view';
import { writeInternkontrollplan } from '../internkontroll.write';
import { AddAtgardDto } from './add-atgard.dto';

@ApiTags('internkontroll')
@Controller('api/internkontroll')
export class AddAtgardHttpController {
  constructor(
    @Inject(Commands) private readonly commands: Commands,
    @Inject(References) private readonly references: References,
  ) {}

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
    const known = await this.references.load({ persons: [body.ansvarigPersonId] });
    return writeInternkontrollplan(
      this.commands,
      {
        type: 'AddAtgard',
        data: {
          organId: params.organId,
          year: params.year,
          atgardId,
          kontrollmomentId: body.kontrollmomentId,
          period: body.period,
          text: body.text,
          ansvarigPersonId: body.ansvarigPersonId,
          dueDate: body.dueDate,
        },
      },
      write,
      reply,
      {
        occurredAt: body.occurredAt,
        check: () => void known.activePerson(body.ansvarigPersonId, 'data.ansvarigPersonId'),
      },
    );
  }
}
