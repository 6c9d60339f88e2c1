import { type Role, ROLES } from '@sparbar/domain';
import { EnumListField } from '../../../http/dto-fields';
import { WriteDto } from '../../../application/write.dto';

export class ChangePersonRolesDto extends WriteDto {
  @EnumListField(ROLES, { example: ['officer'] }) roles!: Role[];
}
