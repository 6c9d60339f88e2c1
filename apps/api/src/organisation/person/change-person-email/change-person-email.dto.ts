import { TEXT_LIMITS } from '@sparbar/domain';
import { TextField } from '../../../http/dto-fields';
import { WriteDto } from '../../../application/write.dto';

export class ChangePersonEmailDto extends WriteDto {
  @TextField(TEXT_LIMITS.epost, { example: 'sara.nilsson@example.se' }) epost!: string;
}
