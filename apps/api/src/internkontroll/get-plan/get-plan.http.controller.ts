import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type Actor, DomainError, internkontrollplanStream } from '@sparbar/domain';
import { Application } from '@sparbar/application';
import { type FastifyReply } from 'fastify';
import { CurrentActor, requireRead } from '../../auth/authenticated';
import { ReadEndpoint } from '../../http/endpoint-docs';
import { withEtag } from '../../http/revision';
import { InternkontrollplanParams } from '../internkontroll.params';
import { foldInternkontrollplanView, InternkontrollplanView } from '../internkontroll.view';

@ApiTags('internkontroll')
@Controller('api/internkontroll')
export class GetPlanHttpController {
  constructor(@Inject(Application) private readonly app: Application) {}

  @Get(':organId/:year')
  @ReadEndpoint({
    summary: 'En nämnds internkontrollplan för ett år, med riskmatris, resultat och åtgärder',
    response: InternkontrollplanView,
  })
  async get(
    @Param() { organId, year }: InternkontrollplanParams,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<InternkontrollplanView> {
    requireRead(actor);
    const view = foldInternkontrollplanView(
      await this.app.streams.readStream(internkontrollplanStream(organId, year)),
    );
    if (!view) {
      throw new DomainError(
        'INTERNKONTROLLPLAN_NOT_FOUND',
        'Nämnden har ingen internkontrollplan för det året.',
      );
    }
    return withEtag(reply, view);
  }
}
