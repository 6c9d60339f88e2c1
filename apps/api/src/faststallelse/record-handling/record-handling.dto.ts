import {
  HANDLING_BODIES,
  HANDLING_KINDS,
  type HandlingBody,
  type HandlingKind,
  TEXT_LIMITS,
} from '@sparbar/domain';
import { DateField, EnumField, IdField, TextField } from '../../http/dto-fields';
import { WriteDto } from '../../application/write.dto';

export class RecordHandlingDto extends WriteDto {
  @EnumField(HANDLING_BODIES, { description: 'Vem som tog emot eller behandlade rapporten.' })
  by!: HandlingBody;
  @IdField({ description: 'Regionstyrelsens eller regionfullmäktiges organ-id.', example: 'rs' })
  byOrganId!: string;
  @EnumField(HANDLING_KINDS, { description: 'received: anmäld (mottagen); handled: behandlad.' })
  kind!: HandlingKind;
  @DateField({ description: 'Sammanträdesdag.' }) date!: string;
  @TextField(TEXT_LIMITS.paragraf, { example: '112' }) paragraf!: string;
}
