import { Type } from 'class-transformer';
import { IdField, PlanYearField } from '../http/dto-fields';

export class InternkontrollplanParams {
  @IdField({ example: 'hsn' }) organId!: string;
  @Type(() => Number) @PlanYearField() year!: number;
}

export class AtgardParams extends InternkontrollplanParams {
  @IdField({ example: 'atgard-1' }) atgardId!: string;
}

export class RiskParams extends InternkontrollplanParams {
  @IdField({ example: 'risk-inkop' }) riskId!: string;
}
