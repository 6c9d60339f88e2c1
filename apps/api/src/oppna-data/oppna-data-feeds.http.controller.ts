/** The Atom feed of adopted status changes and the DCAT-AP-SE catalogue that describes the data. */
import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { problem, ProblemError } from '../http/problem';
import { adoptedChangesAtom, ATOM_PAGE_SIZE } from './atom';
import { baseUrlOf, sendCacheable } from './conditional';
import { dcatCatalogue } from './dcat';
import { OpenDataSource } from './open-data.source';
import { AtomPageQueryDto } from './oppna-data.dto';
import { OPEN_DATA_SETTINGS, type OpenDataSettings } from './oppna-data.settings';
import { PublicEndpoint } from './public-endpoint';

@ApiTags('oppna-data')
@Controller('api/oppna-data')
export class OppnaDataFeedsHttpController {
  constructor(
    @Inject(OpenDataSource) private readonly source: OpenDataSource,
    @Inject(OPEN_DATA_SETTINGS) private readonly settings: OpenDataSettings,
  ) {}

  @Get('flode.atom')
  @PublicEndpoint({
    summary: 'Atom-flöde med fastställda statusändringar, nyast först',
    description:
      'En post per uppdrag och nämnd där ett fastställande visar en annan status eller kommentar än förra. ' +
      `Arkiverat flöde enligt RFC 5005: flödet har de ${ATOM_PAGE_SIZE} nyaste posterna och länken prev-archive; ` +
      `arkivblad k (?arkiv=k, från det äldsta) har post (k−1)·${ATOM_PAGE_SIZE}+1 till k·${ATOM_PAGE_SIZE} och ändras aldrig. ` +
      '404 för ett blad som inte är fullt ännu.',
    produces: 'application/atom+xml',
  })
  async atom(
    @Query() { arkiv }: AtomPageQueryDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const data = await this.source.read();
    const body = adoptedChangesAtom({
      base: baseUrlOf(request, this.settings),
      organisation: data.organisation,
      changes: data.changes,
      updated: data.lastModified,
      ...(arkiv !== undefined ? { archive: arkiv } : {}),
    });
    if (body === null)
      throw new ProblemError(problem(404, 'NOT_FOUND', `Arkivbladet ${arkiv} finns inte (ännu).`));
    return sendCacheable(request, reply, body, 'application/atom+xml; charset=utf-8', data.lastModified);
  }

  @Get('dcat.ttl')
  @PublicEndpoint({
    summary: 'Datakatalog enligt DCAT-AP-SE 3.0 (Turtle) för Sveriges dataportal',
    produces: 'text/turtle',
  })
  async dcat(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const data = await this.source.read();
    const body = dcatCatalogue({
      base: baseUrlOf(request, this.settings),
      organisation: data.organisation,
      contactEmail: this.settings.contactEmail,
      modified: data.lastModified,
    });
    return sendCacheable(request, reply, body, 'text/turtle; charset=utf-8', data.lastModified);
  }
}
