import { EnumField, IdField, PlanYearField, QueryIntField } from '../../http/dto-fields';
import { Type } from 'class-transformer';

export const PAKET_FORMATS = ['json', 'docx', 'pdf'] as const;
export type PaketFormat = (typeof PAKET_FORMATS)[number];

export class GranskningspaketQueryDto {
  @IdField({ description: 'Nämnden eller beredningen som granskas.', example: 'hsn' })
  organ!: string;

  @Type(() => Number)
  @PlanYearField({ description: 'Året som granskas.' })
  year!: number;

  @EnumField(PAKET_FORMATS, { description: 'json (maskinläsbart), docx eller pdf.', example: 'docx' })
  format!: PaketFormat;

  @QueryIntField(0, Number.MAX_SAFE_INTEGER, {
    description:
      'Loggposition paketet görs från (en position i den verifierade kedjan). Utan: kedjans senaste. ' +
      'Samma position ger samma bytes.',
    example: 120,
  })
  cutoff?: number;
}
