/** The uppsikt overview (projections lib's `Uppsikt`) as the API answers it; `implements` keeps the two in step. */
import { ApiProperty } from '@nestjs/swagger';
import { type Uppsikt, type UppsiktOrgan } from '@sparbar/projections';

export class UppsiktOrganView implements UppsiktOrgan {
  @ApiProperty({ description: 'Organet uppdragen riktas till.', example: 'hsn' }) organ!: string;
  @ApiProperty({ description: 'Uppdrag riktade till organet som var aktiva i perioden.' }) uppdrag!: number;
  @ApiProperty({ description: 'Rapporter lämnade senast på tidsgränsen (årshjulet).' }) onTime!: number;
  @ApiProperty({ description: 'Rapporter lämnade efter tidsgränsen.' }) late!: number;
  @ApiProperty({ description: 'Rapporter som saknas efter tidsgränsen.' }) missing!: number;
  @ApiProperty({ description: 'Rapporter som saknas men ännu inte har passerat tidsgränsen.' })
  notYetDue!: number;
  @ApiProperty({ description: 'Uppdrag vars senaste rapport i perioden är röd.' }) red!: number;
  @ApiProperty({ description: 'Uppdrag vars senaste rapport i perioden är gul.' }) yellow!: number;
  @ApiProperty({ description: 'Uppdrag som fortfarande är öppna efter sitt slutdatum.' })
  pastSlutdatum!: number;
  @ApiProperty({ description: 'Framskjutna slutdatum beslutade i perioden.' }) extensions!: number;
}

export class UppsiktView implements Uppsikt {
  @ApiProperty({ example: '2023-T1' }) period!: string;
  @ApiProperty({ example: '2023-01-01' }) periodStart!: string;
  @ApiProperty({ example: '2023-04-30' }) periodEnd!: string;
  @ApiProperty({
    description: 'Dagen tidsgränserna bedöms mot: `asOf`, annars i dag.',
    example: '2023-06-30',
  })
  on!: string;
  @ApiProperty({ type: String, nullable: true }) asOf!: string | null;
  @ApiProperty({ type: String, nullable: true }) recordedAt!: string | null;
  @ApiProperty({ type: [UppsiktOrganView], description: 'Ett organ per rad, i id-ordning.' })
  organs!: UppsiktOrganView[];
}
