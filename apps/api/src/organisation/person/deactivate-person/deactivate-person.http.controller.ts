import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Application, deactivatePerson } from '@sparbar/application';
import { type FastifyReply } from 'fastify';
import { Write, type WriteContext } from '../../../application/write-context';
import { WriteEndpoint } from '../../../http/endpoint-docs';
import { withEtag } from '../../../http/revision';
import { PersonParams } from '../../organisation.params';
import { foldPersonView, PersonView } from '../person.view';
import { DeactivatePersonDto } from './deactivate-person.dto';

@ApiTags('persons')
@Controller('api/persons')
export class DeactivatePersonHttpController {
  constructor(@Inject(Application) private readonly app: Application) {}

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
    const written = await deactivatePerson(
      this.app,
      { personId, reason: body.reason },
      { ...write, occurredAt: body.occurredAt },
    );
    return withEtag(reply, foldPersonView(written.stream)!);
  }
}
