import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type FastifyReply } from 'fastify';
import { Commands } from '../../../commands/commands';
import { Write, type WriteContext } from '../../../commands/write-context';
import { WriteEndpoint } from '../../../http/endpoint-docs';
import { OrganParams } from '../../organisation.params';
import { OrganView } from '../organ.view';
import { writeOrgan } from '../organ.write';
import { RenameOrganDto } from './rename-organ.dto';

@ApiTags('organs')
@Controller('api/organs')
export class RenameOrganHttpController {
  constructor(@Inject(Commands) private readonly commands: Commands) {}

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
    return writeOrgan(
      this.commands,
      { type: 'RenameOrgan', data: { organId, namn: body.namn, kortnamn: body.kortnamn } },
      write,
      reply,
      { occurredAt: body.occurredAt },
    );
  }
}
