import { IdField, PeriodField, TablePeriodField } from '../http/dto-fields';

export class FaststallelsePeriodParams {
  @PeriodField() period!: string;
}

export class FaststallelseListParams {
  @TablePeriodField() period!: string;
}

export class FaststallelseParams {
  @PeriodField() period!: string;
  @IdField({ example: 'hsn' }) organId!: string;
}
