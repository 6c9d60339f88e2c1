import { TEXT_LIMITS } from '@sparbar/domain';
import { TextField } from '../../http/dto-fields';
import { WriteDto } from '../../application/write.dto';

export class AnswerArendeDto extends WriteDto {
  @TextField(TEXT_LIMITS.kommentar) text!: string;
}
