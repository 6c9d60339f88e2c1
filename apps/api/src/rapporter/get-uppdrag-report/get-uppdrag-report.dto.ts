import { REPORT_FORMATS } from '@sparbar/reports';
import { REPORT_VERSIONS, type ReportVersion } from '../report-adoptions';
import { DateField, EnumField, IdField, TablePeriodField, QueryIntField } from '../../http/dto-fields';

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
      'Samma position (och samma `on`) ger samma bytes.',
    example: 120,
  })
  cutoff?: number;

  @DateField({
    presence: 'optional',
    description:
      'Dagen rapporten gäller: en rapport som saknas är "Ej rapporterad" om periodens sista dag enligt ' +
      'årshjulet har passerat den dagen, annars "Ej rapporterad ännu" (eller "Ej påbörjad" för ett uppdrag ' +
      'som aldrig rapporterats). Utan: i dag.',
    example: '2023-05-20',
  })
  on?: string;

  @EnumField(REPORT_VERSIONS, {
    presence: 'optional',
    description:
      'nu (standard): läget nu, underlag till och med brytpunkten. faststalld: rapporten som organet ' +
      'fastställde den (kräver `organ`): brytpunkten är fastställandets händelse i loggen, med `cutoff` det ' +
      'senaste fastställandet till och med den positionen. Filen säger vilken den är.',
    example: 'faststalld',
  })
  version?: ReportVersion;
}
