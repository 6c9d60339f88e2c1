import { IdField } from '../../http/dto-fields';
import { WriteDto } from '../../application/write.dto';

export class ChangeAnsvarigDto extends WriteDto {
  @IdField({ example: 'person-sara' }) ansvarigPersonId!: string;
}
