import { IdField } from '../../http/dto-fields';
import { TimePointQuery } from '../time-point.query';

export class MaluppfyllelseQueryDto extends TimePointQuery {
  @IdField({ description: 'Nämnden vars plan (delmål) och uppdrag räknas.', example: 'hsn' })
  organ!: string;
}
