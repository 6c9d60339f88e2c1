import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Application, changePersonEmail } from '@sparbar/application';
import { type FastifyReply } from 'fastify';
import { Write, type WriteContext } from '../../../application/write-context';
import { WriteEndpoint } from '../../../http/endpoint-docs';
import { withEtag } from '../../../http/revision';
import { OrganisationDirectory } from '../../organisation-directory';
import { PersonParams } from '../../organisation.params';
import { foldPersonView, PersonView } from '../person.view';
import { ChangePersonEmailDto } from './change-person-email.dto';

@ApiTags('persons')
@Controller('api/persons')
export class ChangePersonEmailHttpController {
  constructor(
    @Inject(Application) private readonly app: Application,
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
    const written = await changePersonEmail(
      this.app,
      this.directory,
      { personId, epost: body.epost },
      { ...write, occurredAt: body.occurredAt },
    );
    return withEtag(reply, foldPersonView(written.stream)!);
  }
}
