import { TEXT_LIMITS } from '@sparbar/domain';
import { TextField } from '../../../http/dto-fields';
import { WriteDto } from '../../../application/write.dto';

export class DeactivateOrganDto extends WriteDto {
  @TextField(TEXT_LIMITS.reason) reason!: string;
}
