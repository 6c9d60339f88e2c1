/**
 * The verify report (audit lib's `VerifyReport`) as the API answers it, and the kept head an auditor
 * sends back: exactly the JSON GET /api/granskning/kedja/huvud gave, so it can be posted as kept.
 */
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { GENESIS_TEXT, type MismatchReason } from '@sparbar/audit';
import { IsDefined, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { EnumField, IntField, TimestampField } from '../../http/dto-fields';

const MISMATCH_REASONS: readonly MismatchReason[] = [
  'changed',
  'missing',
  'order',
  'unexpected',
  'chain-altered',
];
const HEAD_REASONS = [
  'hash-differs',
  'event-missing',
  'count-differs',
  'not-reached',
  'signature-invalid',
] as const;
const SHA256_HEX = /^[0-9a-f]{64}$/;

function HashField(): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ type: String, pattern: SHA256_HEX.source, description: 'Kedjans hash vid positionen.' }),
    IsDefined({ message: 'måste anges' }),
    IsString({ message: 'måste vara en text' }),
    Matches(SHA256_HEX, { message: 'måste vara en sha256-hash: 64 hexadecimala tecken (0–9, a–f)' }),
  );
}

export class KeptHeadDto {
  @IntField(0, Number.MAX_SAFE_INTEGER, { description: 'Positionen i loggen som huvudet gäller.' })
  position!: number;

  @HashField() hash!: string;

  @IntField(0, Number.MAX_SAFE_INTEGER, {
    presence: 'optional',
    description: 'Antal kedjade händelser till och med positionen.',
  })
  eventCount?: number | null;

  @TimestampField({ presence: 'optional', description: 'När huvudet exporterades (kontrolleras inte).' })
  exportedAt?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Händelsen vid positionen (kontrolleras inte).',
  })
  @IsOptional()
  @IsString({ message: 'måste vara en text' })
  @MaxLength(200, { message: 'får vara högst 200 tecken' })
  eventId?: string | null;

  @EnumField([GENESIS_TEXT], { presence: 'optional', description: 'Vilken kedjedefinition hashen följer.' })
  chain?: string | null;
}

export class MismatchView {
  @ApiProperty() position!: number;
  @ApiProperty({ description: 'Händelsen som kedjan väntar sig här (vid unexpected: den som hittades).' })
  eventId!: string;
  @ApiProperty({
    enum: MISMATCH_REASONS,
    description:
      'changed: innehållet ändrat; missing: raderad; order: flyttad; unexpected: inlagd utanför systemet; ' +
      'chain-altered: kedjans egen rad ändrad.',
  })
  reason!: MismatchReason;
  @ApiPropertyOptional({ description: 'Vid order: händelsen som ligger här nu.' }) foundEventId?: string;
  @ApiProperty({ example: 'Händelsens innehåll har ändrats sedan den kedjades.' }) message!: string;
}

export class ChainLinkView {
  @ApiProperty() position!: number;
  @ApiProperty() eventId!: string;
  @ApiProperty() hash!: string;
  @ApiProperty() eventCount!: number;
}

export class HeadVerdictView {
  @ApiProperty() ok!: boolean;
  @ApiProperty() position!: number;
  @ApiPropertyOptional({ enum: HEAD_REASONS }) reason?: (typeof HEAD_REASONS)[number];
  @ApiPropertyOptional({ type: String, nullable: true }) recomputedHash?: string | null;
  @ApiPropertyOptional({
    example: 'Loggen fram till det sparade huvudet har skrivits om: hashen stämmer inte.',
  })
  message?: string;
}

export class WitnessReferenceView {
  @ApiProperty({ description: 'Positionen arbetaren bevittnade.' }) position!: number;
  @ApiProperty({ description: 'Kedjade händelser till och med positionen.' }) eventCount!: number;
  @ApiProperty({ description: 'Kedjans hash där.' }) hash!: string;
  @ApiProperty({ example: '2023-05-03T07:30:00.000Z', description: 'När huvudet bevittnades.' })
  recordedAt!: string;
  @ApiProperty({ description: 'Signaturen stämmer med den publicerade vittnesnyckeln.' })
  signatureHolds!: boolean;
}

export class VerifyReportView {
  @ApiProperty({
    description:
      'Kedjan stämmer med loggen (och, med ett sparat huvud, loggen bygger fortfarande vidare på det).',
  })
  ok!: boolean;
  @ApiProperty({ description: 'Händelser omräknade och lika, från början, före en eventuell avvikelse.' })
  checked!: number;
  @ApiProperty({ description: 'Positionen kedjan har nått; 0 om den aldrig byggts.' }) chainedUpTo!: number;
  @ApiProperty({ description: 'Händelser efter chainedUpTo: ännu inte kedjade, så inte kontrollerade.' })
  pending!: number;
  @ApiPropertyOptional({ type: MismatchView, description: 'Den första händelsen som inte stämmer.' })
  firstMismatch?: MismatchView;
  @ApiPropertyOptional({ type: ChainLinkView, description: 'Det omräknade huvudet, när allt stämde.' })
  head?: ChainLinkView;
  @ApiPropertyOptional({
    type: HeadVerdictView,
    description: 'Utfallet mot det sparade huvudet (GET: mot det senast bevittnade).',
  })
  against?: HeadVerdictView;
  @ApiPropertyOptional({
    type: WitnessReferenceView,
    description: 'GET: det senaste huvudet arbetaren bevittnat utanför databasen, som loggen jämförts med.',
  })
  witness?: WitnessReferenceView;
}
