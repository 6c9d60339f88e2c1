import { ApiProperty } from '@nestjs/swagger';
import { UPPDRAG_NOW_STATUSES, type UppdragNowStatus } from '@sparbar/projections';
import { EnumField, IdField, QueryIntField } from '../../http/dto-fields';
import {
  PLAN_YEAR_RANGE,
  UPPDRAG_STATUSES,
  UPPDRAG_TABLE_STATUSES,
  type UppdragStatus,
  type UppdragTableStatus,
} from '@sparbar/domain';

export class ListUppdragQuery {
  @IdField({
    presence: 'optional',
    description: 'Organ som mottagare (riktas till) eller som beslutande.',
    example: 'hsn',
  })
  organ?: string;

  @EnumField(UPPDRAG_NOW_STATUSES, { presence: 'optional' }) status?: UppdragNowStatus;
  @IdField({ presence: 'optional', description: 'Ansvarig person.' }) ansvarig?: string;
  @QueryIntField(PLAN_YEAR_RANGE.min, PLAN_YEAR_RANGE.max) planYear?: number;
  @QueryIntField(1, 1000, { description: 'Högst så många (standard 200).' }) limit?: number;
  @QueryIntField(0, 1_000_000) offset?: number;
}

/** The latest reported period as the list holds it (libs/projections' uppdrag-now). */
export class UppdragLatestReportView {
  @ApiProperty({ example: '2023-T1' }) period!: string;
  @ApiProperty({ enum: UPPDRAG_STATUSES }) status!: UppdragStatus;
  @ApiProperty() kommentar!: string;
  @ApiProperty({ description: 'Händelsetid för rapporten.' }) reportedAt!: string;
  @ApiProperty({ description: 'Vem som rapporterade (person-id).' }) reportedBy!: string;
  @ApiProperty({ type: String, nullable: true }) correctedAt!: string | null;
}

export class UppdragListItem {
  @ApiProperty() uppdragId!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ type: [String] }) riktasTill!: string[];
  @ApiProperty({ type: String, nullable: true }) samordnare!: string | null;
  @ApiProperty() periodicitet!: string;
  @ApiProperty() slutdatum!: string;
  @ApiProperty() ansvarigPersonId!: string;
  @ApiProperty() givenBy!: string;
  @ApiProperty() planYear!: number;
  @ApiProperty({ enum: UPPDRAG_NOW_STATUSES }) status!: UppdragNowStatus;
  @ApiProperty({
    enum: UPPDRAG_TABLE_STATUSES,
    description:
      'Där uppdraget står nu: avslutad eller aterkallad när det har upphört, annars senast rapporterade ' +
      'status, och ej_paborjad fram till första rapporten (som i planen).',
  })
  currentStatus!: UppdragTableStatus;
  @ApiProperty({ type: UppdragLatestReportView, nullable: true, description: 'Senast rapporterade period.' })
  latestReport!: UppdragLatestReportView | null;
  @ApiProperty() reportsCount!: number;
  @ApiProperty({ description: 'Strömmens revision som läsmodellen har hunnit till.' }) revision!: number;
}

export class UppdragListDto {
  @ApiProperty({ type: [UppdragListItem] }) items!: UppdragListItem[];
  @ApiProperty() limit!: number;
  @ApiProperty() offset!: number;
}
