import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Application, changePersonOrgan } from '@sparbar/application';
import { type FastifyReply } from 'fastify';
import { Write, type WriteContext } from '../../../application/write-context';
import { WriteEndpoint } from '../../../http/endpoint-docs';
import { withEtag } from '../../../http/revision';
import { PersonParams } from '../../organisation.params';
import { foldPersonView, PersonView } from '../person.view';
import { ChangePersonOrganDto } from './change-person-organ.dto';

@ApiTags('persons')
@Controller('api/persons')
export class ChangePersonOrganHttpController {
  constructor(@Inject(Application) private readonly app: Application) {}

  @Post(':personId/organ')
  @WriteEndpoint({
    summary: 'Flytta en person till ett annat organ (administratör, inte sig själv)',
    response: PersonView,
    body: ChangePersonOrganDto,
  })
  async changeOrgan(
    @Param() { personId }: PersonParams,
    @Body() body: ChangePersonOrganDto,
    @Write() write: WriteContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PersonView> {
    const written = await changePersonOrgan(
      this.app,
      { personId, organId: body.organId },
      { ...write, occurredAt: body.occurredAt },
    );
    return withEtag(reply, foldPersonView(written.stream)!);
  }
}
