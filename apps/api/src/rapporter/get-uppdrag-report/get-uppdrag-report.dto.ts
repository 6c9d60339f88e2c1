import { REPORT_FORMATS } from '@sparbar/reports';
import { EnumField, IdField, TablePeriodField, QueryIntField } from '../../http/dto-fields';

export class UppdragReportQueryDto {
  @TablePeriodField() period!: string;

  @EnumField(REPORT_FORMATS, { description: 'Filformatet.', example: 'docx' })
  format!: (typeof REPORT_FORMATS)[number];

  @IdField({
    presence: 'optional',
    description: 'Uppdrag som organet gav (regionfullmäktige, eller en nämnd till sina beredningar).',
    example: 'regionfullmaktige',
  })
  givenBy?: string;

  @IdField({
    presence: 'optional',
    description: 'Uppdrag som riktas till organet; med det följer organets måluppfyllelse.',
    example: 'rs',
  })
  organ?: string;

  @QueryIntField(0, Number.MAX_SAFE_INTEGER, {
    description:
      'Loggposition rapporten görs från (en position i den verifierade kedjan). Utan: kedjans senaste. ' +
      'Samma position ger samma bytes.',
    example: 120,
  })
  cutoff?: number;
}
