import { randomUUID } from 'node:crypto';
import { Body, Controller, Inject, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Application, defineDelmal } from '@sparbar/application';
import { type FastifyReply } from 'fastify';
import { Write, type WriteContext } from '../../application/write-context';
import { WriteEndpoint } from '../../http/endpoint-docs';
import { withEtag } from '../../http/revision';
import { DelmalView, foldDelmalView } from '../delmal.view';
import { DefineDelmalDto } from './define-delmal.dto';

@ApiTags('delmal')
@Controller('api/delmal')
export class DefineDelmalHttpController {
  constructor(@Inject(Application) private readonly app: Application) {}

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
    const written = await defineDelmal(
      this.app,
      {
        delmalId,
        organId: body.organId,
        planYear: body.planYear,
        regionmal: { id: body.regionmal.id, namn: body.regionmal.namn },
        text: body.text,
      },
      { ...write, occurredAt: body.occurredAt },
    );
    void reply.header('location', `/api/delmal/${delmalId}`);
    return withEtag(reply, foldDelmalView(written.stream)!);
  }
}
