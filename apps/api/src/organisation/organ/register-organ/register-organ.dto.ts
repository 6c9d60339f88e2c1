import { ORGAN_TYPER, type OrganTyp, TEXT_LIMITS } from '@sparbar/domain';
import { EnumField, IdField, TextField } from '../../../http/dto-fields';
import { WriteDto } from '../../../application/write.dto';

export class RegisterOrganDto extends WriteDto {
  @IdField({
    description: 'Organets id, det som tokens anger som organ (t.ex. hsn). Ett id som redan finns ger 409.',
    example: 'hsn',
  })
  organId!: string;

  @TextField(TEXT_LIMITS.namn, { example: 'Hälso- och sjukvårdsnämnden' }) namn!: string;
  @TextField(TEXT_LIMITS.kortnamn, { example: 'HSN' }) kortnamn!: string;
  @EnumField(ORGAN_TYPER) typ!: OrganTyp;
  @IdField({ presence: 'optional', description: 'Organet det hör under.', example: 'regionfullmaktige' })
  parentOrganId?: string | null;
}
