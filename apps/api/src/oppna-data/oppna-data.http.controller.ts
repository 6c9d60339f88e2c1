/**
 * Open data (issue 20): fullmäktige's uppdrag with the statuses the nämnder adopted, for anyone, without
 * signing in. JSON and CSV of the same rows, a stable URI per uppdrag and per period. Nothing here reads
 * what has not been adopted (see libs/reports/src/oppna-data).
 */
import { Controller, Get, Inject, Param, Query, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { problem, ProblemError } from '../http/problem';
import { baseUrlOf, sendCacheable } from './conditional';
import { uppdragCsv } from './csv';
import { CC0 } from './dcat';
import { filtered, OpenDataSource } from './open-data.source';
import { OpenPeriodView, OpenUppdragListView, OpenUppdragWithUri } from './open-data.views';
import { OpenDataQueryDto, OpenPeriodParams, OpenUppdragParams } from './oppna-data.dto';
import { OPEN_DATA_SETTINGS, type OpenDataSettings } from './oppna-data.settings';
import { PublicEndpoint } from './public-endpoint';
import { periodUri, uppdragUri } from './uris';

const JSON_TYPE = 'application/json; charset=utf-8';

@ApiTags('oppna-data')
@Controller('api/oppna-data')
export class OppnaDataHttpController {
  constructor(
    @Inject(OpenDataSource) private readonly source: OpenDataSource,
    @Inject(OPEN_DATA_SETTINGS) private readonly settings: OpenDataSettings,
  ) {}

  @Get('uppdrag')
  @PublicEndpoint({
    summary: 'Fullmäktiges uppdrag med fastställd status per nämnd och period',
    description: 'Filter: nämnd (namnd), år (ar) och status. Endast fastställda rapporter.',
    response: OpenUppdragListView,
  })
  async list(
    @Query() query: OpenDataQueryDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const data = await this.source.read();
    const base = baseUrlOf(request, this.settings);
    const body: OpenUppdragListView = {
      utgivare: data.organisation,
      licens: CC0,
      senastAndrad: data.lastModified,
      uppdrag: filtered(data.uppdrag, query).map((u) => ({ uri: uppdragUri(base, u.id), ...u })),
    };
    return sendCacheable(request, reply, JSON.stringify(body), JSON_TYPE, data.lastModified);
  }

  @Get('uppdrag.csv')
  @PublicEndpoint({
    summary: 'Samma uppgifter som CSV (en rad per uppdrag, nämnd och period)',
    description: 'Rubrikerna står på första raden. Samma filter som JSON.',
    produces: 'text/csv',
  })
  async csv(
    @Query() query: OpenDataQueryDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const data = await this.source.read();
    reply.header('content-disposition', 'inline; filename="uppdrag.csv"');
    const body = uppdragCsv(filtered(data.uppdrag, query), baseUrlOf(request, this.settings));
    return sendCacheable(request, reply, body, 'text/csv; charset=utf-8', data.lastModified);
  }

  @Get('uppdrag/:id')
  @PublicEndpoint({
    summary: 'Ett uppdrag med dess historik av fastställda statusar (stabil adress)',
    response: OpenUppdragWithUri,
  })
  async one(
    @Param() { id }: OpenUppdragParams,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const data = await this.source.read();
    const uppdrag = data.uppdrag.find((u) => u.id === id);
    // An uppdrag no adopted report shows is as unknown to the public as one that does not exist.
    if (!uppdrag)
      throw new ProblemError(problem(404, 'NOT_FOUND', 'Inget fastställt uppdrag med det id:t finns.'));
    const body: OpenUppdragWithUri = { uri: uppdragUri(baseUrlOf(request, this.settings), id), ...uppdrag };
    return sendCacheable(request, reply, JSON.stringify(body), JSON_TYPE, data.lastModified);
  }

  @Get('perioder/:period')
  @PublicEndpoint({
    summary: 'En periods fastställda rader (stabil adress)',
    description: 'En månad (2023-04), en tertial (2023-T1) eller ett år (2023).',
    response: OpenPeriodView,
  })
  async period(
    @Param() { period }: OpenPeriodParams,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const data = await this.source.read();
    const inPeriod = (p: string) => p === period || p.startsWith(`${period}-`);
    const body: OpenPeriodView = {
      period,
      uri: periodUri(baseUrlOf(request, this.settings), period),
      rader: data.uppdrag.flatMap((u) => u.historik.filter((e) => inPeriod(e.period))),
    };
    return sendCacheable(request, reply, JSON.stringify(body), JSON_TYPE, data.lastModified);
  }
}
