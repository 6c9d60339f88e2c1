import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type FastifyReply } from 'fastify';
import { Commands } from '../../../commands/commands';
import { Write, type WriteContext } from '../../../commands/write-context';
import { WriteEndpoint } from '../../../http/endpoint-docs';
import { OrganisationDirectory } from '../../organisation-directory';
import { PersonParams } from '../../organisation.params';
import { PersonView } from '../person.view';
import { writePerson } from '../person.write';
import { uniqueEmail } from '../unique-email';
import { ChangePersonEmailDto } from './change-person-email.dto';

@ApiTags('persons')
@Controller('api/persons')
export class ChangePersonEmailHttpController {
  constructor(
    @Inject(Commands) private readonly commands: Commands,
    @Inject(OrganisationDirectory) private readonly directory: OrganisationDirectory,
  ) {}

  @Post(':personId/email')
  @WriteEndpoint({
    summary: 'Byt e-postadress (administratör)',
    response: PersonView,
    body: ChangePersonEmailDto,
  })
  async changeEmail(
    @Param() { personId }: PersonParams,
    @Body() body: ChangePersonEmailDto,
    @Write() write: WriteContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PersonView> {
    const requireUnique = await uniqueEmail(this.directory, personId);
    return writePerson(
      this.commands,
      { type: 'ChangePersonEmail', data: { personId, epost: body.epost } },
      write,
      reply,
      {
        occurredAt: body.occurredAt,
        check: (events) => {
          for (const e of events) if (e.type === 'PersonEmailChanged') requireUnique(e.data.to);
        },
      },
    );
  }
}
