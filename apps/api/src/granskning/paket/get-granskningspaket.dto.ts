import { DateField, EnumField, IdField, PlanYearField, QueryIntField } from '../../http/dto-fields';
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

  @DateField({
    presence: 'optional',
    description:
      'I stället för `cutoff`: kedjans position vid dygnets slut (svensk tid) det datumet, dvs. den sista ' +
      'händelse som sparades före midnatt. Ett dygn som inte är slut ger den senaste hittills.',
    example: '2023-08-31',
  })
  cutoffDate?: string;
}
