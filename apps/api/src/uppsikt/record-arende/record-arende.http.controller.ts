import { randomUUID } from 'node:crypto';
import { Body, Controller, Inject, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Application, recordUppsiktsarende } from '@sparbar/application';
import { type FastifyReply } from 'fastify';
import { Write, type WriteContext } from '../../application/write-context';
import { WriteEndpoint } from '../../http/endpoint-docs';
import { withEtag } from '../../http/revision';
import { OrganisationDirectory } from '../../organisation/organisation-directory';
import { foldUppsiktsarendeView, UppsiktsarendeView } from '../uppsikt.view';
import { RecordArendeDto } from './record-arende.dto';

@ApiTags('uppsikt')
@Controller('api/uppsikt')
export class RecordArendeHttpController {
  constructor(
    @Inject(Application) private readonly app: Application,
    @Inject(OrganisationDirectory) private readonly directory: OrganisationDirectory,
  ) {}

  @Post()
  @WriteEndpoint({
    summary: 'Registrera ett uppsiktsärende på ett organ eller en post',
    description: 'Regionstyrelsens sekreterare och regiondirektören.',
    response: UppsiktsarendeView,
    body: RecordArendeDto,
    created: true,
  })
  async record(
    @Body() body: RecordArendeDto,
    @Write() write: WriteContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<UppsiktsarendeView> {
    const arendeId = body.arendeId ?? randomUUID();
    const written = await recordUppsiktsarende(
      this.app,
      this.directory,
      {
        arendeId,
        organId: body.organId,
        item: body.item ? { kind: body.item.kind, id: body.item.id } : null,
        kind: body.kind,
        text: body.text,
        dueDate: body.dueDate,
      },
      { ...write, occurredAt: body.occurredAt },
    );
    void reply.header('location', `/api/uppsikt/${arendeId}`);
    return withEtag(reply, foldUppsiktsarendeView(written.stream)!);
  }
}
