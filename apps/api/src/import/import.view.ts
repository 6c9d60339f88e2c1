/** What an import answers: what was written (200), or every refusal with its row (400). */
import { ApiProperty } from '@nestjs/swagger';

export class ImportedCommandView {
  @ApiProperty({ description: 'Raden i kalkylbladet, eller kommandots nummer i filen (1 = det första).' })
  row!: number;

  @ApiProperty({ example: 'RegisterUppdrag' }) type!: string;
  @ApiProperty({ example: 'uppdrag-u2023-3f2a9c0d1e2b4a5c' }) stream!: string;
  @ApiProperty({ description: 'Strömmens revision efter kommandot.' }) revision!: number;
  @ApiProperty({ description: 'Antal händelser kommandot skrev (0: inget att ändra).' }) events!: number;
}

export class ImportSummaryView {
  @ApiProperty({ description: 'Antal kommandon som skrevs.' }) commands!: number;
  @ApiProperty({ description: 'Antal händelser i loggen från importen.' }) events!: number;
  @ApiProperty({ type: [ImportedCommandView] }) written!: ImportedCommandView[];
}

export class ImportErrorView {
  @ApiProperty({ description: 'Raden (rubrikraden är 1) eller kommandots nummer; 0: filen som helhet.' })
  row!: number;

  @ApiProperty({ description: 'Kolumnrubriken, eller kommandots fält (data.period, occurredAt, actor).' })
  field!: string;

  @ApiProperty({ description: 'Varför, på svenska.' }) reason!: string;
  @ApiProperty({ required: false, example: 'PERIOD_ALREADY_REPORTED' }) code?: string;
}

class OrganRefView {
  @ApiProperty({ example: 'hsn' }) organId!: string;
  @ApiProperty({ example: 'Hälso- och sjukvårdsnämnden' }) namn!: string;
}

class RowReportView {
  @ApiProperty({
    enum: ['rapport', 'avslutad', 'aterkallad'],
    description: 'rapport: ReportUppdragStatus; avslutad: CloseUppdrag; aterkallad: WithdrawUppdrag.',
  })
  kind!: string;

  @ApiProperty({ type: String, nullable: true, example: '2023-T1' }) period!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'pagaende_enligt_plan' }) status!: string | null;
  @ApiProperty() kommentar!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Händelsetid; null: när den skrivs.' })
  rapporterad!: string | null;
}

/** How one row of the table was read: what it registers and reports. */
export class RowResolutionView {
  @ApiProperty({
    description: 'Raden i kalkylbladet, eller raden i den inklistrade texten där tabellraden börjar.',
  })
  row!: number;

  @ApiProperty({ example: 'u2023-3f2a9c0d1e2b4a5c' }) uppdragId!: string;
  @ApiProperty({ description: 'Platsen i planens tabell (1 = första); listor och rapporter följer den.' })
  ordning!: number;

  @ApiProperty() text!: string;
  @ApiProperty({ type: [OrganRefView] }) riktasTill!: OrganRefView[];
  @ApiProperty({ type: OrganRefView, nullable: true }) samordnare!: OrganRefView | null;
  @ApiProperty({ type: OrganRefView }) givenBy!: OrganRefView;
  @ApiProperty({ enum: ['fullmaktige', 'namnd'] }) originKind!: string;
  @ApiProperty({ example: 2023 }) planYear!: number;
  @ApiProperty({ enum: ['manad', 'tertial'] }) periodicitet!: string;
  @ApiProperty({ example: '2023-12-31' }) slutdatum!: string;
  @ApiProperty({ example: 'person-johan' }) ansvarigPersonId!: string;
  @ApiProperty({ type: String, nullable: true }) registrerad!: string | null;
  @ApiProperty({
    required: false,
    description: 'true: uppdraget finns redan; raden rapporterar bara på det.',
  })
  alreadyRegistered?: boolean;

  @ApiProperty({
    required: false,
    enum: ['manad', 'tertial'],
    description:
      'Periodiciteten uppdraget hade, där tabellen ändrar den (ChangeUppdragPeriodicitet före rapporten).',
  })
  periodicitetChangedFrom?: string;
  @ApiProperty({ type: RowReportView, nullable: true, description: 'Vad radens status och kommentar blir.' })
  report!: RowReportView | null;
}

export class ImportPreviewView {
  @ApiProperty({ description: 'true: importen skulle gå igenom som den är. Ingenting är skrivet.' })
  ok!: boolean;

  @ApiProperty({ description: 'Antal kommandon importen skulle skriva.' }) commands!: number;
  @ApiProperty({
    type: [RowResolutionView],
    description: 'Varje rad som gick att läsa, i tabellens ordning.',
  })
  rows!: RowResolutionView[];

  @ApiProperty({
    type: [ImportErrorView],
    description: 'Varje rad och fält som inte gick att läsa eller pröva.',
  })
  errors!: ImportErrorView[];
}
