import { DateField, IdField } from '../../http/dto-fields';
import { TimePointQuery } from '../time-point.query';

export class AgingQueryDto extends TimePointQuery {
  @DateField({
    presence: 'optional',
    description:
      'Dagen listan gäller: tidsgränser före den är passerade. Utelämnad: i dag. Utan `asOf` visas läget den dagen.',
    example: '2024-01-31',
  })
  on?: string;

  @IdField({ presence: 'optional', description: 'Uppdrag som riktas till organet.', example: 'hsn' })
  organ?: string;
}
