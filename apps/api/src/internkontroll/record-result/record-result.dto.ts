import { KONTROLLRESULTAT, type Kontrollresultat, TEXT_LIMITS } from '@sparbar/domain';
import { EnumField, IdField, TablePeriodField, TextField } from '../../http/dto-fields';
import { WriteDto } from '../../application/write.dto';

export class RecordResultDto extends WriteDto {
  @IdField({ example: 'km-stickprov-inkop' }) kontrollmomentId!: string;
  @TablePeriodField() period!: string;
  @EnumField(KONTROLLRESULTAT) resultat!: Kontrollresultat;
  @TextField(TEXT_LIMITS.kommentar, { presence: 'optional', description: 'Krävs för en avvikelse.' })
  beskrivning?: string | null;
}
