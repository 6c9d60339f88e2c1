import {
  TEXT_LIMITS,
  UPPSIKT_ITEM_KINDS,
  type UppsiktItemKind,
  UPPSIKTSARENDE_KINDS,
  type UppsiktsarendeKind,
} from '@sparbar/domain';
import { DateField, EnumField, IdField, NestedField, TextField } from '../../http/dto-fields';
import { WriteDto } from '../../application/write.dto';

export class UppsiktItemDto {
  @EnumField(UPPSIKT_ITEM_KINDS) kind!: UppsiktItemKind;
  @IdField({ example: 'uppdrag-2023-inkop' }) id!: string;
}

export class RecordArendeDto extends WriteDto {
  @IdField({
    presence: 'optional',
    description: 'Ärendets id. Utelämnat: servern skapar ett. Ett id som redan finns ger 409.',
  })
  arendeId?: string | null;

  @IdField({ description: 'Nämnden eller beredningen ärendet gäller och som ska svara.', example: 'hsn' })
  organId!: string;

  @NestedField(() => UppsiktItemDto, {
    presence: 'optional',
    description: 'Uppdraget eller delmålet ärendet gäller; utelämnat: organet som helhet.',
  })
  item?: UppsiktItemDto | null;

  @EnumField(UPPSIKTSARENDE_KINDS) kind!: UppsiktsarendeKind;
  @TextField(TEXT_LIMITS.kommentar) text!: string;
  @DateField({ description: 'När organets svar ska ha kommit.' }) dueDate!: string;
}
