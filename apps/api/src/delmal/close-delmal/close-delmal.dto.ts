import { TEXT_LIMITS } from '@sparbar/domain';
import { TextField } from '../../http/dto-fields';
import { WriteDto } from '../../application/write.dto';

export class CloseDelmalDto extends WriteDto {
  @TextField(TEXT_LIMITS.kommentar, { presence: 'optional' }) kommentar?: string | null;
}
