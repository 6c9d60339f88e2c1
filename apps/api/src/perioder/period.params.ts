import { TablePeriodField } from '../http/dto-fields';

export class PeriodParams {
  @TablePeriodField() period!: string;
}
