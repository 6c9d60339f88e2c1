import { PeriodField } from '../http/dto-fields';

export class PeriodParams {
  @PeriodField() period!: string;
}
