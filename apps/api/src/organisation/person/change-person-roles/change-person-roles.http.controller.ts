import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type FastifyReply } from 'fastify';
import { Commands } from '../../../commands/commands';
import { Write, type WriteContext } from '../../../commands/write-context';
import { WriteEndpoint } from '../../../http/endpoint-docs';
import { PersonParams } from '../../organisation.params';
import { PersonView } from '../person.view';
import { writePerson } from '../person.write';
import { ChangePersonRolesDto } from './change-person-roles.dto';

@ApiTags('persons')
@Controller('api/persons')
export class ChangePersonRolesHttpController {
  constructor(@Inject(Commands) private readonly commands: Commands) {}

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
    return writePerson(
      this.commands,
      { type: 'ChangePersonRoles', data: { personId, roles: body.roles } },
      write,
      reply,
      { occurredAt: body.occurredAt },
    );
  }
}
