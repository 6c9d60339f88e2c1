/**
 * The auditor's package for an organ and year (JSON, DOCX or PDF): uppdrag and their reports, the
 * reminders sent and response times, uppsiktsärenden and answers, the internkontrollplan with results and åtgärder, and the chain head it was made from.
 * Read from the log itself up to a chained position, so the same cutoff gives the same bytes.
 */
import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import { type Actor } from '@sparbar/domain';
import { type EventStore, type SqlDriver } from '@sparbar/event-store';
import {
  buildGranskningspaket,
  CutoffNotFoundError,
  exactCutoff,
  granskningspaketDocx,
  granskningspaketFileName,
  granskningspaketJson,
  granskningspaketPdf,
  granskningspaketStreams,
  type Granskningspaket,
  type PaketEvent,
  type ReportCutoff,
  reportCutoff,
} from '@sparbar/reports';
import { lastPositionRecordedBy, type WitnessFolder } from '@sparbar/audit';
import { EVENT_STORE, SQL_DATABASE, WITNESS } from '@sparbar/runtime';
import { type FastifyReply } from 'fastify';
import { CurrentActor, requireReadLog } from '../../auth/authenticated';
import { problem, ProblemError } from '../../http/problem';
import { invalid } from '../../http/validation';
import { attachment } from '../../rapporter/attachment';
import { withCutoffDate } from '../../rapporter/cutoff-date';
import { withWitness } from '../../rapporter/cutoff-witness';
import { fromAuditTables } from '../audit-tables';
import { GranskningspaketQueryDto } from './get-granskningspaket.dto';

const CONTENT_TYPES = {
  json: 'application/json; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
} as const;

const RENDER = {
  json: (paket: Granskningspaket) => Promise.resolve(granskningspaketJson(paket)),
  docx: granskningspaketDocx,
  pdf: granskningspaketPdf,
} as const;

@ApiTags('granskning')
@Controller('api/granskning')
export class GetGranskningspaketHttpController {
  constructor(
    @Inject(SQL_DATABASE) private readonly sql: SqlDriver,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(WITNESS) private readonly witness: WitnessFolder,
  ) {}

  @Get('paket')
  @ApiOperation({
    summary: 'Revisorernas granskningspaket för ett organ och år (json, docx eller pdf)',
    description:
      'Uppdragen som riktas till organet med rapporthistorik, påminnelser och svarstider, uppsiktsärenden ' +
      'med svar och påminnelser, internkontrollplanen ' +
      'med resultat och åtgärder, och kedjans huvud (position och hash) paketet gjordes från. Samma `cutoff` ' +
      'ger samma bytes.',
  })
  @ApiBearerAuth()
  @ApiProduces(...Object.values(CONTENT_TYPES), 'application/problem+json')
  @ApiResponse({ status: 200, description: 'Filen, med Content-Disposition: attachment.' })
  @ApiResponse({ status: 400, description: 'Ogiltig fråga; `errors` namnger fältet.' })
  @ApiResponse({ status: 401, description: 'Ingen eller ogiltig token.' })
  @ApiResponse({ status: 403, description: 'Rollen får inte läsa händelseloggen.' })
  @ApiResponse({
    status: 404,
    description:
      '`cutoff` är ingen position i den verifierade kedjan, eller inget sparades före `cutoffDate`.',
  })
  @ApiResponse({ status: 503, description: 'Kedjan är ännu inte byggd.' })
  async paket(
    @Query() query: GranskningspaketQueryDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    requireReadLog(actor);
    const dated = await withCutoffDate(this.store, this.sql, await this.cutoff(query));
    const cutoff = withWitness(this.witness, dated);
    const events = await this.events(query.organ, query.year, cutoff.position);
    const paket = buildGranskningspaket(events, { organId: query.organ, year: query.year, cutoff });
    const bytes = await RENDER[query.format](paket);
    void reply
      .header('content-type', CONTENT_TYPES[query.format])
      .header('content-disposition', attachment(granskningspaketFileName(paket, query.format)))
      .header('cache-control', 'private, max-age=0');
    return bytes;
  }

  /** The chain head the package is made from: at a position, at the end of a day, or the latest. */
  private async cutoff(query: GranskningspaketQueryDto): Promise<ReportCutoff> {
    if (query.cutoff !== undefined && query.cutoffDate !== undefined)
      throw invalid([{ field: 'cutoffDate', reason: 'ange antingen cutoff eller cutoffDate, inte båda' }]);
    if (query.cutoffDate !== undefined) return this.cutoffAtEndOf(query.cutoffDate);
    const position = query.cutoff;
    return fromAuditTables(() =>
      position === undefined ? reportCutoff(this.sql) : exactCutoff(this.sql, position),
    ).catch((error: unknown) => {
      if (!(error instanceof CutoffNotFoundError)) throw error;
      if (position === undefined) throw notChainedYet();
      throw new ProblemError(problem(404, 'NOT_FOUND', error.message));
    });
  }

  /**
   * The last event recorded before midnight (Swedish time) after `date`, as the audit trail has read
   * the log, which must also be chained: the package names a position in the verified chain.
   */
  private async cutoffAtEndOf(date: string): Promise<ReportCutoff> {
    const position = await fromAuditTables(() => lastPositionRecordedBy(this.sql, date));
    if (position === null)
      throw new ProblemError(
        problem(404, 'NOT_FOUND', `Inget sparades i händelseloggen före slutet av ${date}.`, {
          field: 'cutoffDate',
        }),
      );
    return fromAuditTables(() => exactCutoff(this.sql, position)).catch((error: unknown) => {
      if (error instanceof CutoffNotFoundError) throw notChainedYet();
      throw error;
    });
  }

  /**
   * The streams the package is made of, up to the cutoff, in log order: uppdrag, uppsiktsärenden,
   * the organ's plan and the organ itself, the deliveries of reminders, and the people (for their names).
   */
  private async events(organId: string, year: number, upTo: number): Promise<PaketEvent[]> {
    const events: PaketEvent[] = [];
    // Through the port, so the package is the same whichever store holds the log.
    for await (const e of this.store.readRange({ upTo, ...granskningspaketStreams(organId, year) }))
      events.push({
        position: e.position,
        stream: e.stream,
        type: e.type,
        data: e.data,
        actor: e.metadata.actor,
        occurredAt: e.metadata.occurredAt,
        recordedAt: e.recordedAt,
      });
    return events;
  }
}

const notChainedYet = () =>
  new ProblemError(problem(503, 'READ_MODEL_UNAVAILABLE', 'Händelseloggen är ännu inte kedjad.'));
