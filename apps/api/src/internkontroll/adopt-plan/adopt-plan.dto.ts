import { TEXT_LIMITS } from '@sparbar/domain';
import { DateField, TextField } from '../../http/dto-fields';
import { WriteDto } from '../../application/write.dto';

export class AdoptPlanDto extends WriteDto {
  @DateField({ description: 'Nämndens beslutsdatum.' }) adoptedOn!: string;
  @TextField(TEXT_LIMITS.paragraf, { presence: 'optional', example: '§ 12' }) paragraf?: string | null;
}
