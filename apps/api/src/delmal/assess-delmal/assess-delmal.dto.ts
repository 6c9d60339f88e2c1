import { BEDOMNINGAR, type Bedomning, TEXT_LIMITS } from '@sparbar/domain';
import { EnumField, PeriodField, TextField } from '../../http/dto-fields';
import { WriteDto } from '../../application/write.dto';

export class AssessDelmalDto extends WriteDto {
  @PeriodField() period!: string;
  @EnumField(BEDOMNINGAR) bedomning!: Bedomning;
  @EnumField(BEDOMNINGAR, { description: 'Prognos för helåret.' }) prognos!: Bedomning;
  @TextField(TEXT_LIMITS.kommentar) kommentar!: string;
  @TextField(TEXT_LIMITS.reason, {
    presence: 'optional',
    description: 'Skäl till ändringen; krävs när organet redan har fastställt sin rapport för perioden.',
  })
  reason?: string | null;
}
