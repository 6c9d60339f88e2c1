import { Body, Controller, Inject, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Application, registerPerson } from '@sparbar/application';
import { type FastifyReply } from 'fastify';
import { Write, type WriteContext } from '../../../application/write-context';
import { WriteEndpoint } from '../../../http/endpoint-docs';
import { withEtag } from '../../../http/revision';
import { OrganisationDirectory } from '../../organisation-directory';
import { foldPersonView, PersonView } from '../person.view';
import { RegisterPersonDto } from './register-person.dto';

@ApiTags('persons')
@Controller('api/persons')
export class RegisterPersonHttpController {
  constructor(
    @Inject(Application) private readonly app: Application,
    @Inject(OrganisationDirectory) private readonly directory: OrganisationDirectory,
  ) {}

  @Post()
  @WriteEndpoint({
    summary: 'Registrera en person (administratör)',
    response: PersonView,
    body: RegisterPersonDto,
    created: true,
  })
  async register(
    @Body() body: RegisterPersonDto,
    @Write() write: WriteContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PersonView> {
    const written = await registerPerson(
      this.app,
      this.directory,
      {
        personId: body.personId,
        namn: body.namn,
        epost: body.epost,
        organId: body.organId,
        roles: body.roles,
      },
      { ...write, occurredAt: body.occurredAt },
    );
    const view = foldPersonView(written.stream)!;
    void reply.header('location', `/api/persons/${view.personId}`);
    return withEtag(reply, view);
  }
}
