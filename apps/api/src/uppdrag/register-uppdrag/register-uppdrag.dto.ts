import {
  PERIODICITETER,
  type Periodicitet,
  TEXT_LIMITS,
  UPPDRAG_ORIGIN_KINDS,
  type UppdragOriginKind,
} from '@sparbar/domain';
import {
  DateField,
  EnumField,
  IdField,
  IdListField,
  IntField,
  NestedField,
  PlanYearField,
  TextField,
} from '../../http/dto-fields';
import { WriteDto } from '../../application/write.dto';

export class UppdragOriginDto {
  @IdField({ description: 'Organet som beslutade uppdraget.', example: 'regionfullmaktige' })
  givenBy!: string;

  @EnumField(UPPDRAG_ORIGIN_KINDS, { description: 'fullmaktige: regionplanen; namnd: en nämnds beslut.' })
  kind!: UppdragOriginKind;

  @DateField({ presence: 'optional' }) beslutsdatum?: string | null;
  @TextField(TEXT_LIMITS.diarienummer, { presence: 'optional', example: 'RS 1234-2022' }) diarienummer?:
    string | null;
  @TextField(TEXT_LIMITS.paragraf, { presence: 'optional', example: '§ 123' }) paragraf?: string | null;
  @PlanYearField() planYear!: number;
}

export class RegisterUppdragDto extends WriteDto {
  @IdField({
    presence: 'optional',
    description:
      'Uppdragets id. Utelämnat: servern skapar ett. Ett id som redan finns ger 409, aldrig en dubblett.',
  })
  uppdragId?: string | null;

  @TextField(TEXT_LIMITS.uppdragText, {
    example: 'Införa styrd inköpsprocess och standardsortiment för att minska inköpskostnaderna',
  })
  text!: string;

  @TextField(TEXT_LIMITS.beskrivning, { presence: 'optional' }) beskrivning?: string | null;

  @IdListField({ description: 'Riktas till: ett eller flera organ.', example: ['rs', 'hsn'] })
  riktasTill!: string[];

  @IdField({ presence: 'optional', description: 'Samordnande organ, ett av mottagarna.' })
  samordnare?: string | null;

  @EnumField(PERIODICITETER) periodicitet!: Periodicitet;
  @DateField() slutdatum!: string;
  @IdField({ example: 'person-johan' }) ansvarigPersonId!: string;
  @IntField(1, 1_000_000, {
    presence: 'optional',
    description:
      'Raden i planens tabell (1 = första); listor och rapporter följer den. Utan: efter de ordnade, i registreringsordning.',
    example: 1,
  })
  ordning?: number | null;

  @NestedField(() => UppdragOriginDto) origin!: UppdragOriginDto;
}
