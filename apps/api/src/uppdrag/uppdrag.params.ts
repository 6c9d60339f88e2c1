import { IdField, PeriodField } from '../http/dto-fields';

export class UppdragParams {
  @IdField({ example: 'styrd-inkopsprocess-2023' }) uppdragId!: string;
}

export class UppdragPeriodParams extends UppdragParams {
  @PeriodField() period!: string;
}
