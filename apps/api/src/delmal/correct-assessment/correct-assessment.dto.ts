import { BEDOMNINGAR, type Bedomning, TEXT_LIMITS } from '@sparbar/domain';
import { EnumField, TextField } from '../../http/dto-fields';
import { WriteDto } from '../../application/write.dto';

export class CorrectAssessmentDto extends WriteDto {
  @EnumField(BEDOMNINGAR) bedomning!: Bedomning;
  @EnumField(BEDOMNINGAR) prognos!: Bedomning;
  @TextField(TEXT_LIMITS.kommentar) kommentar!: string;
  @TextField(TEXT_LIMITS.reason) reason!: string;
}
