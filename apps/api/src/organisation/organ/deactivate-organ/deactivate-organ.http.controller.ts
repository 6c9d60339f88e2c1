import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Application, deactivateOrgan } from '@sparbar/application';
import { type FastifyReply } from 'fastify';
import { Write, type WriteContext } from '../../../application/write-context';
import { WriteEndpoint } from '../../../http/endpoint-docs';
import { withEtag } from '../../../http/revision';
import { OrganParams } from '../../organisation.params';
import { foldOrganView, OrganView } from '../organ.view';
import { DeactivateOrganDto } from './deactivate-organ.dto';

@ApiTags('organs')
@Controller('api/organs')
export class DeactivateOrganHttpController {
  constructor(@Inject(Application) private readonly app: Application) {}

  @Post(':organId/deactivate')
  @WriteEndpoint({
    summary: 'Avveckla ett organ (administratör; skäl krävs)',
    response: OrganView,
    body: DeactivateOrganDto,
  })
  async deactivateOrgan(
    @Param() { organId }: OrganParams,
    @Body() body: DeactivateOrganDto,
    @Write() write: WriteContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OrganView> {
    const written = await deactivateOrgan(
      this.app,
      { organId, reason: body.reason },
      { ...write, occurredAt: body.occurredAt },
    );
    return withEtag(reply, foldOrganView(written.stream)!);
  }
}
