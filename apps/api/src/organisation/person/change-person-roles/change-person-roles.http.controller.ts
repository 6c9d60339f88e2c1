import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Application, changePersonRoles } from '@sparbar/application';
import { type FastifyReply } from 'fastify';
import { Write, type WriteContext } from '../../../application/write-context';
import { WriteEndpoint } from '../../../http/endpoint-docs';
import { withEtag } from '../../../http/revision';
import { PersonParams } from '../../organisation.params';
import { foldPersonView, PersonView } from '../person.view';
import { ChangePersonRolesDto } from './change-person-roles.dto';

@ApiTags('persons')
@Controller('api/persons')
export class ChangePersonRolesHttpController {
  constructor(@Inject(Application) private readonly app: Application) {}

  @Post(':personId/roles')
  @WriteEndpoint({
    summary: 'Ändra en persons roller (administratör, inte sina egna)',
    response: PersonView,
    body: ChangePersonRolesDto,
  })
  async changePersonRoles(
    @Param() { personId }: PersonParams,
    @Body() body: ChangePersonRolesDto,
    @Write() write: WriteContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PersonView> {
    const written = await changePersonRoles(
      this.app,
      { personId, roles: body.roles },
      { ...write, occurredAt: body.occurredAt },
    );
    return withEtag(reply, foldPersonView(written.stream)!);
  }
}
