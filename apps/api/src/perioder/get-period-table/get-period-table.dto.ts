import { IdField } from '../../http/dto-fields';
import { TimePointQuery } from '../time-point.query';

export class PeriodTableQueryDto extends TimePointQuery {
  @IdField({ presence: 'optional', description: 'Uppdrag som riktas till organet.', example: 'hsn' })
  organ?: string;

  @IdField({
    presence: 'optional',
    description: 'Uppdrag som organet gav (regionfullmäktige, eller en nämnd till sina beredningar).',
    example: 'regionfullmaktige',
  })
  givenBy?: string;
}
