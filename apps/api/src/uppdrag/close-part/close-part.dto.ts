import { TEXT_LIMITS } from '@sparbar/domain';
import { IdField, TextField } from '../../http/dto-fields';
import { WriteDto } from '../../application/write.dto';

export class ClosePartDto extends WriteDto {
  @IdField({ description: 'Det mottagande organ vars del avslutas (ett av riktasTill).', example: 'hsn' })
  organId!: string;
  @TextField(TEXT_LIMITS.kommentar, { description: 'Organets slutkommentar för sin del.' })
  kommentar!: string;
}
