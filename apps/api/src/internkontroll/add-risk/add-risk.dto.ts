import { TEXT_LIMITS } from '@sparbar/domain';
import { IdField, IntField, TextField } from '../../http/dto-fields';
import { WriteDto } from '../../application/write.dto';

export class AddRiskDto extends WriteDto {
  @IdField({ example: 'risk-inkop-utanfor-avtal' }) riskId!: string;
  @TextField(TEXT_LIMITS.uppdragText, { example: 'Inköp görs utanför upphandlade avtal' }) text!: string;
  @IntField(1, 4) sannolikhet!: number;
  @IntField(1, 4) konsekvens!: number;
  @TextField(TEXT_LIMITS.reason, {
    presence: 'optional',
    description: 'Skäl; krävs när planen redan är fastställd.',
  })
  reason?: string | null;
}
