import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type FastifyReply } from 'fastify';
import { Commands } from '../../../commands/commands';
import { Write, type WriteContext } from '../../../commands/write-context';
import { WriteEndpoint } from '../../../http/endpoint-docs';
import { OrganParams } from '../../organisation.params';
import { OrganView } from '../organ.view';
import { writeOrgan } from '../organ.write';
import { DeactivateOrganDto } from './deactivate-organ.dto';

@ApiTags('organs')
@Controller('api/organs')
export class DeactivateOrganHttpController {
  constructor(@Inject(Commands) private readonly commands: Commands) {}

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
    return writeOrgan(
      this.commands,
      { type: 'DeactivateOrgan', data: { organId, reason: body.reason } },
      write,
      reply,
      { occurredAt: body.occurredAt },
    );
  }
}
