/** The inbox's paging (query) and its page (answer). */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { INKORG_CURSOR_PATTERN } from '@sparbar/reminders';
import { IsOptional, IsString, Matches } from 'class-validator';
import { QueryIntField } from '../../http/dto-fields';

export class GetInkorgQuery {
  @QueryIntField(1, 500, { description: 'Högst så många per sida (standard 50).' })
  limit?: number;

  @ApiPropertyOptional({ type: String, description: '`nextCursor` från föregående sida.' })
  @IsOptional()
  @IsString({ message: 'måste vara en text' })
  @Matches(INKORG_CURSOR_PATTERN, { message: 'måste vara nextCursor från föregående sida' })
  cursor?: string;
}

export class InkorgEntryView {
  @ApiProperty({ example: 'uppdrag.inkop.2023-04.p14.person-johan.inkorg' }) key!: string;
  @ApiProperty({
    enum: ['uppdrag', 'delmal', 'uppsiktsarende', 'kontrollmoment', 'atgard'],
    description:
      'Vad det gäller: ett uppdrags rapport, ett delmåls bedömning, svaret på ett uppsiktsärende, ett kontrollmoments resultat eller en åtgärd som ska vara klar.',
  })
  itemKind!: 'uppdrag' | 'delmal' | 'uppsiktsarende' | 'kontrollmoment' | 'atgard';
  @ApiProperty({ example: 'styrd-inkopsprocess-2023' }) itemId!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'hsn-2023',
    description:
      'Ett kontrollmoments eller en åtgärds internkontrollplan (deras id är unika bara i planen); annars null.',
  })
  planId!: string | null;
  @ApiProperty({
    example: '/uppsikt/hsn-vantetider',
    description: 'Sakens sida i webbapplikationen.',
  })
  link!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'Uppdragets, delmålets, uppsiktsärendets, kontrollmomentets eller åtgärdens text (null om okänd).',
  })
  itemText!: string | null;
  @ApiProperty({ deprecated: true, description: 'Samma som `itemId` (från tiden före delmål).' })
  uppdragId!: string;
  @ApiProperty({ type: String, nullable: true, deprecated: true, description: 'Samma som `itemText`.' })
  uppdragText!: string | null;
  @ApiProperty({
    example: '2023-04',
    description: 'Perioden (månad, tertial, år för ett kontrollmoment); `svar` för ett uppsiktsärende.',
  })
  period!: string;
  @ApiProperty({ format: 'date', description: 'Sista dag för rapporten eller bedömningen.' })
  deadline!: string;
  @ApiProperty({
    enum: ['paminnelse', 'eskalering'],
    description: 'En påminnelse före sista dag eller en eskalering efter.',
  })
  kind!: 'paminnelse' | 'eskalering';
  @ApiProperty({ example: 'Påminnelse: rapport för april 2023 senast måndag 15 maj 2023' }) title!: string;
  @ApiProperty({ description: 'När den kom till inkorgen.' }) sentAt!: string;
}

export class InkorgPageView {
  @ApiProperty({ type: [InkorgEntryView], description: 'Senaste först.' }) entries!: InkorgEntryView[];
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Skicka som `cursor` för nästa (äldre) sida; null på sista sidan.',
  })
  nextCursor!: string | null;
}
