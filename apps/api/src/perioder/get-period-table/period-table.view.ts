/** The period table (projections lib's `PeriodTable`) as the API answers it; `implements` keeps the two in step. */
import { ApiProperty } from '@nestjs/swagger';
import {
  PERIODICITETER,
  RAPPORTERINGAR,
  type Rapportering,
  UPPDRAG_LIFECYCLES,
  UPPDRAG_STATUSES,
  UPPDRAG_TABLE_STATUSES,
  type UppdragStatus,
  type UppdragTableStatus,
} from '@sparbar/domain';
import { type PeriodTable, type PeriodTableRow } from '@sparbar/projections';

const NullableText = (description?: string, example?: string) =>
  ApiProperty({ type: String, nullable: true, ...(description ? { description } : {}), example });

/** What a row and a joint uppdrag's part have in common: the report shown and how it is read. */
class PeriodTableReportView implements Omit<PeriodTableRow, 'part' | 'parts' | 'partsSummary'> {
  @ApiProperty({ example: 'styrd-inkopsprocess-2023' }) uppdragId!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ type: [String], example: ['rs', 'hsn'] }) riktasTill!: string[];
  @NullableText(undefined, 'rs') samordnare!: string | null;
  @ApiProperty({ example: 'regionfullmaktige' }) givenBy!: string;
  @ApiProperty({ example: 'fullmaktige' }) originKind!: string;
  @ApiProperty({ example: 2023 }) planYear!: number;
  @ApiProperty({ enum: PERIODICITETER }) periodicitet!: string;
  @ApiProperty({ example: '2023-12-31' }) slutdatum!: string;
  @ApiProperty({ description: 'Hur många gånger slutdatum har skjutits fram.' }) slutdatumExtensions!: number;
  @ApiProperty({ example: 'person-johan' }) ansvarigPersonId!: string;
  @ApiProperty({ enum: UPPDRAG_LIFECYCLES, description: 'Var uppdraget stod i sitt liv vid tidpunkten.' })
  lifecycle!: PeriodTableRow['lifecycle'];
  @NullableText('Affärsdatum för avslut eller återkallelse.') endedOn!: string | null;
  @NullableText('Slutkommentaren eller skälet till återkallelsen.') endComment!: string | null;
  @ApiProperty({
    enum: RAPPORTERINGAR,
    description:
      'rapporterad: rapport för perioden (för ett månadsuppdrag i en tertialtabell: en månad i tertialen); ' +
      'ej_forfallen: rapport krävs men saknas, och sista dagen (`deadline`) har ännu inte passerat den dag ' +
      'tabellen läses (`asOf`, annars i dag); ej_rapporterad: rapport krävdes, sista dagen har passerat och ' +
      'den saknas; ej_aktuell: ingen rapport krävdes.',
  })
  rapportering!: Rapportering;
  @NullableText('Sista dag för periodens rapport enligt årshjulet; null när ingen krävdes.', '2023-05-15')
  deadline!: string | null;
  @ApiProperty({
    enum: UPPDRAG_TABLE_STATUSES,
    description:
      'Det raden skriver ut och räknas som: avslutad eller aterkallad för ett avslutat eller återkallat ' +
      'uppdrag; periodens rapporterade status; ej_paborjad för ett uppdrag som aldrig rapporterats och inte ' +
      'är sent; ej_forfallen (Ej rapporterad ännu); ej_rapporterad; ej_aktuell.',
  })
  tableStatus!: UppdragTableStatus;
  @ApiProperty({
    type: String,
    enum: UPPDRAG_STATUSES,
    nullable: true,
    description: 'Periodens status, eller den senast kända när den förs vidare (`carriedForward`).',
  })
  status!: UppdragStatus | null;
  @NullableText() kommentar!: string | null;
  @NullableText('Perioden som den visade statusen rapporterades för.', '2023-04') reportPeriod!:
    string | null;
  @ApiProperty({ description: 'Statusen är en tidigare periods, förd vidare.' }) carriedForward!: boolean;
  @ApiProperty({ description: 'Den visade rapporten är rättad; `correctionReason` säger varför.' })
  corrected!: boolean;
  @NullableText() correctionReason!: string | null;
  @NullableText('Vem som rapporterade (eller rättade).', 'person-johan') reportedBy!: string | null;
  @NullableText('Händelsetid för den visade rapporten (för rättelsen, om rättad).') reportedAt!:
    string | null;
  @NullableText('Servertid: när den visade rapporten lagrades.') recordedAt!: string | null;
  @ApiProperty({
    description:
      'Den visade rapporten lagrades efter att organet fastställt sin rapport för perioden: visas som "ändrad efter fastställande".',
  })
  andradEfterFaststallande!: boolean;
  @NullableText(
    'Skälet som angavs för ändringen efter fastställandet (rättelsens skäl, eller skälet till en sen rapport); null när raden inte är ändrad.',
  )
  faststallandeSkal!: string | null;
}

