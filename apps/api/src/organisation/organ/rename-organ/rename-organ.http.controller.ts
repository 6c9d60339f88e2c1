import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Application, renameOrgan } from '@sparbar/application';
import { type FastifyReply } from 'fastify';
import { Write, type WriteContext } from '../../../application/write-context';
import { WriteEndpoint } from '../../../http/endpoint-docs';
import { withEtag } from '../../../http/revision';
import { OrganParams } from '../../organisation.params';
import { foldOrganView, OrganView } from '../organ.view';
import { RenameOrganDto } from './rename-organ.dto';

@ApiTags('organs')
@Controller('api/organs')
export class RenameOrganHttpController {
  constructor(@Inject(Application) private readonly app: Application) {}

  @Post(':organId/rename')
  @WriteEndpoint({
    summary: 'Byt namn och kortnamn på ett organ (administratör)',
    response: OrganView,
    body: RenameOrganDto,
  })
  async renameOrgan(
    @Param() { organId }: OrganParams,
    @Body() body: RenameOrganDto,
    @Write() write: WriteContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OrganView> {
    const written = await renameOrgan(
      this.app,
      { organId, namn: body.namn, kortnamn: body.kortnamn },
      { ...write, occurredAt: body.occurredAt },
    );
    return withEtag(reply, foldOrganView(written.stream)!);
  }
}
