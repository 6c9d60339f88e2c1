import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Application, renamePerson } from '@sparbar/application';
import { type FastifyReply } from 'fastify';
import { Write, type WriteContext } from '../../../application/write-context';
import { WriteEndpoint } from '../../../http/endpoint-docs';
import { withEtag } from '../../../http/revision';
import { PersonParams } from '../../organisation.params';
import { foldPersonView, PersonView } from '../person.view';
import { RenamePersonDto } from './rename-person.dto';

@ApiTags('persons')
@Controller('api/persons')
export class RenamePersonHttpController {
  constructor(@Inject(Application) private readonly app: Application) {}

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
    const written = await renamePerson(
      this.app,
      { personId, namn: body.namn },
      { ...write, occurredAt: body.occurredAt },
    );
    return withEtag(reply, foldPersonView(written.stream)!);
  }
}
