/** Aging (projections lib's `Aging`) as the API answers it; `implements` keeps the two in step. */
import { ApiProperty } from '@nestjs/swagger';
import { PERIODICITETER, UPPDRAG_LIFECYCLES } from '@sparbar/domain';
import { type Aging, type AgingUppdrag, type Extension } from '@sparbar/projections';

type MissingReport = AgingUppdrag['missingReports'][number];
type ExtendedUppdrag = Aging['extended'][number];

export class ExtensionView implements Extension {
  @ApiProperty({ example: '2023-12-31' }) from!: string;
  @ApiProperty({ example: '2024-06-30' }) to!: string;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty({ description: 'Affärsdatum för beslutet.', example: '2023-11-20' }) on!: string;
  @ApiProperty({ description: 'Vem som sköt fram slutdatum (person-id).' }) by!: string;
}

export class MissingReportView implements MissingReport {
  @ApiProperty({ example: '2023-10' }) period!: string;
  @ApiProperty({ description: 'Sista dag att rapportera (årshjulet).', example: '2023-11-14' })
  deadline!: string;
  @ApiProperty({ description: 'Dagar efter tidsgränsen, räknat till `on`.' }) daysLate!: number;
}

export class AgingUppdragView implements AgingUppdrag {
  @ApiProperty() uppdragId!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ type: [String] }) riktasTill!: string[];
  @ApiProperty() ansvarigPersonId!: string;
  @ApiProperty({ enum: PERIODICITETER }) periodicitet!: string;
  @ApiProperty({ example: '2023-01-10' }) registeredOn!: string;
  @ApiProperty({ description: 'Dagar från registrering till `on`.' }) ageDays!: number;
  @ApiProperty() slutdatum!: string;
  @ApiProperty({ description: 'Fortfarande öppet efter sitt slutdatum.' }) overdue!: boolean;
  @ApiProperty({ type: [MissingReportView], description: 'Rapporter som saknas efter sin tidsgräns.' })
  missingReports!: MissingReportView[];
  @ApiProperty({ type: [ExtensionView], description: 'Framskjutna slutdatum, äldst först.' })
  extensions!: ExtensionView[];
}

export class ExtendedUppdragView implements ExtendedUppdrag {
  @ApiProperty() uppdragId!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ enum: UPPDRAG_LIFECYCLES }) lifecycle!: string;
  @ApiProperty({ type: [ExtensionView] }) extensions!: ExtensionView[];
}

export class AgingView implements Aging {
  @ApiProperty({ example: '2024-01-31' }) on!: string;
  @ApiProperty({ type: String, nullable: true }) organ!: string | null;
  @ApiProperty({ type: String, nullable: true, description: '`asOf` som frågades, annars `on`.' })
  asOf!: string | null;
  @ApiProperty({ type: String, nullable: true }) recordedAt!: string | null;
  @ApiProperty({
    type: [AgingUppdragView],
    description: 'Öppna uppdrag, äldst först (registrering, sedan id).',
  })
  open!: AgingUppdragView[];
  @ApiProperty({
    type: [ExtendedUppdragView],
    description: 'Uppdrag vars slutdatum skjutits fram (öppna eller inte), flest gånger först.',
  })
  extended!: ExtendedUppdragView[];
}
