import { TEXT_LIMITS } from '@sparbar/domain';
import { NumberField, TextField } from '../../http/dto-fields';
import { WriteDto } from '../../application/write.dto';

export class ChangeMalvardeDto extends WriteDto {
  @NumberField({ presence: 'nullable', description: 'null: målvärde saknas.' }) malvarde!: number | null;
  @TextField(TEXT_LIMITS.reason) reason!: string;
}
