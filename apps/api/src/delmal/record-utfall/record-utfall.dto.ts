import { TEXT_LIMITS } from '@sparbar/domain';
import { NumberField, PeriodField, TextField } from '../../http/dto-fields';
import { WriteDto } from '../../application/write.dto';

export class RecordUtfallDto extends WriteDto {
  @PeriodField() period!: string;
  @NumberField({ presence: 'nullable', description: 'null: svar saknas.' }) utfall!: number | null;
  @TextField(TEXT_LIMITS.reason, {
    presence: 'optional',
    description: 'Skäl till ändringen; krävs när organet redan har fastställt sin rapport för perioden.',
  })
  reason?: string | null;
}
