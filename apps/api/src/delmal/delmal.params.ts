import { IdField, PeriodField } from '../http/dto-fields';

export class DelmalParams {
  @IdField({ example: 'hsn-2023-digitala-vardmoten' }) delmalId!: string;
}

export class DelmalPeriodParams extends DelmalParams {
  @PeriodField() period!: string;
}

export class IndikatorParams extends DelmalParams {
  @IdField({ example: 'antal-digitala-vardmoten' }) indikatorId!: string;
}

export class IndikatorPeriodParams extends IndikatorParams {
  @PeriodField() period!: string;
}
