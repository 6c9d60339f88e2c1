import { IdField } from '../../http/dto-fields';
import { WriteDto } from '../../commands/write.dto';

export class ChangeAnsvarigDto extends WriteDto {
  @IdField({ example: 'person-sara' }) ansvarigPersonId!: string;
}
