import { Body, Controller, Inject, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type FastifyReply } from 'fastify';
import { Commands } from '../../commands/commands';
import { References } from '../../commands/references';
import { Write, type WriteContext } from '../../commands/write-context';
import { WriteEndpoint } from '../../http/endpoint-docs';
import { InternkontrollplanView } from '../internkontroll.view';
import { writeInternkontrollplan } from '../internkontroll.write';
import { CreatePlanDto } from './create-plan.dto';

@ApiTags('internkontroll')
@Controller('api/internkontroll')
export class CreatePlanHttpController {
  constructor(
    @Inject(Commands) private readonly commands: Commands,
    @Inject(References) private readonly references: References,
  ) {}

  @Post()
  @WriteEndpoint({
    summary: 'Upprätta en nämnds internkontrollplan för ett år',
    description: 'Nämndens sekreterare. En plan per nämnd och år.',
    response: InternkontrollplanView,
    body: CreatePlanDto,
    created: true,
  })
  async create(
    @Body() body: CreatePlanDto,
    @Write() write: WriteContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<InternkontrollplanView> {
    const known = await this.references.load({ organs: [body.organId] });
    const view = await writeInternkontrollplan(
      this.commands,
      { type: 'CreateInternkontrollplan', data: { organId: body.organId, year: body.year } },
      write,
      reply,
      {
        create: true,
        occurredAt: body.occurredAt,
        check: () => void known.activeOrgan(body.organId, 'data.organId'),
      },
    );
    void reply.header('location', `/api/internkontroll/${body.organId}/${body.year}`);
    return view;
  }
}