/** One recipient's own part of an uppdrag directed to several organs. */
export class PeriodTablePartView extends PeriodTableReportView {
  @ApiProperty({ example: 'hsn' }) organId!: string;
}

export class PartsSummaryView {
  @ApiProperty({ example: 4 }) total!: number;
  @ApiProperty({ example: 3, description: 'Delar med rapport för perioden (eller avslutade).' })
  reported!: number;
  @ApiProperty({ example: 3, description: 'Avslutade delar.' }) closed!: number;
  @ApiProperty({ example: '3 av 4 nämnder klara' }) text!: string;
  @ApiProperty({
    example: true,
    description:
      'Om någon mottagare har rapporterat eller avslutat en egen del (annars gäller den gemensamma rapporten för alla).',
  })
  ownParts!: boolean;
}

export class PeriodTableRowView extends PeriodTableReportView implements PeriodTableRow {
  @NullableText(
    'I ett organs tabell: organet vars egen del av ett uppdrag till flera organ raden visar; annars null (den samlade rapporten).',
    'hsn',
  )
  part!: string | null;
  @ApiProperty({
    type: [PeriodTablePartView],
    nullable: true,
    description:
      'Samlad vy (utan organ, eller samordnarens tabell) av ett uppdrag till flera organ: varje mottagares del; annars null.',
  })
  parts!: PeriodTablePartView[] | null;
  @ApiProperty({ type: PartsSummaryView, nullable: true, description: 'Hur många delar som är klara.' })
  partsSummary!: PartsSummaryView | null;
}

export class PeriodTableAdoptionView {
  @ApiProperty({ example: 'hsn' }) organId!: string;
  @ApiProperty({ format: 'date' }) meetingDate!: string;
  @ApiProperty({ example: '45' }) paragraf!: string;
  @ApiProperty({ example: 'Fastställd av hälso- och sjukvårdsnämnden 2023-05-24 § 45' }) text!: string;
}

export class PeriodTableView implements PeriodTable {
  @ApiProperty({ example: '2023-T1' }) period!: string;
  @ApiProperty({ example: '2023-01-01' }) periodStart!: string;
  @ApiProperty({ example: '2023-04-30' }) periodEnd!: string;
  @NullableText(undefined, 'hsn') organ!: string | null;
  @NullableText(undefined, 'regionfullmaktige') givenBy!: string | null;
  @NullableText('Tidpunkten som frågades efter (händelsetid), annars null: nu.') asOf!: string | null;
  @NullableText('Tidpunkten som frågades efter (servertid), annars null: nu.') recordedAt!: string | null;
  @ApiProperty({
    type: [PeriodTableRowView],
    description: 'Varje uppdrag som var aktivt i perioden, efter planår och id.',
  })
  rows!: PeriodTableRowView[];
  @ApiProperty({
    type: [PeriodTableAdoptionView],
    description:
      'Organens fastställanden av perioden (i ett organs tabell: det organets), till tabellens rubrik. En månad är fastställd med sin tertial och ett år med årsrapporten (tertial 3); texten säger då vilken.',
  })
  faststallelser!: PeriodTableAdoptionView[];
}
