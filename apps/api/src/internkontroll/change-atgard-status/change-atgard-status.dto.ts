import { ATGARD_STATUSES, type AtgardStatus, TEXT_LIMITS } from '@sparbar/domain';
import { EnumField, TextField } from '../../http/dto-fields';
import { WriteDto } from '../../application/write.dto';

export class ChangeAtgardStatusDto extends WriteDto {
  @EnumField(ATGARD_STATUSES) status!: AtgardStatus;
  @TextField(TEXT_LIMITS.kommentar, { presence: 'optional' }) kommentar?: string | null;
}
