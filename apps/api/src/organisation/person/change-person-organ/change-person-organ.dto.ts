import { IdField } from '../../../http/dto-fields';
import { WriteDto } from '../../../application/write.dto';

export class ChangePersonOrganDto extends WriteDto {
  @IdField({
    presence: 'nullable',
    description: 'Det nya organet; null: inget (bara för roller utan organ).',
  })
  organId!: string | null;
}
