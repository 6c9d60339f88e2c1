import { NumberField, PeriodField } from '../../http/dto-fields';
import { WriteDto } from '../../application/write.dto';

export class RecordUtfallDto extends WriteDto {
  @PeriodField() period!: string;
  @NumberField({ presence: 'nullable', description: 'null: svar saknas.' }) utfall!: number | null;
}
