import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type Actor, DomainError, organStream } from '@sparbar/domain';
import { Application } from '@sparbar/application';
import { type FastifyReply } from 'fastify';
import { CurrentActor, requireRead, requireReadLog } from '../../../auth/authenticated';
import { ReadEndpoint } from '../../../http/endpoint-docs';
import { LoggedEventView, loggedEvents } from '../../../http/event-log.view';
import { withEtag } from '../../../http/revision';
import { OrganisationDirectory } from '../../organisation-directory';
import { OrganParams } from '../../organisation.params';
import { foldOrganView, OrganView } from '../organ.view';

@ApiTags('organs')
@Controller('api/organs')
export class GetOrganHttpController {
  constructor(
    @Inject(Application) private readonly app: Application,
    @Inject(OrganisationDirectory) private readonly directory: OrganisationDirectory,
  ) {}

  @Get()
  @ReadEndpoint({ summary: 'Alla organ', response: OrganView, list: true })
  async list(@CurrentActor() actor: Actor): Promise<OrganView[]> {
    requireRead(actor);
    const { organs } = await this.directory.current();
    return [...organs.values()].sort((a, b) => a.organId.localeCompare(b.organId));
  }

  @Get(':organId')
  @ReadEndpoint({ summary: 'Ett organ, med revision (ETag)', response: OrganView })
  async get(
    @Param() { organId }: OrganParams,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OrganView> {
    requireRead(actor);
    const view = foldOrganView(await this.app.streams.readStream(organStream(organId)));
    if (!view) throw new DomainError('ORGAN_NOT_FOUND', 'Organet finns inte.');
    return withEtag(reply, view);
  }

  @Get(':organId/events')
  @ReadEndpoint({
    summary: 'Organets händelselogg (revisorer och regiondirektören)',
    response: LoggedEventView,
    list: true,
  })
  async events(@Param() { organId }: OrganParams, @CurrentActor() actor: Actor): Promise<LoggedEventView[]> {
    requireReadLog(actor);
    const events = await this.app.streams.readStream(organStream(organId));
    if (events.length === 0) throw new DomainError('ORGAN_NOT_FOUND', 'Organet finns inte.');
    return loggedEvents(events);
  }
}
