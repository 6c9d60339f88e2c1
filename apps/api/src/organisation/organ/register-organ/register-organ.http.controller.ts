import { Body, Controller, Inject, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Application, registerOrgan } from '@sparbar/application';
import { type AppConfig } from '@sparbar/config';
import { APP_CONFIG } from '@sparbar/runtime';
import { type FastifyReply } from 'fastify';
import { Write, type WriteContext } from '../../../application/write-context';
import { WriteEndpoint } from '../../../http/endpoint-docs';
import { withEtag } from '../../../http/revision';
import { foldOrganView, OrganView } from '../organ.view';
import { RegisterOrganDto } from './register-organ.dto';

@ApiTags('organs')
@Controller('api/organs')
export class RegisterOrganHttpController {
  constructor(
    @Inject(Application) private readonly app: Application,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
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
    const written = await registerOrgan(
      this.app,
      {
        organId: body.organId,
        namn: body.namn,
        kortnamn: body.kortnamn,
        typ: body.typ,
        parentOrganId: body.parentOrganId,
        // A tenant's kind (region or kommun) limits the types; a single installation knows none.
        ...(this.config.organisationKind ? { organisation: this.config.organisationKind } : {}),
      },
      { ...write, occurredAt: body.occurredAt },
    );
    const view = foldOrganView(written.stream)!;
    void reply.header('location', `/api/organs/${view.organId}`);
    return withEtag(reply, view);
  }
}
