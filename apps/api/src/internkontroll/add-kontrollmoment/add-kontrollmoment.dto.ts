import { FREKVENSER, type Frekvens, TEXT_LIMITS } from '@sparbar/domain';
import { EnumField, IdField, TextField } from '../../http/dto-fields';
import { WriteDto } from '../../application/write.dto';

export class AddKontrollmomentDto extends WriteDto {
  @IdField({ example: 'risk-inkop-utanfor-avtal' }) riskId!: string;
  @IdField({ example: 'km-stickprov-inkop' }) kontrollmomentId!: string;
  @TextField(TEXT_LIMITS.uppdragText, { description: 'Vad som kontrolleras.' }) vad!: string;
  @TextField(TEXT_LIMITS.uppdragText, { description: 'Hur det kontrolleras.' }) hur!: string;
  @TextField(TEXT_LIMITS.namn, { description: 'Vem som kontrollerar.', example: 'Ekonomichef' }) vem!: string;
  @EnumField(FREKVENSER) frekvens!: Frekvens;
  @TextField(TEXT_LIMITS.reason, {
    presence: 'optional',
    description: 'Skäl; krävs när planen redan är fastställd.',
  })
  reason?: string | null;
}
