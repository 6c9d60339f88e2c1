import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type FastifyReply } from 'fastify';
import { Commands } from '../../commands/commands';
import { References } from '../../commands/references';
import { Write, type WriteContext } from '../../commands/write-context';
import { WriteEndpoint } from '../../http/endpoint-docs';
import { UppdragParams } from '../uppdrag.params';
import { UppdragView } from '../uppdrag.view';
import { writeUppdrag } from '../uppdrag.write';
import { ChangeAnsvarigDto } from './change-ansvarig.dto';

@ApiTags('uppdrag')
@Controller('api/uppdrag')
export class ChangeAnsvarigHttpController {
  constructor(
    @Inject(Commands) private readonly commands: Commands,
    @Inject(References) private readonly references: References,
  ) {}

  @Post(':uppdragId/ansvarig')
  @WriteEndpoint({ summary: 'Byt ansvarig tjänsteperson', response: UppdragView, body: ChangeAnsvarigDto })
  async changeAnsvarig(
    @Param() { uppdragId }: UppdragParams,
    @Body() body: ChangeAnsvarigDto,
    @Write() write: WriteContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<UppdragView> {
    const known = await this.references.load({ persons: [body.ansvarigPersonId] });
    return writeUppdrag(
      this.commands,
      { type: 'ChangeUppdragAnsvarig', data: { uppdragId, ansvarigPersonId: body.ansvarigPersonId } },
      write,
      reply,
      {
        occurredAt: body.occurredAt,
        check: (events) => {
          for (const e of events) {
            if (e.type === 'UppdragAnsvarigChanged') known.activePerson(e.data.to, 'data.ansvarigPersonId');
          }
        },
      },
    );
  }
}
