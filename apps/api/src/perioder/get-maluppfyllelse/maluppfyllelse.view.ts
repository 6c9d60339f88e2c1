/** Måluppfyllelse (projections lib's `Maluppfyllelse`) as the API answers it; `implements` keeps them in step. */
import { ApiProperty } from '@nestjs/swagger';
import { type Bedomning, BEDOMNINGAR, UPPDRAG_TABLE_STATUSES } from '@sparbar/domain';
import { type BedomningCounts, type Maluppfyllelse, type UppdragCounts } from '@sparbar/projections';

type DelmalUppfyllelse = Maluppfyllelse['delmal'][number];
type IndikatorUppfyllelse = DelmalUppfyllelse['indikatorer'][number];

const BEDOMNING = {
  enum: BEDOMNINGAR,
  description: 'helt, delvis, inte: uppnås; saknas: ingen bedömning för perioden.',
};
const UPPDRAG_COUNT_KEYS = [...UPPDRAG_TABLE_STATUSES, 'totalt'];

export class RegionmalView {
  @ApiProperty({ example: 'regionmal-3' }) id!: string;
  @ApiProperty({ example: 'God och jämlik hälsa' }) namn!: string;
}

export class IndikatorUppfyllelseView implements IndikatorUppfyllelse {
  @ApiProperty() indikatorId!: string;
  @ApiProperty() namn!: string;
  @ApiProperty({ type: String, nullable: true, example: 'ton CO2e' }) enhet!: string | null;
  @ApiProperty({ type: Number, nullable: true }) malvarde!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Periodens utfall; null: svar saknas.' })
  utfall!: number | null;
  @ApiProperty(BEDOMNING) bedomning!: Bedomning;
  @ApiProperty({ type: String, nullable: true, description: 'Perioden som utfallet gäller.' })
  utfallPeriod!: string | null;
}

export class DelmalUppfyllelseView implements DelmalUppfyllelse {
  @ApiProperty() delmalId!: string;
  @ApiProperty({ type: RegionmalView }) regionmal!: RegionmalView;
  @ApiProperty() text!: string;
  @ApiProperty(BEDOMNING) bedomning!: Bedomning;
  @ApiProperty({ type: String, enum: BEDOMNINGAR, nullable: true, description: 'Prognos för helåret.' })
  prognos!: Bedomning | null;
  @ApiProperty({ type: String, nullable: true }) kommentar!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Perioden som bedömningen gjordes för (en månad eller tertialen själv).',
  })
  bedomningPeriod!: string | null;
  @ApiProperty({ type: [IndikatorUppfyllelseView] }) indikatorer!: IndikatorUppfyllelseView[];
}

export class BedomningCountsView implements BedomningCounts {
  @ApiProperty() helt!: number;
  @ApiProperty() delvis!: number;
  @ApiProperty() inte!: number;
  @ApiProperty() saknas!: number;
  @ApiProperty() totalt!: number;
}

export class MaluppfyllelseCountsView {
  @ApiProperty({ type: BedomningCountsView }) delmal!: BedomningCountsView;
  @ApiProperty({ type: BedomningCountsView }) indikatorer!: BedomningCountsView;
  @ApiProperty({
    type: 'object',
    properties: Object.fromEntries(UPPDRAG_COUNT_KEYS.map((key) => [key, { type: 'integer' }])),
    required: UPPDRAG_COUNT_KEYS,
    // `required` above is the object's own list; this says the property itself is always there.
    selfRequired: true,
    description:
      'Organets uppdrag i periodtabellen, räknade efter det raden skriver ut (`tableStatus`): rapporterad ' +
      'status, avslutad, aterkallad, ej_forfallen, ej_rapporterad, ej_aktuell; ej_paborjad även för uppdrag ' +
      'som aldrig rapporterats och inte är sena.',
  })
  uppdrag!: UppdragCounts;
}

export class MaluppfyllelseView implements Maluppfyllelse {
  @ApiProperty({ example: 'hsn' }) organ!: string;
  @ApiProperty({ example: '2023-T1' }) period!: string;
  @ApiProperty({ type: String, nullable: true }) asOf!: string | null;
  @ApiProperty({ type: String, nullable: true }) recordedAt!: string | null;
  @ApiProperty({ type: [DelmalUppfyllelseView], description: 'Delmålen i organets plan för periodens år.' })
  delmal!: DelmalUppfyllelseView[];
  @ApiProperty({ type: MaluppfyllelseCountsView }) counts!: MaluppfyllelseCountsView;
  @ApiProperty({
    example: 'Totalt 3 delmål, varav 1 uppnås, 1 uppnås delvis och 0 uppnås inte. 1 saknar bedömning.',
  })
  sammanfattning!: string;
}
