import { Body, Controller, Inject, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type FastifyReply } from 'fastify';
import { Commands } from '../../../commands/commands';
import { References } from '../../../commands/references';
import { Write, type WriteContext } from '../../../commands/write-context';
import { WriteEndpoint } from '../../../http/endpoint-docs';
import { OrganView } from '../organ.view';
import { writeOrgan } from '../organ.write';
import { RegisterOrganDto } from './register-organ.dto';

@ApiTags('organs')
@Controller('api/organs')
export class RegisterOrganHttpController {
  constructor(
    @Inject(Commands) private readonly commands: Commands,
    @Inject(References) private readonly references: References,
  ) {}

  @Post()
  @WriteEndpoint({
    summary: 'Registrera ett organ (administratör)',
    response: OrganView,
    body: RegisterOrganDto,
    created: true,
  })
  async register(
    @Body() body: RegisterOrganDto,
    @Write() write: WriteContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OrganView> {
    const known = await this.references.load({ organs: [body.parentOrganId] });
    const view = await writeOrgan(
      this.commands,
      {
        type: 'RegisterOrgan',
        data: {
          organId: body.organId,
          namn: body.namn,
          kortnamn: body.kortnamn,
          typ: body.typ,
          parentOrganId: body.parentOrganId,
        },
      },
      write,
      reply,
      {
        create: true,
        occurredAt: body.occurredAt,
        check: (events) => {
          for (const e of events) {
            if (e.type === 'OrganRegistered' && e.data.parentOrganId !== null) {
              known.activeOrgan(e.data.parentOrganId, 'data.parentOrganId');
            }
          }
        },
      },
    );
    void reply.header('location', `/api/organs/${view.organId}`);
    return view;
  }
}
