/** One item's history as the API shows it (projections lib's `HistoryLine`); `implements` keeps them in step. */
import { ApiProperty } from '@nestjs/swagger';
import { type FieldChange, type HistoryLine } from '@sparbar/audit';
import { ANY_JSON_VALUE } from '../http/any-json.schema';

export class FieldChangeView implements FieldChange {
  @ApiProperty({ example: 'slutdatum' }) field!: string;
  @ApiProperty({ ...ANY_JSON_VALUE, description: 'Värdet före (null: inget).', example: '2023-12-31' })
  from!: FieldChange['from'];
  @ApiProperty({ ...ANY_JSON_VALUE, description: 'Värdet efter.', example: '2024-06-30' })
  to!: FieldChange['to'];
}

export class AfterAdoptionView {
  @ApiProperty({
    format: 'date',
    description: 'Sammanträdesdagen för fastställandet ändringen gjordes efter.',
  })
  adoptedOn!: string;
  @ApiProperty({ example: '45' }) paragraf!: string;
  @ApiProperty({ description: 'Skälet till ändringen efter fastställandet.' }) reason!: string;
}

export class HistoryLineView implements HistoryLine {
  @ApiProperty({ description: 'Position i loggen.' }) position!: number;
  @ApiProperty({ description: 'Postens revision efter händelsen.' }) revision!: number;
  @ApiProperty() eventId!: string;
  @ApiProperty({ example: 'UppdragSlutdatumExtended' }) eventType!: string;
  @ApiProperty({ description: 'Vem (person-id).' }) actor!: string;
  @ApiProperty({ description: 'Händelsetid: när det hände i verksamheten.' }) occurredAt!: string;
  @ApiProperty({ description: 'Servertid: när det lagrades.' }) recordedAt!: string;
  @ApiProperty({ type: String, nullable: true, example: '2023-04' }) period!: string | null;
  @ApiProperty({ type: String, nullable: true }) indikatorId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Varför, där det angavs.' }) reason!:
    string | null;
  @ApiProperty({ type: [FieldChangeView], description: 'Fälten som ändrades, från → till.' })
  changes!: FieldChangeView[];
  @ApiProperty({
    type: AfterAdoptionView,
    nullable: true,
    description:
      'Ändringen gjordes efter att perioden fastställts ("ändrad efter fastställande"): fastställandet och skälet. Annars null.',
  })
  andradEfterFaststallande!: AfterAdoptionView | null;
}

export class HistoryView {
  @ApiProperty({ enum: ['uppdrag', 'delmal'] }) kind!: 'uppdrag' | 'delmal';
  @ApiProperty() id!: string;
  @ApiProperty({ type: [HistoryLineView], description: 'Varje ändring, äldst först.' })
  lines!: HistoryLineView[];
}
