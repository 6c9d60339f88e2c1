import { TEXT_LIMITS } from '@sparbar/domain';
import { NumberField, TextField } from '../../http/dto-fields';
import { WriteDto } from '../../application/write.dto';

export class CorrectUtfallDto extends WriteDto {
  @NumberField({ presence: 'nullable', description: 'null: svar saknas.' }) utfall!: number | null;
  @TextField(TEXT_LIMITS.reason) reason!: string;
}
