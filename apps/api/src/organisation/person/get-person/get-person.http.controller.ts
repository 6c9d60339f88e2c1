import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type Actor, DomainError, personStream } from '@sparbar/domain';
import { Application } from '@sparbar/application';
import { type FastifyReply } from 'fastify';
import { CurrentActor, requireRead, requireReadLog } from '../../../auth/authenticated';
import { ReadEndpoint } from '../../../http/endpoint-docs';
import { LoggedEventView, loggedEvents } from '../../../http/event-log.view';
import { withEtag } from '../../../http/revision';
import { OrganisationDirectory } from '../../organisation-directory';
import { PersonParams } from '../../organisation.params';
import { foldPersonView, forReader, PersonView } from '../person.view';

@ApiTags('persons')
@Controller('api/persons')
export class GetPersonHttpController {
  constructor(
    @Inject(Application) private readonly app: Application,
    @Inject(OrganisationDirectory) private readonly directory: OrganisationDirectory,
  ) {}

  @Get()
  @ReadEndpoint({
    summary: 'Alla personer (e-post bara för nämndsekreterare och administratörer)',
    response: PersonView,
    list: true,
  })
  async list(@CurrentActor() actor: Actor): Promise<PersonView[]> {
    requireRead(actor);
    const { persons } = await this.directory.current();
    return [...persons.values()]
      .sort((a, b) => a.namn.localeCompare(b.namn, 'sv') || a.personId.localeCompare(b.personId))
      .map((view) => forReader(view, actor));
  }

  @Get(':personId')
  @ReadEndpoint({ summary: 'En person, med revision (ETag)', response: PersonView })
  async get(
    @Param() { personId }: PersonParams,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PersonView> {
    requireRead(actor);
    const view = foldPersonView(await this.app.streams.readStream(personStream(personId)));
    if (!view) throw new DomainError('PERSON_NOT_FOUND', 'Personen finns inte.');
    return withEtag(reply, forReader(view, actor));
  }

  @Get(':personId/events')
  @ReadEndpoint({
    summary: 'Personens händelselogg (revisorer och regiondirektören)',
    response: LoggedEventView,
    list: true,
  })
  async events(
    @Param() { personId }: PersonParams,
    @CurrentActor() actor: Actor,
  ): Promise<LoggedEventView[]> {
    requireReadLog(actor);
    const events = await this.app.streams.readStream(personStream(personId));
    if (events.length === 0) throw new DomainError('PERSON_NOT_FOUND', 'Personen finns inte.');
    return loggedEvents(events);
  }
}
