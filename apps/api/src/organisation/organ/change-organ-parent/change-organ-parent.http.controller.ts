import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DomainError } from '@sparbar/domain';
import { type FastifyReply } from 'fastify';
import { Commands } from '../../../commands/commands';
import { References } from '../../../commands/references';
import { Write, type WriteContext } from '../../../commands/write-context';
import { WriteEndpoint } from '../../../http/endpoint-docs';
import { OrganParams } from '../../organisation.params';
import { OrganView } from '../organ.view';
import { writeOrgan } from '../organ.write';
import { ChangeOrganParentDto } from './change-organ-parent.dto';

@ApiTags('organs')
@Controller('api/organs')
export class ChangeOrganParentHttpController {
  constructor(
    @Inject(Commands) private readonly commands: Commands,
    @Inject(References) private readonly references: References,
  ) {}

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
    const parent = body.parentOrganId;
    const known = await this.references.load({ organs: [parent] });
    // The chain from the new parent upwards; meeting this organ there would put it under itself.
    const above = parent ? await this.references.ancestors(parent) : [];
    return writeOrgan(
      this.commands,
      { type: 'ChangeOrganParent', data: { organId, parentOrganId: parent } },
      write,
      reply,
      {
        occurredAt: body.occurredAt,
        check: (events) => {
          for (const e of events) {
            if (e.type !== 'OrganParentChanged' || e.data.to === null) continue;
            known.activeOrgan(e.data.to, 'data.parentOrganId');
            if (above.includes(organId)) {
              throw new DomainError(
                'ORGAN_CANNOT_BE_OWN_PARENT',
                'Organet skulle hamna under sig självt, via organen ovanför det nya överordnade organet.',
                'data.parentOrganId',
              );
            }
          }
        },
      },
    );
  }
}
