import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type FastifyReply } from 'fastify';
import { Commands } from '../../../commands/commands';
import { Write, type WriteContext } from '../../../commands/write-context';
import { WriteEndpoint } from '../../../http/endpoint-docs';
import { PersonParams } from '../../organisation.params';
import { PersonView } from '../person.view';
import { writePerson } from '../person.write';
import { RenamePersonDto } from './rename-person.dto';

@ApiTags('persons')
@Controller('api/persons')
export class RenamePersonHttpController {
  constructor(@Inject(Commands) private readonly commands: Commands) {}

  @Post(':personId/rename')
  @WriteEndpoint({
    summary: 'Byt namn på en person (administratör)',
    response: PersonView,
    body: RenamePersonDto,
  })
  async renamePerson(
    @Param() { personId }: PersonParams,
    @Body() body: RenamePersonDto,
    @Write() write: WriteContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PersonView> {
    return writePerson(
      this.commands,
      { type: 'RenamePerson', data: { personId, namn: body.namn } },
      write,
      reply,
      { occurredAt: body.occurredAt },
    );
  }
}
