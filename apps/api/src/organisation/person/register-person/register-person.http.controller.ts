import { Body, Controller, Inject, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type FastifyReply } from 'fastify';
import { Commands } from '../../../commands/commands';
import { References } from '../../../commands/references';
import { Write, type WriteContext } from '../../../commands/write-context';
import { WriteEndpoint } from '../../../http/endpoint-docs';
import { OrganisationDirectory } from '../../organisation-directory';
import { PersonView } from '../person.view';
import { writePerson } from '../person.write';
import { uniqueEmail } from '../unique-email';
import { RegisterPersonDto } from './register-person.dto';

@ApiTags('persons')
@Controller('api/persons')
export class RegisterPersonHttpController {
  constructor(
    @Inject(Commands) private readonly commands: Commands,
    @Inject(References) private readonly references: References,
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
    const known = await this.references.load({ organs: [body.organId] });
    const requireUnique = await uniqueEmail(this.directory, body.personId);
    const view = await writePerson(
      this.commands,
      {
        type: 'RegisterPerson',
        data: {
          personId: body.personId,
          namn: body.namn,
          epost: body.epost,
          organId: body.organId,
          roles: body.roles,
        },
      },
      write,
      reply,
      {
        create: true,
        occurredAt: body.occurredAt,
        check: (events) => {
          for (const e of events) {
            if (e.type !== 'PersonRegistered') continue;
            if (e.data.organId !== null) known.activeOrgan(e.data.organId, 'data.organId');
            requireUnique(e.data.epost);
          }
        },
      },
    );
    void reply.header('location', `/api/persons/${view.personId}`);
    return view;
  }
}
