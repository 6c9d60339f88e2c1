/** The problem answer's shape, for the OpenAPI document (problem.ts builds it). */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class FieldErrorDto {
  @ApiProperty({ example: 'period' }) field!: string;
  @ApiProperty({
    example: 'måste vara en månad (ÅÅÅÅ-MM, t.ex. 2023-04) eller en tertial (ÅÅÅÅ-Tn, t.ex. 2023-T1)',
  })
  reason!: string;
}

export class ProblemDto {
  @ApiProperty({ example: 'urn:sparbar:problem:uppdrag-closed' }) type!: string;
  @ApiProperty({ example: 'Konflikt' }) title!: string;
  @ApiProperty({ example: 409 }) status!: number;
  @ApiProperty({ example: 'Uppdraget är avslutat och kan inte längre ändras.' }) detail!: string;
  @ApiProperty({ example: 'UPPDRAG_CLOSED', description: 'Stabil kod; se ERROR_KINDS i libs/domain.' })
  code!: string;
  @ApiPropertyOptional({ type: [FieldErrorDto] }) errors?: FieldErrorDto[];
  @ApiPropertyOptional({ example: 'riktasTill[1]' }) field?: string;
  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'Vid 409 WRONG_EXPECTED_REVISION: strömmens revision nu.',
  })
  actualRevision?: number | null;
  @ApiPropertyOptional({ description: 'Samma som svarets x-request-id.' }) requestId?: string;
}
