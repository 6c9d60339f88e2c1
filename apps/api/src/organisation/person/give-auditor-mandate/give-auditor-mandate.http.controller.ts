import { Body, Controller, Inject, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Application, giveAuditorMandate } from '@sparbar/application';
import { type FastifyReply } from 'fastify';
import { Write, type WriteContext } from '../../../application/write-context';
import { WriteEndpoint } from '../../../http/endpoint-docs';
import { withEtag } from '../../../http/revision';
import { PersonParams } from '../../organisation.params';
import { foldPersonView, PersonView } from '../person.view';
import { GiveAuditorMandateDto } from './give-auditor-mandate.dto';

@ApiTags('persons')
@Controller('api/persons')
export class GiveAuditorMandateHttpController {
  constructor(@Inject(Application) private readonly app: Application) {}

  @Post(':personId/auditor-mandate')
  @WriteEndpoint({
    summary: 'Ge en revisor revisionsuppdraget (år eller mandat) som behörigheten gäller för',
    response: PersonView,
    body: GiveAuditorMandateDto,
  })
  async giveAuditorMandate(
    @Param() { personId }: PersonParams,
    @Body() body: GiveAuditorMandateDto,
    @Write() write: WriteContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PersonView> {
    const written = await giveAuditorMandate(
      this.app,
      { personId, validFrom: body.validFrom, validTo: body.validTo },
      { ...write, occurredAt: body.occurredAt },
    );
    return withEtag(reply, foldPersonView(written.stream)!);
  }
}
