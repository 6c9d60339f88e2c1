/** The public shapes: nothing about who reported or who is responsible, only what the adopted report shows. */
import { ApiProperty } from '@nestjs/swagger';
import { UPPDRAG_TABLE_STATUSES, type UppdragTableStatus } from '@sparbar/domain';

export class AdoptedEntryView {
  @ApiProperty({ example: 'rf-2023-01' }) uppdragId!: string;
  @ApiProperty({ example: '2023-T1', description: 'Den fastställda perioden.' }) period!: string;
  @ApiProperty({ example: 'hsn', description: 'Nämnden som fastställde rapporten.' }) organId!: string;
  @ApiProperty({ example: 'Hälso- och sjukvårdsnämnden' }) organ!: string;
  @ApiProperty({ enum: UPPDRAG_TABLE_STATUSES, description: 'Status som den fastställda rapporten visar.' })
  status!: UppdragTableStatus;
  @ApiProperty({ example: 'Pågående enligt plan' }) statusText!: string;
  @ApiProperty({ type: String, nullable: true }) kommentar!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Perioden statusen rapporterades för.' })
  reportPeriod!: string | null;
  @ApiProperty({ description: 'Sant när statusen är en tidigare periods, förd vidare.' })
  carriedForward!: boolean;
  @ApiProperty({ format: 'date', description: 'Sammanträdesdag för fastställandet.' }) meetingDate!: string;
  @ApiProperty({ example: '45' }) paragraf!: string;
  @ApiProperty({ format: 'date-time', description: 'När fastställandet registrerades.' })
  adoptedRecordedAt!: string;
  @ApiProperty({ description: 'Fastställandets stabila id.' }) adoptionId!: string;
}

export class OpenUppdragView {
  @ApiProperty({ example: 'rf-2023-01' }) id!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ example: 2023 }) planYear!: number;
  @ApiProperty({
    type: [AdoptedEntryView],
    description: 'Fastställd status per nämnd och period, äldst först.',
  })
  historik!: AdoptedEntryView[];
}

export class OpenUppdragWithUri extends OpenUppdragView {
  @ApiProperty({ description: 'Uppdragets stabila adress.' }) uri!: string;
}

export class OpenUppdragListView {
  @ApiProperty({ example: 'Regionfullmäktige' }) utgivare!: string;
  @ApiProperty({ description: 'Licens för uppgifterna (CC0 1.0).' }) licens!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) senastAndrad!: string | null;
  @ApiProperty({ type: [OpenUppdragWithUri] }) uppdrag!: OpenUppdragWithUri[];
}

export class OpenPeriodView {
  @ApiProperty({ example: '2023-T1' }) period!: string;
  @ApiProperty({ description: 'Periodens stabila adress.' }) uri!: string;
  @ApiProperty({
    type: [AdoptedEntryView],
    description: 'Periodens fastställda rader, per uppdrag och nämnd.',
  })
  rader!: AdoptedEntryView[];
}
