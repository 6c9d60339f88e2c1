import { TEXT_LIMITS } from '@sparbar/domain';
import { DateField, TextField } from '../../http/dto-fields';
import { WriteDto } from '../../application/write.dto';

export class ExtendSlutdatumDto extends WriteDto {
  @DateField({ description: 'Det nya, senare slutdatumet.' }) slutdatum!: string;
  @TextField(TEXT_LIMITS.reason) reason!: string;
}
