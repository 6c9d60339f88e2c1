/** One uppdrag at a time point (projections lib's `UppdragAsOf`); `implements` keeps the two in step. */
import { ApiProperty } from '@nestjs/swagger';
import { PERIODICITETER, UPPDRAG_LIFECYCLES, UPPDRAG_STATUSES, type UppdragStatus } from '@sparbar/domain';
import { type UppdragAsOf } from '@sparbar/projections';

type ReportAsOf = UppdragAsOf['reports'][number];

export class ReportAsOfView implements ReportAsOf {
  @ApiProperty({ example: '2023-04' }) period!: string;
  @ApiProperty({ enum: UPPDRAG_STATUSES }) status!: UppdragStatus;
  @ApiProperty() kommentar!: string;
  @ApiProperty({ description: 'Rapporten gällde rättad vid tidpunkten.' }) corrected!: boolean;
  @ApiProperty({ description: 'Vem som rapporterade (eller rättade).' }) reportedBy!: string;
  @ApiProperty({ description: 'Händelsetid (för rättelsen, om rättad).' }) reportedAt!: string;
  @ApiProperty({ description: 'Servertid: när den lagrades.' }) recordedAt!: string;
}

export class UppdragAsOfView implements UppdragAsOf {
  @ApiProperty({ example: 'styrd-inkopsprocess-2023' }) uppdragId!: string;
  @ApiProperty({ type: String, nullable: true }) asOf!: string | null;
  @ApiProperty({ type: String, nullable: true }) recordedAt!: string | null;
  @ApiProperty() text!: string;
  @ApiProperty({ type: [String] }) riktasTill!: string[];
  @ApiProperty({ example: 'regionfullmaktige' }) givenBy!: string;
  @ApiProperty({ enum: PERIODICITETER }) periodicitet!: string;
  @ApiProperty({ example: '2023-12-31' }) slutdatum!: string;
  @ApiProperty({ description: 'Hur många gånger slutdatum har skjutits fram.' }) slutdatumExtensions!: number;
  @ApiProperty() ansvarigPersonId!: string;
  @ApiProperty({ enum: UPPDRAG_LIFECYCLES }) lifecycle!: UppdragAsOf['lifecycle'];
  @ApiProperty({ type: String, nullable: true }) endedOn!: string | null;
  @ApiProperty({ description: 'Position i loggen för den sista händelsen som räknats: svarets brytpunkt.' })
  position!: number;
  @ApiProperty({
    type: [ReportAsOfView],
    description: 'Gällande rapport per period vid tidpunkten, äldst först.',
  })
  reports!: ReportAsOfView[];
}
