import { TablePeriodField } from '../../http/dto-fields';
import { TimePointQuery } from '../../perioder/time-point.query';

export class OversiktQueryDto extends TimePointQuery {
  @TablePeriodField({ description: 'En månad (2023-04), en tertial (2023-T1) eller hela året (2023).' })
  period!: string;
}
