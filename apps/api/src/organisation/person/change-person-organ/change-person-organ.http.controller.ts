import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type FastifyReply } from 'fastify';
import { Commands } from '../../../commands/commands';
import { References } from '../../../commands/references';
import { Write, type WriteContext } from '../../../commands/write-context';
import { WriteEndpoint } from '../../../http/endpoint-docs';
import { PersonParams } from '../../organisation.params';
import { PersonView } from '../person.view';
import { writePerson } from '../person.write';
import { ChangePersonOrganDto } from './change-person-organ.dto';

@ApiTags('persons')
@Controller('api/persons')
export class ChangePersonOrganHttpController {
  constructor(
    @Inject(Commands) private readonly commands: Commands,
    @Inject(References) private readonly references: References,
  ) {}

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
    const known = await this.references.load({ organs: [body.organId] });
    return writePerson(
      this.commands,
      { type: 'ChangePersonOrgan', data: { personId, organId: body.organId } },
      write,
      reply,
      {
        occurredAt: body.occurredAt,
        check: (events) => {
          for (const e of events) {
            if (e.type === 'PersonOrganChanged' && e.data.to !== null)
              known.activeOrgan(e.data.to, 'data.organId');
          }
        },
      },
    );
  }
}
