import { TEXT_LIMITS } from '@sparbar/domain';
import { IntField, TextField } from '../../http/dto-fields';
import { WriteDto } from '../../application/write.dto';

export class ReassessRiskDto extends WriteDto {
  @IntField(1, 4) sannolikhet!: number;
  @IntField(1, 4) konsekvens!: number;
  @TextField(TEXT_LIMITS.reason, {
    presence: 'optional',
    description: 'Skäl; krävs när planen redan är fastställd.',
  })
  reason?: string | null;
}
