import { TEXT_LIMITS } from '@sparbar/domain';
import { IdField, NestedField, PlanYearField, TextField } from '../../http/dto-fields';
import { WriteDto } from '../../application/write.dto';

export class RegionmalDto {
  @IdField({ example: 'regionmal-3' }) id!: string;
  @TextField(TEXT_LIMITS.regionmalNamn, { example: 'God och jämlik hälsa' }) namn!: string;
}

export class DefineDelmalDto extends WriteDto {
  @IdField({
    presence: 'optional',
    description:
      'Delmålets id. Utelämnat: servern skapar ett. Ett id som redan finns ger 409, aldrig en dubblett.',
  })
  delmalId?: string | null;

  @IdField({ description: 'Nämnden vars plan delmålet hör till.', example: 'hsn' }) organId!: string;
  @PlanYearField() planYear!: number;
  @NestedField(() => RegionmalDto) regionmal!: RegionmalDto;
  @TextField(TEXT_LIMITS.delmalText) text!: string;
}
