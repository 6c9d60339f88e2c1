import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type FastifyReply } from 'fastify';
import { Commands } from '../../../commands/commands';
import { Write, type WriteContext } from '../../../commands/write-context';
import { WriteEndpoint } from '../../../http/endpoint-docs';
import { PersonParams } from '../../organisation.params';
import { PersonView } from '../person.view';
import { writePerson } from '../person.write';
import { DeactivatePersonDto } from './deactivate-person.dto';

@ApiTags('persons')
@Controller('api/persons')
export class DeactivatePersonHttpController {
  constructor(@Inject(Commands) private readonly commands: Commands) {}

  @Post(':personId/deactivate')
  @WriteEndpoint({
    summary: 'Inaktivera en person (administratör, inte sig själv; skäl krävs)',
    response: PersonView,
    body: DeactivatePersonDto,
  })
  async deactivatePerson(
    @Param() { personId }: PersonParams,
    @Body() body: DeactivatePersonDto,
    @Write() write: WriteContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PersonView> {
    return writePerson(
      this.commands,
      { type: 'DeactivatePerson', data: { personId, reason: body.reason } },
      write,
      reply,
      { occurredAt: body.occurredAt },
    );
  }
}
