import { TEXT_LIMITS } from '@sparbar/domain';
import { TextField } from '../../http/dto-fields';
import { WriteDto } from '../../application/write.dto';

export class CloseArendeDto extends WriteDto {
  @TextField(TEXT_LIMITS.kommentar, { description: 'Regionstyrelsens slutsats.' }) conclusion!: string;
}
