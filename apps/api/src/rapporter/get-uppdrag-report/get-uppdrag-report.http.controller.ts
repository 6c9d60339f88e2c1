/**
 * The delårsrapport's table "Uppföljning av fullmäktiges uppdrag" as a file (DOCX, XLSX, PDF, CSV,
 * HTML), made from a cutoff in the verified chain: asked again with the same cutoff, the same bytes.
 */
import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Application } from '@sparbar/application';
import { type Actor, trendPeriods } from '@sparbar/domain';
import { type SqlDriver } from '@sparbar/event-store';
import { maluppfyllelse, periodTable } from '@sparbar/projections';
import {
  buildMaluppfyllelseSection,
  buildNamnderSection,
  buildUppdragTable,
  CONTENT_TYPES,
  ORGAN_TYPES_WITH_PLAN,
  type ReportDocument,
  renderUppdragTable,
  uppdragTableFileName,
} from '@sparbar/reports';
import { SQL_DATABASE } from '@sparbar/runtime';
import { type FastifyReply } from 'fastify';
import { CurrentActor, requireRead } from '../../auth/authenticated';
import { fromPeriodFacts } from '../../perioder/period-facts';
import { ReadingDay } from '../../perioder/read-day';
import { markedTable } from '../../faststallelse/adoption-marks';
import { attachment } from '../attachment';
import { delmalMarks } from '../delmal-marks';
import { adoptionToReportAt, reportAdoptions } from '../report-adoptions';
import { ReportOrgans } from '../report-organs';
import { ReportSource } from '../report-source';
import { UppdragReportQueryDto } from './get-uppdrag-report.dto';

@ApiTags('rapporter')
@Controller('api/rapporter')
export class GetUppdragReportHttpController {
  constructor(
    @Inject(SQL_DATABASE) private readonly sql: SqlDriver,
    @Inject(ReportSource) private readonly source: ReportSource,
    @Inject(ReportOrgans) private readonly organs: ReportOrgans,
    @Inject(ReadingDay) private readonly day: ReadingDay,
    @Inject(Application) private readonly app: Application,
  ) {}

  @Get('uppdrag')
  @ApiOperation({
    summary: 'Uppföljning av fullmäktiges uppdrag som fil (docx, xlsx, pdf, csv, html)',
    description:
      'Tabellen i delårsrapporten för en månad eller tertial, per givare och mottagare. Filen anger sin ' +
      'brytpunkt (loggposition och kedjehash); samma `cutoff` och `on` ger samma bytes. Med `organ` följer ' +
      'organets måluppfyllelse (delmål per regionmål, antal helt/delvis/inte/saknas, uppdrag per status som ' +
      'tabellen skriver ut dem, färgförklaring) som andra avsnitt, i DOCX och PDF med diagram: periodens ' +
      'indikatorer och delmål, och utvecklingen över årets perioder fram till denna. Organens fastställanden ' +
      '("Fastställd av … § 45", regionstyrelsens och fullmäktiges behandling) står under rubriken, och rader ' +
      '(uppdrag och delmål) ändrade efter fastställandet är märkta "ändrad efter fastställande" med skälet. `version=faststalld` ' +
      'ger rapporten som organet fastställde den; filen säger vilken version den är.',
  })
  @ApiBearerAuth()
  @ApiProduces(...Object.values(CONTENT_TYPES), 'application/problem+json')
  @ApiResponse({ status: 200, description: 'Filen, med Content-Disposition: attachment.' })
  @ApiResponse({
    status: 400,
    description:
      'Ogiltig fråga, eller `version=faststalld` för en period som inte är fastställd; `errors` namnger fältet.',
  })
  @ApiResponse({ status: 401, description: 'Ingen eller ogiltig token.' })
  @ApiResponse({ status: 403, description: 'Rollen får inte läsa.' })
  @ApiResponse({ status: 404, description: '`cutoff` är ingen position i den verifierade kedjan.' })
  @ApiResponse({ status: 503, description: 'Läsmodellerna har ännu inte kommit ikapp.' })
  async report(
    @Query() query: UppdragReportQueryDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    requireRead(actor);
    // "As adopted": the cutoff is the adoption's own event, so the file shows what the nämnd adopted.
    const asAdopted = query.version === 'faststalld' ? await adoptionToReportAt(this.app, query) : null;
    const cutoff = await this.source.cutoff(asAdopted ? asAdopted.position : query.cutoff);
    // What is late depends on the day, not only on the log: the day is a parameter like the cutoff.
    const on = query.on ?? this.day.today();
    const { table, known } = await fromPeriodFacts(async () =>
      markedTable(
        this.app,
        await periodTable(this.sql, {
          period: query.period,
          ...(query.givenBy !== undefined ? { givenBy: query.givenBy } : {}),
          ...(query.organ !== undefined ? { organ: query.organ } : {}),
          upToPosition: cutoff.position,
          on,
        }),
        { upToPosition: cutoff.position },
      ),
    );
    const organs = await this.organs.at(cutoff.position);
    const report: ReportDocument = buildUppdragTable(
      table,
      organs,
      cutoff,
      {
        ...(query.organ !== undefined ? { organ: query.organ } : {}),
        ...(query.givenBy !== undefined ? { givenBy: query.givenBy } : {}),
      },
      reportAdoptions(table, known, organs, asAdopted),
    );
    if (query.organ !== undefined) {
      // For one organ, its måluppfyllelse at the same cutoff is the second section.
      // With the year's periods up to this one, at the same cutoff, for the trend charts.
      const read = (period: string) =>
        fromPeriodFacts(() =>
          maluppfyllelse(this.sql, { organ: query.organ!, period, upToPosition: cutoff.position, on }),
        );
      const year = await Promise.all(trendPeriods(query.period).map(read));
      const mal = year.find((m) => m.period === query.period) ?? (await read(query.period));
      const namn = organs.find((o) => o.organId === query.organ)?.namn ?? query.organ;
      // Its delmål marked as the uppdrag rows are, against the organ's adoption the report names.
      const adoption = known.find((a) => a.organId === query.organ);
      const marks = await delmalMarks(this.app, mal, adoption, cutoff.position);
      report.maluppfyllelse = buildMaluppfyllelseSection(mal, namn, year, marks);
    } else if (query.givenBy !== undefined) {
      // The uppdrag a giver sent to several nämnder: the nämnder's måluppfyllelse side by side.
      const namnder = await Promise.all(
        organs
          .filter((o) => ORGAN_TYPES_WITH_PLAN.has(o.typ))
          .map(async (organ) => ({
            organ,
            maluppfyllelse: await fromPeriodFacts(() =>
              maluppfyllelse(this.sql, {
                organ: organ.organId,
                period: query.period,
                upToPosition: cutoff.position,
                on,
              }),
            ),
          })),
      );
      const side = buildNamnderSection(query.period, namnder);
      if (side) report.maluppfyllelse = side;
    }
    const bytes = await renderUppdragTable(report, query.format);
    void reply
      .header('content-type', CONTENT_TYPES[query.format])
      .header('content-disposition', attachment(uppdragTableFileName(report, query.format)))
      .header('cache-control', 'private, max-age=0');
    return bytes;
  }
}
