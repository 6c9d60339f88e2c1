import { type Role, ROLES, TEXT_LIMITS } from '@sparbar/domain';
import { EnumListField, IdField, TextField } from '../../../http/dto-fields';
import { WriteDto } from '../../../application/write.dto';

export class RegisterPersonDto extends WriteDto {
  @IdField({
    description: 'Personens id, det som inloggningens token anger som sub. Ett id som redan finns ger 409.',
    example: 'person-johan',
  })
  personId!: string;

  @TextField(TEXT_LIMITS.namn, { example: 'Johan Lindström' }) namn!: string;
  @TextField(TEXT_LIMITS.epost, { example: 'johan.lindstrom@example.se' }) epost!: string;
  @IdField({ presence: 'optional', description: 'Organet personen arbetar för.', example: 'rs' })
  organId?: string | null;
  @EnumListField(ROLES, { example: ['officer'] }) roles!: Role[];
}
