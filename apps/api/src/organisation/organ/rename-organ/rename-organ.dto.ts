import { TEXT_LIMITS } from '@sparbar/domain';
import { TextField } from '../../../http/dto-fields';
import { WriteDto } from '../../../application/write.dto';

export class RenameOrganDto extends WriteDto {
  @TextField(TEXT_LIMITS.namn) namn!: string;
  @TextField(TEXT_LIMITS.kortnamn) kortnamn!: string;
}
