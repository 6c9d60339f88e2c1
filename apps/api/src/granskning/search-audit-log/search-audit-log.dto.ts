/**
 * The audit trail's search (query) and its page (answer). The query's rules are the audit lib's
 * (`searchAuditLog`); they are checked here too so that one 400 names every wrong field at once.
 */
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { type ItemKind } from '@sparbar/audit';
import { isIsoDate, isIsoTimestamp, STREAM_PREFIXES } from '@sparbar/domain';
import { IsOptional, IsString, Matches, ValidateBy } from 'class-validator';
import { EnumField, IdField, QueryIntField, TextField } from '../../http/dto-fields';
import { ANY_JSON_VALUE } from '../../http/any-json.schema';

export const AUDIT_TIMES = ['business', 'recorded'] as const;
export const ITEM_KINDS = [...(Object.keys(STREAM_PREFIXES) as ItemKind[]), 'other'] as const;

/** `uppdrag:<id>`: the kind of item and its id, as every entry's `item` gives them. */
export const ITEM_PATTERN = new RegExp(`^(${ITEM_KINDS.join('|')}):.{1,200}$`, 'su');
export const CURSOR_PATTERN = /^\d{1,18}$/;

function DateOrTimestampField(description: string): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ type: String, description, example: '2023-05-01' }),
    IsOptional(),
    ValidateBy(
      {
        name: 'isDateOrTimestamp',
        validator: { validate: (value: unknown) => isIsoDate(value) || isIsoTimestamp(value) },
      },
      {
        message:
          'måste vara ett datum (ÅÅÅÅ-MM-DD) eller en tidpunkt med tidszon (t.ex. 2023-05-03T09:30:00+02:00)',
      },
    ),
  );
}

export class SearchAuditLogQuery {
  @DateOrTimestampField('Från och med: ett datum är hela dygnet svensk tid, annars en tidpunkt med tidszon.')
  from?: string;

  @DateOrTimestampField('Till och med, som `from`.')
  to?: string;

  @EnumField(AUDIT_TIMES, {
    presence: 'optional',
    description:
      'Vilken tid `from`/`to` och ordningen gäller: när det hände (business, standard) eller när det lagrades (recorded).',
  })
  time?: (typeof AUDIT_TIMES)[number];

  @IdField({ presence: 'optional', description: 'Händelser som rör organet.', example: 'hsn' })
  organ?: string;

  @IdField({ presence: 'optional', description: 'Händelser som personen gjorde.', example: 'person-johan' })
  person?: string;

  @TextField(200, {
    presence: 'optional',
    description: 'Händelser som någon gjorde vars namn (då eller nu) innehåller texten, oavsett skiftläge.',
    example: 'Lindström',
  })
  personName?: string;

  @TextField(200, {
    presence: 'optional',
    description:
      'Ord (högst tio, åtskilda av mellanslag) som alla ska finnas i beskrivningen, skälet eller en ändrad ' +
      'text (kommentar, text, beskrivning, namn, svar, slutsats); oavsett skiftläge, även som del av ett ord.',
    example: 'avtal inköp',
  })
  q?: string;

  @ApiPropertyOptional({
    type: String,
    pattern: ITEM_PATTERN.source,
    description: `En post: sort och id, \`sort:id\` (sort: ${ITEM_KINDS.join(', ')}).`,
    example: 'uppdrag:styrd-inkopsprocess-2023',
  })
  @IsOptional()
  @IsString({ message: 'måste vara en text' })
  @Matches(ITEM_PATTERN, { message: `måste vara sort:id, där sort är något av: ${ITEM_KINDS.join(', ')}` })
  item?: string;

  @QueryIntField(1, 500, { description: 'Högst så många per sida (standard 50).' })
  limit?: number;

  @ApiPropertyOptional({ type: String, description: '`nextCursor` från föregående sida.' })
  @IsOptional()
  @IsString({ message: 'måste vara en text' })
  @Matches(CURSOR_PATTERN, { message: 'måste vara nextCursor från föregående sida' })
  cursor?: string;
}

/** What to look for: shared by the search (a page at a time) and the export (every hit as a file). */
export class AuditFilterQuery extends OmitType(SearchAuditLogQuery, ['limit', 'cursor'] as const) {}

export class AuditItemView {
  @ApiProperty({ enum: ITEM_KINDS }) kind!: ItemKind;
  @ApiProperty() id!: string;
}

export class AuditActorView {
  @ApiProperty() personId!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Namnet som loggen gav då, annars personens senast kända namn.',
  })
  name!: string | null;
}

export class AuditChangeView {
  @ApiProperty({ example: 'slutdatum' }) field!: string;
  @ApiProperty({ ...ANY_JSON_VALUE, description: 'Värdet före (valfri JSON).', example: '2023-12-31' })
  from!: unknown;
  @ApiProperty({ ...ANY_JSON_VALUE, description: 'Värdet efter (valfri JSON).', example: '2024-06-30' })
  to!: unknown;
}

export class AuditEntryView {
  @ApiProperty({ description: 'Plats i hela loggens ordning.' }) position!: number;
  @ApiProperty() eventId!: string;
  @ApiProperty({ example: 'UppdragStatusReported' }) eventType!: string;
  @ApiProperty({ type: AuditItemView }) item!: AuditItemView;
  @ApiProperty({ type: AuditActorView, description: 'Vem som gjorde det.' }) actor!: AuditActorView;
  @ApiProperty({ description: 'Händelsetid: när det hände i verksamheten.' }) occurredAt!: string;
  @ApiProperty({ description: 'Servertid: när det lagrades.' }) recordedAt!: string;
  @ApiProperty({ type: [String], description: 'Organen som händelsen rör.' }) organs!: string[];
  @ApiProperty({ type: String, nullable: true, example: '2023-04' }) period!: string | null;
  @ApiProperty({ example: 'Status rapporterad för april 2023: Pågående enligt plan' })
  description!: string;
  @ApiProperty({ type: [AuditChangeView] }) changes!: AuditChangeView[];
  @ApiProperty({ type: String, nullable: true, description: 'Skälet som angavs.' }) reason!: string | null;
}

export class AuditPageView {
  @ApiProperty({ type: [AuditEntryView], description: 'Senaste först.' }) entries!: AuditEntryView[];
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Skicka som `cursor` för nästa (äldre) sida; null på sista sidan.',
  })
  nextCursor!: string | null;
}
