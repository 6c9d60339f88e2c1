import { TEXT_LIMITS } from '@sparbar/domain';
import { TextField } from '../../../http/dto-fields';
import { WriteDto } from '../../../application/write.dto';

export class RenamePersonDto extends WriteDto {
  @TextField(TEXT_LIMITS.namn) namn!: string;
}
