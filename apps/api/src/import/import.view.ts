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
