import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Application, changeOrganParent } from '@sparbar/application';
import { type FastifyReply } from 'fastify';
import { Write, type WriteContext } from '../../../application/write-context';
import { WriteEndpoint } from '../../../http/endpoint-docs';
import { withEtag } from '../../../http/revision';
import { OrganParams } from '../../organisation.params';
import { foldOrganView, OrganView } from '../organ.view';
import { ChangeOrganParentDto } from './change-organ-parent.dto';

@ApiTags('organs')
@Controller('api/organs')
export class ChangeOrganParentHttpController {
  constructor(@Inject(Application) private readonly app: Application) {}

  @Post(':organId/parent')
  @WriteEndpoint({
    summary: 'Flytta ett organ under ett annat (administratör)',
    response: OrganView,
    body: ChangeOrganParentDto,
  })
  async changeParent(
    @Param() { organId }: OrganParams,
    @Body() body: ChangeOrganParentDto,
    @Write() write: WriteContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OrganView> {
    const written = await changeOrganParent(
      this.app,
      { organId, parentOrganId: body.parentOrganId },
      { ...write, occurredAt: body.occurredAt },
    );
    return withEtag(reply, foldOrganView(written.stream)!);
  }
}
