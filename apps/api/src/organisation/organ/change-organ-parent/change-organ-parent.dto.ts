import { IdField } from '../../../http/dto-fields';
import { WriteDto } from '../../../application/write.dto';

export class ChangeOrganParentDto extends WriteDto {
  @IdField({ presence: 'nullable', description: 'Det nya överordnade organet; null: inget.' })
  parentOrganId!: string | null;
}
