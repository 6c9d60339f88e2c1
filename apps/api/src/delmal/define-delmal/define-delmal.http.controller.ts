import { randomUUID } from 'node:crypto';
import { Body, Controller, Inject, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { delmalDecider, delmalStream } from '@sparbar/domain';
import { type FastifyReply } from 'fastify';
import { Commands } from '../../commands/commands';
import { References } from '../../commands/references';
import { Write, type WriteContext } from '../../commands/write-context';
import { WriteEndpoint } from '../../http/endpoint-docs';
import { withEtag } from '../../http/revision';
import { DelmalView, foldDelmalView } from '../delmal.view';
import { DefineDelmalDto } from './define-delmal.dto';

@ApiTags('delmal')
@Controller('api/delmal')
export class DefineDelmalHttpController {
  constructor(
    @Inject(Commands) private readonly commands: Commands,
    @Inject(References) private readonly references: References,
  ) {}

  @Post()
  @WriteEndpoint({
    summary: 'Lägg ett delmål i en nämnds plan',
    description: 'Nämndens sekreterare.',
    response: DelmalView,
    body: DefineDelmalDto,
    created: true,
  })
  async define(
    @Body() body: DefineDelmalDto,
    @Write() write: WriteContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<DelmalView> {
    const delmalId = body.delmalId ?? randomUUID();
    const known = await this.references.load({ organs: [body.organId] });
    const result = await this.commands.execute(
      delmalDecider,
      delmalStream(delmalId),
      {
        type: 'DefineDelmal',
        data: {
          delmalId,
          organId: body.organId,
          planYear: body.planYear,
          regionmal: { id: body.regionmal.id, namn: body.regionmal.namn },
          text: body.text,
        },
      },
      write,
      {
        create: true,
        occurredAt: body.occurredAt ?? undefined,
        check: (events) => {
          for (const e of events)
            if (e.type === 'DelmalDefined') known.activeOrgan(e.data.organId, 'data.organId');
        },
      },
    );
    void reply.header('location', `/api/delmal/${delmalId}`);
    return withEtag(reply, foldDelmalView(result.stream)!);
  }
}
