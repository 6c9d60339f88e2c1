import { PERIODICITETER, type Periodicitet, TEXT_LIMITS } from '@sparbar/domain';
import { EnumField, TextField } from '../../http/dto-fields';
import { WriteDto } from '../../application/write.dto';

export class ChangePeriodicitetDto extends WriteDto {
  @EnumField(PERIODICITETER) periodicitet!: Periodicitet;
  @TextField(TEXT_LIMITS.reason, { presence: 'optional' }) reason?: string | null;
}
