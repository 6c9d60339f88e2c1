import { IdField, PlanYearField } from '../../http/dto-fields';
import { WriteDto } from '../../application/write.dto';

export class CreatePlanDto extends WriteDto {
  @IdField({ description: 'Nämnden vars plan det är.', example: 'hsn' }) organId!: string;
  @PlanYearField() year!: number;
}
