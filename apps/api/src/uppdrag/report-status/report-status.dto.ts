import { TEXT_LIMITS, UPPDRAG_STATUSES, type UppdragStatus } from '@sparbar/domain';
import { EnumField, PeriodField, TextField } from '../../http/dto-fields';
import { WriteDto } from '../../commands/write.dto';

export class ReportStatusDto extends WriteDto {
  @PeriodField() period!: string;
  @EnumField(UPPDRAG_STATUSES) status!: UppdragStatus;
  @TextField(TEXT_LIMITS.kommentar) kommentar!: string;
}
