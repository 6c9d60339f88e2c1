import { Body, Controller, Inject, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Application, createInternkontrollplan } from '@sparbar/application';
import { type FastifyReply } from 'fastify';
import { Write, type WriteContext } from '../../application/write-context';
import { WriteEndpoint } from '../../http/endpoint-docs';
import { withEtag } from '../../http/revision';
import { foldInternkontrollplanView, InternkontrollplanView } from '../internkontroll.view';
import { CreatePlanDto } from './create-plan.dto';

@ApiTags('internkontroll')
@Controller('api/internkontroll')
export class CreatePlanHttpController {
  constructor(@Inject(Application) private readonly app: Application) {}

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
    const written = await createInternkontrollplan(
      this.app,
      { organId: body.organId, year: body.year },
      { ...write, occurredAt: body.occurredAt },
    );
    void reply.header('location', `/api/internkontroll/${body.organId}/${body.year}`);
    return withEtag(reply, foldInternkontrollplanView(written.stream)!);
  }
}
