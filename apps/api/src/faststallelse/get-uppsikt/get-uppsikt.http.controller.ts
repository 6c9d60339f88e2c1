/**
 * For regionstyrelsen's uppsikt: per organ, where its report for the period stands — fastställd (when,
 * which §), rapporterad, ej rapporterad ännu, or saknas — from the uppsikt counts of the period facts and
 * the fastställanden read model, cut where the period facts are. The uppsikt overview page can show it beside its counts.
 */
import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiProperty, ApiTags } from '@nestjs/swagger';
import { Application } from '@sparbar/application';
import {
  type Actor,
  adoptionLabel,
  PERIOD_REPORT_STATES,
  type PeriodReportState,
  periodReportStateOf,
} from '@sparbar/domain';
import { type SqlDriver } from '@sparbar/event-store';
import { uppsikt } from '@sparbar/projections';
import { SQL_DATABASE } from '@sparbar/runtime';
import { CurrentActor, requireRead } from '../../auth/authenticated';
import { ReadEndpoint } from '../../http/endpoint-docs';
import { fromPeriodFacts } from '../../perioder/period-facts';
import { ReadingDay } from '../../perioder/read-day';
import { AdoptionReadModel } from '../adoption-read-model';
import { FaststallelsePeriodParams } from '../faststallelse.params';

export class OrganPeriodReportView {
  @ApiProperty({ example: 'hsn' }) organId!: string;
  @ApiProperty({ enum: PERIOD_REPORT_STATES }) state!: PeriodReportState;
  @ApiProperty({ description: 'Uppdrag riktade till organet, aktiva i perioden.' }) uppdrag!: number;
  @ApiProperty() missing!: number;
  @ApiProperty() notYetDue!: number;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) meetingDate!: string | null;
  @ApiProperty({ type: String, nullable: true }) paragraf!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'Fastställd av hälso- och sjukvårdsnämnden 2023-05-24 § 45',
  })
  text!: string | null;
}

export class PeriodReportsView {
  @ApiProperty({ example: '2023-T1' }) period!: string;
  @ApiProperty({ type: [OrganPeriodReportView] }) organs!: OrganPeriodReportView[];
}

@ApiTags('faststallelse')
@Controller('api/perioder')
export class GetFaststallelseUppsiktHttpController {
  constructor(
    @Inject(SQL_DATABASE) private readonly sql: SqlDriver,
    @Inject(ReadingDay) private readonly day: ReadingDay,
    @Inject(Application) private readonly app: Application,
    @Inject(AdoptionReadModel) private readonly adoptions: AdoptionReadModel,
  ) {}

  @Get(':period/faststallelser/uppsikt')
  @ReadEndpoint({
    summary: 'Uppsikt: per organ om periodens rapport är fastställd (när, §), rapporterad eller saknas',
    response: PeriodReportsView,
  })
  async get(
    @Param() { period }: FaststallelsePeriodParams,
    @CurrentActor() actor: Actor,
  ): Promise<PeriodReportsView> {
    requireRead(actor);
    const counts = await fromPeriodFacts(() => uppsikt(this.sql, { period, on: this.day.today() }));
    const facts = await this.adoptions.besideTables({
      organIds: counts.organs.map((o) => o.organ),
      periods: [counts.period],
      adoptedOnly: true,
    });
    const organs = await Promise.all(
      counts.organs.map(async ({ organ, uppdrag, missing, notYetDue }) => {
        const adopted = facts.filter((f) => f.data.organId === organ).at(-1)?.data as
          { meetingDate: string; paragraf: string } | undefined;
        const namn = adopted ? ((await this.app.references.organ(organ))?.namn ?? organ) : organ;
        return {
          organId: organ,
          state: periodReportStateOf({ missing, notYetDue }, adopted !== undefined),
          uppdrag,
          missing,
          notYetDue,
          meetingDate: adopted?.meetingDate ?? null,
          paragraf: adopted?.paragraf ?? null,
          text: adopted ? adoptionLabel(namn, adopted.meetingDate, adopted.paragraf) : null,
        };
      }),
    );
    return { period: counts.period, organs };
  }
}
